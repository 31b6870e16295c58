/**
 * Where articles come from — files and folders, or JSON Lines — turned into one shape the ingest
 * reads. Reading is deferred to `read()`, so a bad file or line fails as that one article.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { ArticleInputError, decodeArticle } from "./extract/input.js";

export interface ArticleText {
  text: string;
  /**
   * Where the text comes from, stored on the article: a changed text from the same source replaces
   * the earlier version. A file's name (which may also give the date, `2020-01-07-sirte.txt`), a
   * JSON line's "source", or null for a line without one, which then replaces nothing.
   */
  source: string | null;
  /** Used when the text has no `date` header. */
  date?: string;
  /** Used when the text has no title header. */
  title?: string;
}

export interface PendingArticle {
  /** How failures and progress name it: the file path, or `stdin:LINE`. */
  path: string;
  read(): Promise<ArticleText>;
}

/** Files as given; folders contribute their .txt files, recursively, in name order. */
export async function articleFiles(paths: readonly string[]): Promise<PendingArticle[]> {
  const pending: PendingArticle[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) pending.push({ path, read: () => Promise.reject(new ArticleInputError(path, "no such file or folder")) });
    else if (info.isDirectory()) pending.push(...(await textFilesUnder(path)).map(articleFile));
    else pending.push(articleFile(path));
  }
  return pending;
}

export async function readArticleFile(path: string): Promise<string> {
  return decodeArticle(await readFile(path), path);
}

function articleFile(path: string): PendingArticle {
  return { path, read: async () => ({ text: await readArticleFile(path), source: basename(path) }) };
}

async function textFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** One article per non-blank line: `{"text": …, "date"?: …, "source"?: …, "title"?: …}`. */
export async function jsonLineArticles(lines: AsyncIterable<string>, name: string): Promise<PendingArticle[]> {
  const pending: PendingArticle[] = [];
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const path = `${name}:${number}`;
    if (line.trim() !== "") pending.push({ path, read: async () => parseJsonLine(line, path) });
  }
  return pending;
}

function parseJsonLine(line: string, path: string): ArticleText {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new ArticleInputError(path, `not JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ArticleInputError(path, "not a JSON object");
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== "string") throw new ArticleInputError(path, `missing "text" (a string)`);
  for (const key of ["date", "source", "title"]) {
    if (fields[key] !== undefined && typeof fields[key] !== "string") throw new ArticleInputError(path, `"${key}" must be a string`);
  }
  const { date, source, title } = fields as { date?: string; source?: string; title?: string };
  // The same checks as a file's bytes: empty, binary or oversized text fails here too.
  const text = decodeArticle(new TextEncoder().encode(fields.text), path);
  return { text, source: source ?? null, date, title };
}
