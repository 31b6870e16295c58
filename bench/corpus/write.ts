/** Writes a generated corpus: one .txt per article, and truth.jsonl with one planted relation per line. */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCorpus } from "./generate.js";

export const TRUTH_FILE = "truth.jsonl";

export async function writeCorpus(dir: string, count: number, seed: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const truth: string[] = [];
  for (const article of generateCorpus(count, seed)) {
    await writeFile(join(dir, article.fileName), article.text);
    for (const relation of article.relations) truth.push(JSON.stringify({ article: article.fileName, ...relation }));
  }
  // Written last, so its presence means the corpus is complete.
  await writeFile(join(dir, TRUTH_FILE), truth.join("\n") + "\n");
}

export function isCompleteCorpus(dir: string): boolean {
  return existsSync(join(dir, TRUTH_FILE));
}
