/**
 * Rewrites the derived edges of some pairs from every article's claims: an edge exists exactly while
 * at least one non-negated claim supports it, and carries their aggregate. Importing and retracting
 * both end with this, inside their own write transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import { runCypher } from "./cypher.js";
import { aggregateClaims, canonicalPair, directedPairs, pairKey } from "./edges.js";
import { toClaimFacts, toPair, type Pair } from "./mappers.js";

/** Canonical (type, source, target) of every claim an article holds, negated or not. */
export async function articlePairs(tx: ManagedTransaction, articleId: string): Promise<Pair[]> {
  return (await runCypher(tx, "import/article-pairs", { articleId })).map((row) => canonicalPair(toPair(row)));
}

export async function recomputeDerivedEdges(tx: ManagedTransaction, pairs: Pair[]): Promise<void> {
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
