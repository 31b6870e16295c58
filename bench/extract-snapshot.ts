/**
 * Writes the extraction of every .txt article in the given folders to OUT/<folder>/<name>.json, so
 * that a speed change can be checked to leave the output byte-identical:
 *
 *   npx tsx bench/extract-snapshot.ts /tmp/before ../shared/eval/articles seeds /tmp/corpus
 *   (change the code)
 *   npx tsx bench/extract-snapshot.ts /tmp/after ../shared/eval/articles seeds /tmp/corpus
 *   diff -r /tmp/before /tmp/after
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { extractArticle } from "../src/extract/index.js";
import { decodeArticle } from "../src/extract/input.js";

const [out, ...dirs] = process.argv.slice(2);
if (!out || dirs.length === 0) {
  console.error("usage: npx tsx bench/extract-snapshot.ts OUT_DIR ARTICLE_DIR...");
  process.exit(2);
}
let count = 0;
for (const dir of dirs) {
  const target = join(out, basename(resolve(dir)));
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const file = join(dir, name);
    const extraction = extractArticle(decodeArticle(readFileSync(file), file), { fileName: name });
    writeFileSync(join(target, name.replace(/\.txt$/, ".json")), `${JSON.stringify(extraction, null, 1)}\n`);
    count++;
  }
}
console.log(`wrote ${count} extractions to ${out}`);
