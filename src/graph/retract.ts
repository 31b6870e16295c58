/**
 * Removes one article as one managed write transaction: its claims, its evidence sentences, the
 * entities only it mentions, and the article; then recomputes every derived edge its claims fed, so
 * the graph is what it would be had the article never been imported (apart from aliases and
 * country/coordinates it added to shared entities, which are not tracked per article).
 */
import { AppError } from "../errors.js";
import { runCypher } from "./cypher.js";
import { articleVersions } from "./articles.js";
import { recomputeDerivedEdges } from "./derivedEdges.js";
import type { Graph } from "./driver.js";

export async function retractArticle(graph: Graph, articleId: string): Promise<void> {
  await graph.write(async (tx) => {
    const { previousPairs: pairs } = await articleVersions(tx, articleId);
    // The importer's own statements: with nothing to keep, all its claims go, and then all its sentences.
    await runCypher(tx, "import/delete-stale-claims", { articleId, keepIds: [] });
    await runCypher(tx, "import/delete-orphan-sentences", { articleId });
    await recomputeDerivedEdges(tx, pairs);
    await runCypher(tx, "retract/delete-unmentioned-entities", { articleId });
    const [{ deleted }] = await runCypher(tx, "retract/delete-article", { articleId });
    // Throwing rolls the transaction back; for an unknown id there was nothing to roll back anyway.
    if (deleted === 0) throw new AppError("BAD_USER_INPUT", `no article with id ${articleId} in the graph`);
  });
}
