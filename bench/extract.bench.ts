/**
 * Extraction throughput: articles per second and peak memory over 1,000 articles (the seed and
 * the shared evaluation articles, cycled), on one core, in one run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../src/extract/index.js";

const sources = [new URL("../seeds/", import.meta.url).pathname, new URL("../../shared/eval/articles/", import.meta.url).pathname];
const texts = sources.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
  } catch {
    return [];
  }
});
const n = Number(process.argv[2] ?? 1000);
extractArticle(texts[0]); // load the model and the gazetteer outside the timed loop
const rssStart = process.memoryUsage().rss;
let peak = rssStart, words = 0;
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const t = texts[i % texts.length];
  words += t.split(/\s+/).length;
  extractArticle(t);
  if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - t0) / 1000;
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
console.log(`extract: ${n} articles (${Math.round(words / n)} words avg) in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s, ${(words / secs / 1000).toFixed(0)}k words/s; rss start ${mb(rssStart)} MB, peak ${mb(peak)} MB`);
console.log(`ratio to the 200 articles/s goal (scaled to 1,000-word articles): ${((n / secs) * (words / n / 1000) / 200).toFixed(2)}x`);
