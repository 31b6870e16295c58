/**
 * Import throughput: a generated corpus (bench/corpus/, reused when already written) imported into a
 * throwaway local Neo4j through the same path as `kg import` (articleFiles → ingestArticles, one write
 * transaction per article, `--concurrency` articles at a time). Prints articles/s, claims/s and memory
 * at the start, at every 10% and at the end, and the ratio to the goal of 50 articles/s.
 *
 *   npm run bench:import -- [--articles N] [--seed S] [--concurrency C] [--json]
 *   (--json: a last line `BENCH_RESULT {...}` for npm run bench)
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { articleFiles } from "../src/articleSources.js";
import { openGraph } from "../src/graph/driver.js";
import { applyGraphSchema } from "../src/graph/schema.js";
import { DEFAULT_CONCURRENCY, ingestArticles } from "../src/ingest.js";
import { ensureLocalNeo4j } from "../src/neo4j/index.js";
import { isCompleteCorpus, writeCorpus } from "./corpus/write.js";

const GOAL_ARTICLES_PER_SECOND = 50;

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, concurrency: { type: "string", default: String(DEFAULT_CONCURRENCY) }, json: { type: "boolean", default: false } } });
const concurrency = Math.max(1, Number(values.concurrency));
const count = Number(values.articles);
const seed = Number(values.seed);

const corpus = join(tmpdir(), `proxygraph-corpus-${count}-seed${seed}`);
if (isCompleteCorpus(corpus)) console.log(`reusing ${corpus}`);
else {
  console.log(`generating ${count} articles into ${corpus}…`);
  await writeCorpus(corpus, count, seed);
}

const local = await ensureLocalNeo4j({ role: "test", log: (line) => console.log(`[neo4j] ${line}`) });
const graph = await openGraph(local, () => local.stop());
try {
  await applyGraphSchema(graph);
  const articles = await articleFiles([corpus]);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const started = performance.now();
  let done = 0;
  let claims = 0;
  // The rate since the previous report as well as overall: the first articles also pay for warm-up.
  let previous = { at: started, done: 0 };
  const report = (label: string) => {
    const now = performance.now();
    const seconds = (now - started) / 1000;
    const { rss, heapUsed } = process.memoryUsage();
    const recent = now > previous.at ? `(last ${((done - previous.done) / ((now - previous.at) / 1000)).toFixed(1)}/s)` : "";
    const rates = seconds > 0 ? `${(done / seconds).toFixed(1)} articles/s ${recent}, ${(claims / seconds).toFixed(1)} claims/s` : "";
    console.log(`  ${label.padEnd(5)} ${String(done).padStart(6)} articles ${seconds.toFixed(1).padStart(7)} s  ${rates.padEnd(56)} rss ${mb(rss)}, heap ${mb(heapUsed)}`);
    previous = { at: now, done };
  };
  console.log(`import: ${articles.length} articles, ${concurrency} at a time`);
  report("start");
  const tenth = Math.max(1, Math.floor(articles.length / 10));
  const summary = await ingestArticles(graph, articles, (outcome) => {
    done += 1;
    if ("imported" in outcome) claims += outcome.imported.claims;
    if (done % tenth === 0 && done < articles.length) report(`${Math.round((done / articles.length) * 100)}%`);
  }, concurrency);
  report("end");
  const rate = done / ((performance.now() - started) / 1000);
  console.log(`  ${summary.articles} imported, ${summary.claims} claims, ${summary.failures.length} failed`);
  console.log(`  ratio to the goal of ${GOAL_ARTICLES_PER_SECOND} articles/s: ${(rate / GOAL_ARTICLES_PER_SECOND).toFixed(2)}x`);
  if (values.json) {
    const seconds = (performance.now() - started) / 1000;
    const result = { articles: summary.articles, claims: summary.claims, articlesPerSecond: rate, claimsPerSecond: claims / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, goalRatio: rate / GOAL_ARTICLES_PER_SECOND };
    console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  }
} finally {
  await graph.close();
}
