/**
 * Import throughput: a generated corpus (bench/corpus/, reused when already written) imported into a
 * throwaway local Neo4j through the same path as `kg import` (articleFiles → ingestArticles, one write
 * transaction per article, `--concurrency` articles at a time).
 *
 * Prints, at the start, every `--every` articles and at the end: articles/s overall and since the last
 * line, claims/s, this process's RSS and heap, the Neo4j JVM's RSS and heap, and CPU seconds per article
 * of Node and of Neo4j (less sensitive than rates to other work on a shared machine). At the end: the
 * rate over the second half, where each import stage's time went, and the ratio to the goal of 50 articles/s.
 *
 *   npm run bench:import -- [--articles N] [--seed S] [--concurrency C] [--every K] [--json]
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
import { jvmHeapMb, neo4jPidFor, processCpuSeconds, processRssMb, stageTotals } from "./importMeters.js";

const GOAL_ARTICLES_PER_SECOND = 50;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    concurrency: { type: "string", default: String(DEFAULT_CONCURRENCY) },
    every: { type: "string", default: "1000" },
    json: { type: "boolean", default: false },
  },
});
const concurrency = Math.max(1, Number(values.concurrency));
const count = Number(values.articles);
const seed = Number(values.seed);
const every = Math.max(1, Number(values.every));

const corpus = join(tmpdir(), `proxygraph-corpus-${count}-seed${seed}`);
if (isCompleteCorpus(corpus)) console.log(`reusing ${corpus}`);
else {
  console.log(`generating ${count} articles into ${corpus}…`);
  await writeCorpus(corpus, count, seed);
}

const local = await ensureLocalNeo4j({ role: "test", log: (line) => console.log(`[neo4j] ${line}`) });
const graph = await openGraph(local, () => local.stop());
const neo4jPid = neo4jPidFor(local.uri);
const neo4jCpu = () => (neo4jPid === undefined ? NaN : processCpuSeconds(neo4jPid));
const nodeCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "?");

try {
  await applyGraphSchema(graph);
  const articles = await articleFiles([corpus]);
  const stages = stageTotals();
  const started = { at: performance.now(), node: nodeCpu(), neo4j: neo4jCpu() };
  let done = 0;
  let claims = 0;
  let previous = { ...started, done: 0 };
  let half: typeof previous | undefined;

  // The rate and CPU since the previous line as well as overall: the first articles also pay for warm-up.
  const report = async (label: string, reached = done) => {
    const now = { at: performance.now(), node: nodeCpu(), neo4j: neo4jCpu(), done: reached };
    const seconds = (now.at - started.at) / 1000;
    const window = now.done - previous.done;
    const recentRate = window / ((now.at - previous.at) / 1000);
    const cpuPerArticle = (key: "node" | "neo4j") => (window > 0 ? (now[key] - previous[key]) / window : NaN);
    const { rss, heapUsed } = process.memoryUsage();
    const heap = neo4jPid === undefined ? undefined : await jvmHeapMb(neo4jPid);
    console.log(
      `  ${label.padEnd(5)} ${String(reached).padStart(6)} articles ${fixed(seconds).padStart(7)} s` +
      `  ${fixed(reached / seconds)}/s (last ${fixed(recentRate)}/s), ${fixed(claims / seconds)} claims/s` +
      `  cpu/article node ${fixed(cpuPerArticle("node"), 3)} s neo4j ${fixed(cpuPerArticle("neo4j"), 3)} s` +
      `  node rss ${fixed(rss / 2 ** 20, 0)} MB heap ${fixed(heapUsed / 2 ** 20, 0)} MB` +
      `  neo4j rss ${neo4jPid === undefined ? "?" : fixed(processRssMb(neo4jPid), 0)} MB heap ${heap ? `${fixed(heap.used, 0)}/${fixed(heap.committed, 0)}` : "?"} MB`,
    );
    previous = now;
    if (reached <= articles.length / 2) half = now;
  };

  console.log(`import: ${articles.length} articles, ${concurrency} at a time, Neo4j pid ${neo4jPid ?? "not found"}`);
  await report("start");
  let reporting = Promise.resolve();
  const summary = await ingestArticles(graph, articles, (outcome) => {
    done += 1;
    if ("imported" in outcome) claims += outcome.imported.claims;
    const reached = done;
    if (reached % every === 0 && reached < articles.length) reporting = reporting.then(() => report("", reached));
  }, concurrency);
  await reporting;
  await report("end");

  const ended = previous;
  const seconds = (ended.at - started.at) / 1000;
  const rate = done / seconds;
  const secondHalf = half && ended.done > half.done ? (ended.done - half.done) / ((ended.at - half.at) / 1000) : NaN;
  const nodeCpuPerArticle = (ended.node - started.node) / done;
  const neo4jCpuPerArticle = (ended.neo4j - started.neo4j) / done;
  console.log(`  ${summary.articles} imported, ${summary.claims} claims, ${summary.failures.length} failed`);
  // A failed article costs next to nothing, so a run with failures measures something other than imports.
  if (summary.failures.length > 0) {
    console.log(`  NOT A MEASUREMENT: the first failure was ${summary.failures[0]!.path}: ${summary.failures[0]!.reason}`);
    process.exitCode = 1;
  }
  console.log(`  overall ${fixed(rate)} articles/s, ${fixed(claims / seconds)} claims/s; from article ${half?.done ?? "?"} on: ${fixed(secondHalf)} articles/s`);
  console.log(`  cpu per article: node ${fixed(nodeCpuPerArticle, 4)} s + neo4j ${fixed(neo4jCpuPerArticle, 4)} s = ${fixed(nodeCpuPerArticle + neo4jCpuPerArticle, 4)} s`);
  // Stage times overlap across the articles in flight: they split one article's latency, not the run's wall clock.
  const latency = [...stages].map(([stage, ms]) => `${stage} ${fixed(ms / done, 1)}`).join(", ");
  console.log(`  ms per article by stage (wall clock, ${concurrency} in flight): ${latency}`);
  console.log(`  ratio to the goal of ${GOAL_ARTICLES_PER_SECOND} articles/s: ${fixed(rate / GOAL_ARTICLES_PER_SECOND, 2)}x`);
  if (values.json) {
    const result = {
      articles: summary.articles, claims: summary.claims, articlesPerSecond: rate, claimsPerSecond: claims / seconds,
      secondHalfArticlesPerSecond: secondHalf, cpuSecondsPerArticle: { node: nodeCpuPerArticle, neo4j: neo4jCpuPerArticle },
      peakRssMb: process.resourceUsage().maxRSS / 1024, goalRatio: rate / GOAL_ARTICLES_PER_SECOND,
    };
    console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  }
} finally {
  await graph.close();
}
