/**
 * Extraction throughput: articles per second and peak memory over 1,000 articles (the seed and
 * the shared evaluation articles, cycled), on one core. After a warm-up, three rounds are timed
 * and the median is reported with the ratio to the goal (200 articles/s of 1,000 words).
 *
 *   npm run bench:extract -- [ARTICLES] [--json]   (--json: a last line `BENCH_RESULT {...}` for npm run bench)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle } from "../src/extract/index.js";

const sources = [new URL("../seeds/", import.meta.url).pathname, new URL("../../shared/eval/articles/", import.meta.url).pathname];
const texts = sources.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
  } catch {
    return [];
  }
});
const { values, positionals } = parseArgs({ options: { json: { type: "boolean", default: false } }, allowPositionals: true });
const n = Number(positionals[0] ?? 1000);
const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;
const avgWords = texts.reduce((s, t) => s + wordsOf(t), 0) / texts.length;

for (let i = 0; i < 100; i++) extractArticle(texts[i % texts.length]); // model, gazetteer and JIT warm
const rssStart = process.memoryUsage().rss;
let peak = rssStart;
const rates: number[] = [];
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    extractArticle(texts[i % texts.length]);
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  rates.push(n / ((performance.now() - t0) / 1000));
}
const median = rates.sort((a, b) => a - b)[1];
const wordsPerSecond = median * avgWords;
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
console.log(`extract: ${n} articles x 3 rounds, ${Math.round(avgWords)} words each on average`);
console.log(`  median ${median.toFixed(0)} articles/s = ${(wordsPerSecond / 1000).toFixed(0)}k words/s (rounds: ${rates.map((r) => r.toFixed(0)).join(", ")})`);
console.log(`  rss after warm-up ${mb(rssStart)} MB, peak ${mb(peak)} MB`);
console.log(`  ratio to the goal of 200 articles/s at 1,000 words: ${(wordsPerSecond / 200_000).toFixed(2)}x`);
if (values.json) {
  const result = { articlesPerSecond: median, wordsPerSecond, averageWords: avgWords, peakRssMb: peak / 1024 / 1024, goalRatio: wordsPerSecond / 200_000 };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
}
