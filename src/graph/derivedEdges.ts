/**
 * Rewrites the derived edges of some pairs from every article's claims: an edge exists exactly while
 * at least one non-negated claim supports it, and carries their aggregate. Importing, retracting and
 * merging all end with this, inside their own write transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import { runCypher, runPipelined } from "./cypher.js";
import { aggregateClaims, pairKey } from "./edges.js";
import { toClaimFacts, type Pair } from "./mappers.js";

export async function recomputeDerivedEdges(tx: ManagedTransaction, pairs: Pair[]): Promise<void> {
  const claimRows = await runCypher(tx, "import/claims-for-pairs", { pairKeys: pairs.map(pairKey) });
  await writeDerivedEdges(tx, pairs, claimRows);
}

/** Sets the edges of pairs that claims still support and deletes the others; `claimRows` come from import/claims-for-pairs. */
export async function writeDerivedEdges(tx: ManagedTransaction, pairs: Pair[], claimRows: Record<string, unknown>[]): Promise<void> {
  const claimsByPair = groupBy(claimRows, (row) => row.pairKey as string);
  const edges = pairs.map((pair) => ({ pair, claims: (claimsByPair.get(pairKey(pair)) ?? []).map(toClaimFacts) }));
  const set = edges.filter(({ claims }) => claims.length > 0).map(({ pair, claims }) => ({ ...pair, props: aggregateClaims(pair.type, claims) }));
  const emptied = edges.filter(({ claims }) => claims.length === 0).map(({ pair }) => pair);
  // A statement with nothing to do still costs the server a statement: only the needed ones are sent.
  await runPipelined(tx, [
    ...(set.length > 0 ? [["import/set-derived-edges", { edges: set }]] as const : []),
    ...(emptied.length > 0 ? [["import/delete-derived-edges", { pairs: emptied }]] as const : []),
  ]);
}
