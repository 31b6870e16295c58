/**
 * Writes the extraction of every .txt article in the given folders to OUT/<folder>/<name>.json, so
 * that a speed change can be checked to leave the output byte-identical:
 *
 *   npx tsx bench/extract-snapshot.ts /tmp/before ../shared/eval/articles seeds /tmp/corpus
 *   (change the code)
 *   npx tsx bench/extract-snapshot.ts /tmp/after ../shared/eval/articles seeds /tmp/corpus
 *   diff -r /tmp/before /tmp/after
 *
 * `--batch N` extracts the articles of each folder N at a time with `extractArticles`, as the
 * importer does (default: one by one with `extractArticle`); both must write the same files. A
 * folder whose name another given folder also has is written as <parent>-<folder>.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle, extractArticles, type Extraction } from "../src/extract/index.js";
import { decodeArticle } from "../src/extract/input.js";

const { values, positionals } = parseArgs({ options: { batch: { type: "string" } }, allowPositionals: true });
const [out, ...dirs] = positionals;
const batch = values.batch === undefined ? undefined : Number(values.batch);
if (!out || dirs.length === 0 || (batch !== undefined && !(Number.isInteger(batch) && batch >= 1))) {
  console.error("usage: npx tsx bench/extract-snapshot.ts [--batch N] OUT_DIR ARTICLE_DIR...");
  process.exit(2);
}
const folderName = (dir: string) => basename(resolve(dir));
const shared = (dir: string) => dirs.filter((d) => folderName(d) === folderName(dir)).length > 1;

function extractAll(articles: { text: string; fileName: string }[]): Extraction[] {
  if (batch === undefined) return articles.map(({ text, fileName }) => extractArticle(text, { fileName }));
  const results: Extraction[] = [];
  for (let i = 0; i < articles.length; i += batch) {
    for (const result of extractArticles(articles.slice(i, i + batch).map(({ text, fileName }) => ({ text, opts: { fileName } })))) {
      if (result instanceof Error) throw result;
      results.push(result);
    }
  }
  return results;
}

let count = 0;
for (const dir of dirs) {
  const target = join(out, shared(dir) ? `${basename(dirname(resolve(dir)))}-${folderName(dir)}` : folderName(dir));
  mkdirSync(target, { recursive: true });
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  const articles = names.map((name) => ({ text: decodeArticle(readFileSync(join(dir, name)), join(dir, name)), fileName: name }));
  extractAll(articles).forEach((extraction, i) => {
    writeFileSync(join(target, names[i].replace(/\.txt$/, ".json")), `${JSON.stringify(extraction, null, 1)}\n`);
    count++;
  });
}
console.log(`wrote ${count} extractions to ${out}${batch === undefined ? "" : ` (batches of ${batch})`}`);
