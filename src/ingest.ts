/**
 * Pending articles → extraction → graph, one transaction per article. Shared by `kg import` (files
 * or JSON Lines) and the server's seeding; a failing article is reported and skipped, never half-written.
 */
import pLimit from "p-limit";
import type { ArticleText, PendingArticle } from "./articleSources.js";
import { toAppError } from "./errors.js";
import { extractArticle } from "./extract/index.js";
import { ArticleInputError } from "./extract/input.js";
import type { Graph } from "./graph/driver.js";
import { importArticle, type ImportResult } from "./graph/importer.js";
import { timedStage } from "./graph/importStages.js";

export interface IngestFailure {
  path: string;
  reason: string;
}

export interface IngestSummary {
  articles: number;
  claims: number;
  failures: IngestFailure[];
}

export type ArticleOutcome = { path: string; imported: ImportResult } | { path: string; failed: string };

/** Articles in flight at once: extraction of one overlaps the others' database round trips. */
export const DEFAULT_CONCURRENCY = 4;

export async function ingestArticles(
  graph: Graph,
  articles: readonly PendingArticle[],
  onArticle: (outcome: ArticleOutcome) => void = () => {},
  concurrency = DEFAULT_CONCURRENCY,
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, claims: 0, failures: [] };
  const limit = pLimit(concurrency);
  // Two articles naming the same actors may deadlock on their locks; the driver retries managed
  // transactions on such transient errors, and each article stays one transaction.
  await Promise.all(articles.map(({ path, read }) => limit(async () => {
    try {
      const imported = await importArticleText(graph, await read(), path);
      summary.articles += 1;
      summary.claims += imported.claims;
      onArticle({ path, imported });
    } catch (error) {
      const appError = toAppError(error);
      // Without the database, every further article would fail the same way.
      if (appError.code === "GRAPH_UNAVAILABLE" || appError.code === "GRAPH_AUTH_FAILED") throw appError;
      const reason = error instanceof ArticleInputError ? error.reason : appError.message;
      summary.failures.push({ path, reason });
      onArticle({ path, failed: reason });
    }
  })));
  return summary;
}

/** One article's text → extraction → graph, in one transaction. The API's importArticle runs this too. */
export async function importArticleText(graph: Graph, { text, source, date, title }: ArticleText, label = source ?? "article"): Promise<ImportResult> {
  const extraction = await timedStage("extract", () => extractArticle(text, { date, fileName: source ?? undefined }));
  // A date or title line alone would store an article with nothing in it.
  if (extraction.sentences.length === 0) throw new ArticleInputError(label, "no article text after its header");
  return importArticle(graph, { text, extraction: { ...extraction, title: extraction.title ?? title ?? null }, source });
}

export function formatOutcome(outcome: ArticleOutcome): string {
  if ("failed" in outcome) return `failed ${outcome.path}: ${outcome.failed}`;
  const { claims, actors, locations, replaced } = outcome.imported;
  const replacing = replaced.length > 0 ? `, replacing the earlier version ${replaced.join(", ")}` : "";
  return `imported ${outcome.path}: ${claims} claims, ${actors} actors, ${locations} locations${replacing}`;
}
