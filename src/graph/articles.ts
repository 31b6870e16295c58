/**
 * What the graph holds of an article: whether its text is imported, the earlier versions it replaces,
 * and the derived edges its claims feed (import/article-versions). The importer, retraction and the
 * API's importArticle read it.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { runCypher } from "./cypher.js";
import type { Graph } from "./driver.js";
import { canonicalPair } from "./edges.js";
import { toPair, type Pair, type Row } from "./mappers.js";

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

export async function articleExists(graph: Graph, articleId: string): Promise<boolean> {
  return (await graph.read((tx) => articleVersions(tx, articleId))).exists;
}
