/**
 * Writes one article's Extraction as one managed write transaction. Everything is MERGEd on ids
 * derived from content, so importing the same article twice changes nothing, and re-importing
 * an article replaces its claims; a changed text from the same source replaces the earlier version.
 * Actors are resolved against the graph first (analyst corrections, canonical ids, similar names).
 * The derived edges of every pair the article touched, before or after, are recomputed from all
 * articles' claims in the same transaction.
 *
 * The statements go in three pipelined batches (read what the graph knows; write; set the edges),
 * so an article costs three round trips whatever its size. A new article is written by one statement
 * (import/write-article): the server spends about as much CPU per statement as on a small article's rows.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { Graph } from "./driver.js";
import { runPipelined } from "./cypher.js";
import type { Row } from "./mappers.js";
import { toArticleVersions } from "./articles.js";
import { writeDerivedEdges } from "./derivedEdges.js";
import { pairKey, uniquePairs } from "./edges.js";
import { planImport, type ArticleInput, type ImportPlan } from "./importPlan.js";
import { resolveActor, resolveRow, type ActorLookup, type Resolution } from "./resolution.js";
import { withResolvedActors } from "./resolvedPlan.js";
import { reportStage, timedStage } from "./importStages.js";

export interface ImportResult {
  articleId: string;
  actors: number;
  locations: number;
  claims: number;
  /** Earlier versions of the article (same source, other text) this import replaced. */
  replaced: string[];
}

export async function importArticle(graph: Graph, input: ArticleInput): Promise<ImportResult> {
  const plan = planImport(input);
  let workDone = 0;
  const replaced = await graph.write(async (tx) => {
    const replacedIds = await writeImportPlan(tx, plan);
    workDone = performance.now();
    return replacedIds;
  });
  reportStage("commit", performance.now() - workDone);
  return { articleId: plan.article.id, actors: plan.actors.length, locations: plan.locations.length, claims: plan.claims.length, replaced };
}

/**
 * The transaction work of one import; returns the ids of the earlier versions it replaced. Safe to
 * repeat, as the driver's retries require: the same article arriving twice at once serialises on
 * the Article node's uniqueness constraint (MERGE locks its id), so the second import finds the
 * first one's nodes instead of creating its own.
 */
export async function writeImportPlan(tx: ManagedTransaction, extracted: ImportPlan): Promise<string[]> {
  const { id: articleId, source } = extracted.article;
  const [lookups, [versions]] = await timedStage("resolve", () => runPipelined(tx, [
    ["import/resolve-actors", { rows: extracted.actors.map(resolveRow) }],
    ["import/article-versions", { articleId, source }],
  ]));
  // A text the graph has not seen has no earlier mentions, claims or sentences to replace.
  const { exists: reimport, replaced, previousPairs } = toArticleVersions(versions!);
  const plan = withResolvedActors(extracted, resolutions(extracted, lookups!));
  const pairs = uniquePairs([...previousPairs, ...plan.pairs]);
  const entityIds = [...plan.actors, ...plan.locations].map((entity) => entity.id);
  const claimIds = plan.claims.map((claim) => claim.id);
  const results = await timedStage("write", () => runPipelined(tx, [
    // Earlier versions lose their claims first; their entities go last, once this version mentions its own.
    ...replaced.flatMap((oldId) => [
      ["import/delete-stale-claims", { articleId: oldId, keepIds: [] }],
      ["import/delete-orphan-sentences", { articleId: oldId }],
    ] as const),
    // A re-import drops what the new extraction no longer says before writing what it says.
    ...(reimport ? [
      ["import/delete-stale-mentions", { articleId, keepIds: entityIds }],
      ["import/delete-stale-claims", { articleId, keepIds: claimIds }],
    ] as const : []),
    ["import/write-article", {
      article: plan.article,
      actors: plan.actors,
      locations: plan.locations,
      withins: plan.withins,
      possiblySameAs: plan.possiblySameAs,
      entityIds,
      sentences: plan.sentences,
      claims: plan.claims,
    }],
    ...(reimport ? [["import/delete-orphan-sentences", { articleId }]] as const : []),
    ...replaced.flatMap((oldId) => [
      ["retract/delete-unmentioned-entities", { articleId: oldId }],
      ["retract/delete-article", { articleId: oldId }],
    ] as const),
    ["import/claims-for-pairs", { pairKeys: pairs.map(pairKey) }],
  ]));
  await timedStage("edges", () => writeDerivedEdges(tx, pairs, results.at(-1)!));
  return replaced;
}

function resolutions(plan: ImportPlan, lookups: Row[]): Map<string, Resolution> {
  const lookupById = new Map(lookups.map((row) => [row.id as string, row as unknown as ActorLookup]));
  return new Map(plan.actors.map((actor) => [actor.id, resolveActor(actor, lookupById.get(actor.id)!)]));
}
