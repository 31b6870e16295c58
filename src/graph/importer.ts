/**
 * Writes one article's Extraction as one managed write transaction. Everything is MERGEd on ids
 * derived from content, so importing the same article twice changes nothing, and re-importing
 * an article replaces its claims. The derived edges of every pair the article touched, before or
 * after, are recomputed from all articles' claims in the same transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import { runCypher } from "./cypher.js";
import type { Graph } from "./driver.js";
import { aggregateClaims, canonicalPair, directedPairs, pairKey, uniquePairs } from "./edges.js";
import { planImport, type ArticleInput } from "./importPlan.js";
import { toClaimFacts, toPair, type Pair } from "./mappers.js";

export interface ImportResult {
  articleId: string;
  actors: number;
  locations: number;
  claims: number;
}

export async function importArticle(graph: Graph, input: ArticleInput): Promise<ImportResult> {
  const plan = planImport(input);
  const articleId = plan.article.id;
  await graph.write(async (tx) => {
    const previousPairs = (await runCypher(tx, "import/article-pairs", { articleId })).map((row) => canonicalPair(toPair(row)));
    await runCypher(tx, "import/merge-article", { article: plan.article });
    await runCypher(tx, "import/merge-actors", { rows: plan.actors });
    await runCypher(tx, "import/merge-locations", { rows: plan.locations });
    await runCypher(tx, "import/link-locations", { rows: plan.withins });
    await runCypher(tx, "import/delete-stale-claims", { articleId, keepIds: plan.claims.map((claim) => claim.id) });
    await runCypher(tx, "import/merge-sentences", { articleId, rows: plan.sentences });
    await runCypher(tx, "import/merge-claims", { articleId, rows: plan.claims });
    await runCypher(tx, "import/delete-orphan-sentences", { articleId });
    await recomputeDerivedEdges(tx, uniquePairs([...previousPairs, ...plan.pairs]));
  });
  return { articleId, actors: plan.actors.length, locations: plan.locations.length, claims: plan.claims.length };
}

async function recomputeDerivedEdges(tx: ManagedTransaction, pairs: Pair[]): Promise<void> {
  const claimRows = await runCypher(tx, "import/claims-for-pairs", { pairs: pairs.flatMap(directedPairs) });
  const claimsByPair = groupBy(claimRows, (row) => pairKey(canonicalPair(toPair(row))));
  const edges = pairs.map((pair) => ({ pair, claims: (claimsByPair.get(pairKey(pair)) ?? []).map(toClaimFacts) }));
  await runCypher(tx, "import/set-derived-edges", {
    edges: edges
      .filter(({ claims }) => claims.length > 0)
      .map(({ pair, claims }) => ({ ...pair, props: aggregateClaims(pair.type, claims) })),
  });
  await runCypher(tx, "import/delete-derived-edges", {
    pairs: edges.filter(({ claims }) => claims.length === 0).map(({ pair }) => pair),
  });
}
