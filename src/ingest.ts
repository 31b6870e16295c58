/**
 * Article files → extraction → graph, one transaction per article. Shared by `kg import` and the
 * server's seeding; a failing article is reported and skipped, never half-written.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { toAppError } from "./errors.js";
import { extractArticle } from "./extract/index.js";
import { ArticleInputError, decodeArticle } from "./extract/input.js";
import type { Graph } from "./graph/driver.js";
import { importArticle } from "./graph/importer.js";

export interface IngestFailure {
  path: string;
  reason: string;
}

export interface IngestSummary {
  articles: number;
  claims: number;
  failures: IngestFailure[];
}

/** Files as given; folders contribute their .txt files, recursively, in name order. */
export async function findArticleFiles(paths: readonly string[]): Promise<{ files: string[]; failures: IngestFailure[] }> {
  const files: string[] = [];
  const failures: IngestFailure[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) failures.push({ path, reason: "no such file or folder" });
    else if (info.isDirectory()) files.push(...(await textFilesUnder(path)));
    else files.push(path);
  }
  return { files, failures };
}

async function textFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function ingestFiles(graph: Graph, files: readonly string[], log: (line: string) => void = () => {}): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, claims: 0, failures: [] };
  for (const path of files) {
    try {
      const text = decodeArticle(await readFile(path), path);
      const fileName = basename(path);
      const result = await importArticle(graph, { text, extraction: extractArticle(text, { fileName }), source: fileName });
      summary.articles += 1;
      summary.claims += result.claims;
      log(`imported ${path}: ${result.claims} claims, ${result.actors} actors, ${result.locations} locations`);
    } catch (error) {
      const appError = toAppError(error);
      // Without the database, every further article would fail the same way.
      if (appError.code === "GRAPH_UNAVAILABLE" || appError.code === "GRAPH_AUTH_FAILED") throw appError;
      const reason = error instanceof ArticleInputError ? error.reason : appError.message;
      summary.failures.push({ path, reason });
      log(`failed ${path}: ${reason}`);
    }
  }
  return summary;
}
