/**
 * Pending articles → extraction → graph, one transaction per article. Shared by `kg import` (files
 * or JSON Lines) and the server's seeding; a failing article is reported and skipped, never half-written.
 */
import pLimit from "p-limit";
import type { ArticleText, PendingArticle } from "./articleSources.js";
import { toAppError, type AppError } from "./errors.js";
import { EXTRACTION_BATCH, extractArticle, extractArticles, type ArticleToExtract, type Extraction } from "./extract/index.js";
import { ArticleInputError } from "./extract/input.js";
import type { Graph } from "./graph/driver.js";
import { importArticle, type ImportResult } from "./graph/importer.js";
import { timedShares, timedStage } from "./graph/importStages.js";

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

/** Imports in flight at once: the next batch's extraction overlaps their database round trips. */
export const DEFAULT_CONCURRENCY = 4;

/**
 * Articles are read and extracted `EXTRACTION_BATCH` at a time (extraction runs faster stage by stage
 * over a batch), then each is imported in its own transaction, `concurrency` at once. The next batch
 * is extracted while the batches before it import, as many of them as keep `concurrency` imports
 * busy (one at the default), and no further: the extractions held are bounded by the concurrency,
 * however many articles the import has.
 */
export async function ingestArticles(
  graph: Graph,
  articles: readonly PendingArticle[],
  onArticle: (outcome: ArticleOutcome) => void = () => {},
  concurrency = DEFAULT_CONCURRENCY,
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, claims: 0, failures: [] };
  const limit = pLimit(concurrency);
  // Without the database, every further article would fail the same way: the import stops at the first such error.
  let lost: AppError | undefined;
  // Two articles naming the same actors may deadlock on their locks; the driver retries managed
  // transactions on such transient errors, and each article stays one transaction.
  const settle = (path: string, work: () => Promise<ImportResult>) => limit(async () => {
    if (lost) return;
    try {
      const imported = await work();
      summary.articles += 1;
      summary.claims += imported.claims;
      onArticle({ path, imported });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "GRAPH_UNAVAILABLE" || appError.code === "GRAPH_AUTH_FAILED") {
        lost ??= appError;
        return;
      }
      const reason = error instanceof ArticleInputError ? error.reason : appError.message;
      summary.failures.push({ path, reason });
      onArticle({ path, failed: reason });
    }
  });
  const importing: Promise<void[]>[] = [];
  const ahead = Math.ceil(concurrency / EXTRACTION_BATCH);
  for (let at = 0; at < articles.length && !lost; at += EXTRACTION_BATCH) {
    const batch = articles.slice(at, at + EXTRACTION_BATCH);
    const texts = await Promise.all(batch.map(({ read }) => read().catch((error: unknown) => asError(error))));
    const readable = texts.filter((text): text is ArticleText => !(text instanceof Error));
    const extracted = timedShares("extract", readable.length, () => extractArticles(readable.map(toExtract)));
    let taken = 0;
    const extractions = texts.map((text) => (text instanceof Error ? text : extracted[taken++]));
    importing.push(Promise.all(batch.map(({ path }, k) => settle(path, async () => importExtraction(graph, orThrow(texts[k]), orThrow(extractions[k]), path)))));
    if (importing.length > ahead) await importing.shift();
  }
  await Promise.all(importing);
  if (lost) throw lost;
  return summary;
}

/** One article's text → extraction → graph, in one transaction. The API's importArticle runs this too. */
export async function importArticleText(graph: Graph, article: ArticleText, label = article.source ?? "article"): Promise<ImportResult> {
  const extraction = await timedStage("extract", () => extractArticle(article.text, toExtract(article).opts));
  return importExtraction(graph, article, extraction, label);
}

async function importExtraction(graph: Graph, { text, source, title }: ArticleText, extraction: Extraction, label: string): Promise<ImportResult> {
  // A date or title line alone would store an article with nothing in it.
  if (extraction.sentences.length === 0) throw new ArticleInputError(label, "no article text after its header");
  return importArticle(graph, { text, extraction: { ...extraction, title: extraction.title ?? title ?? null }, source });
}

const toExtract = ({ text, date, source }: ArticleText): ArticleToExtract => ({ text, opts: { date, fileName: source ?? undefined } });

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

function orThrow<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

export function formatOutcome(outcome: ArticleOutcome): string {
  if ("failed" in outcome) return `failed ${outcome.path}: ${outcome.failed}`;
  const { claims, actors, locations, replaced } = outcome.imported;
  const replacing = replaced.length > 0 ? `, replacing the earlier version ${replaced.join(", ")}` : "";
  return `imported ${outcome.path}: ${claims} claims, ${actors} actors, ${locations} locations${replacing}`;
}
