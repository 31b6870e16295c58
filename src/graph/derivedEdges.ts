/**
 * Rewrites the derived edges of some pairs from every article's claims: an edge exists exactly while
 * at least one non-negated claim supports it, and carries their aggregate. Importing, retracting and
 * merging all end with this, inside their own write transaction.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import { runCypher, runPipelined } from "./cypher.js";
import { aggregateClaims, canonicalPair, pairKey } from "./edges.js";
import { toClaimFacts, toPair, type Pair, type Row } from "./mappers.js";

/** One row of import/article-versions. */
export interface ArticleVersions {
  /** Whether this very text is imported already. */
  exists: boolean;
  /** Ids of the earlier versions from the same source, which an import replaces. */
  replaced: string[];
  /** Canonical (type, source, target) of every claim the article and its earlier versions hold, negated or not. */
  previousPairs: Pair[];
}

export async function articleVersions(tx: ManagedTransaction, articleId: string, source: string | null = null): Promise<ArticleVersions> {
  const [row] = await runCypher(tx, "import/article-versions", { articleId, source });
  return toArticleVersions(row!);
}

export function toArticleVersions(row: Row): ArticleVersions {
  return {
    exists: row.exists === true,
    replaced: row.replaced as string[],
    previousPairs: (row.pairs as Row[]).map((pair) => canonicalPair(toPair(pair))),
  };
}

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
