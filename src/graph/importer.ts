/**
 * Writes one article's Extraction as one managed write transaction. Everything is MERGEd on ids
 * derived from content, so importing the same article twice changes nothing, and re-importing
 * an article replaces its claims. The derived edges of every pair the article touched, before or
 * after, are recomputed from all articles' claims in the same transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { Graph } from "./driver.js";
import { runCypher } from "./cypher.js";
import { articlePairs, recomputeDerivedEdges } from "./derivedEdges.js";
import { uniquePairs } from "./edges.js";
import { planImport, type ArticleInput, type ImportPlan } from "./importPlan.js";

export interface ImportResult {
  articleId: string;
  actors: number;
  locations: number;
  claims: number;
}

export async function importArticle(graph: Graph, input: ArticleInput): Promise<ImportResult> {
  const plan = planImport(input);
  await graph.write((tx) => writeImportPlan(tx, plan));
  return { articleId: plan.article.id, actors: plan.actors.length, locations: plan.locations.length, claims: plan.claims.length };
}

/**
 * The transaction work of one import. Safe to repeat, as the driver's retries require: the same
 * article arriving twice at once serialises on the Article node's uniqueness constraint (MERGE locks
 * its id), so the second import finds the first one's nodes instead of creating its own.
 */
export async function writeImportPlan(tx: ManagedTransaction, plan: ImportPlan): Promise<void> {
  const articleId = plan.article.id;
  const entityIds = [...plan.actors, ...plan.locations].map((entity) => entity.id);
  const previousPairs = await articlePairs(tx, articleId);
  await runCypher(tx, "import/merge-article", { article: plan.article });
  await runCypher(tx, "import/merge-actors", { rows: plan.actors });
  await runCypher(tx, "import/merge-locations", { rows: plan.locations });
  await runCypher(tx, "import/link-locations", { rows: plan.withins });
  await runCypher(tx, "import/delete-stale-mentions", { articleId, keepIds: entityIds });
  await runCypher(tx, "import/link-mentions", { articleId, ids: entityIds });
  await runCypher(tx, "import/delete-stale-claims", { articleId, keepIds: plan.claims.map((claim) => claim.id) });
  await runCypher(tx, "import/merge-sentences", { articleId, rows: plan.sentences });
  await runCypher(tx, "import/merge-claims", { articleId, rows: plan.claims });
  await runCypher(tx, "import/delete-orphan-sentences", { articleId });
  await recomputeDerivedEdges(tx, uniquePairs([...previousPairs, ...plan.pairs]));
}
