/**
 * Extraction throughput on one core, over the seed and the shared evaluation articles, cycled.
 * Each round times wink-nlp alone (the one pass the pipeline makes: sentences, tokens, POS and
 * lemmas of every line) and then the full pipeline on the same articles, so the ratio between
 * them holds even when other work shares the machine. Rates are per second of this process's CPU
 * time (a busy machine stretches wall-clock time, not the work done on one core); the wall-clock
 * median is printed beside them. Prints medians over the rounds, scaled to articles of 1,000
 * words, the ratio to the goal (200 such articles/s) and peak RSS. wink is also timed with sentence
 * boundaries only (no POS pass), to show what share of its cost tagging is.
 *
 * The pipeline is timed the way the importer runs it: `extractArticles` over consecutive batches of
 * `--batch` articles (default `EXTRACTION_BATCH`, the importer's), each stage over the batch before
 * the next; `--batch 1` times one article at a time.
 *
 * `--against REF` also times the extraction code of a git revision (its `src/extract`, unpacked
 * under node_modules/.cache) in every round beside the current one, on the same articles: the
 * before/after ratio of a speed change, measured side by side in one process. A revision without
 * `extractArticles` extracts one article at a time, as its importer did.
 *
 *   npm run bench:extract -- [--articles N] [--rounds R] [--batch B] [--against REF] [--json]   (--json: a last line `BENCH_RESULT {...}` for npm run bench)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { EXTRACTION_BATCH, extractArticles, type ArticleToExtract } from "../src/extract/index.js";

const GOAL_WORDS_PER_SECOND = 200 * 1000;

const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, rounds: { type: "string", default: "3" }, json: { type: "boolean", default: false }, against: { type: "string" }, batch: { type: "string", default: String(EXTRACTION_BATCH) } } });
const n = Number(values.articles);
const rounds = Number(values.rounds);
const batchSize = Number(values.batch);

const sources = [new URL("../seeds/", import.meta.url).pathname, new URL("../../shared/eval/articles/", import.meta.url).pathname];
const texts = sources.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
  } catch {
    return [];
  }
});
const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;
const avgWords = texts.reduce((s, t) => s + wordsOf(t), 0) / texts.length;

// The same pipe as extraction's (src/extract/nlp.ts) but an instance of its own: sharing the
// pipeline's would leave that pipeline's model warm in the CPU caches after every wink round, and
// `--against` would then favour the current tree over the other one (which has its own instance).
const tagged = winkNLP(model, ["sbd", "pos"]);
function winkAlone(text: string) {
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    tagged.readDoc(line).sentences().each((s: ItemSentence) => {
      const tokens = s.tokens();
      tokens.out(tagged.its.value);
      tokens.out(tagged.its.lemma as typeof tagged.its.value);
      tokens.out(tagged.its.pos);
    });
  }
}

const untagged = winkNLP(model, ["sbd"]);
function winkWithoutPos(text: string) {
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    untagged.readDoc(line).sentences().each((s: ItemSentence) => s.tokens().out(untagged.its.value));
  }
}

/** Extracts one batch of articles. */
type Extract = (batch: readonly ArticleToExtract[]) => unknown;
interface ExtractModule {
  extractArticle: (text: string) => unknown;
  extractArticles?: Extract;
}

/** The extraction of a git revision, unpacked beside the project so it resolves the same packages; one by one without `extractArticles`. */
async function extractAt(ref: string): Promise<{ extract: Extract; batched: boolean }> {
  const root = new URL("../", import.meta.url).pathname;
  const commit = execFileSync("git", ["rev-parse", "--short", ref], { cwd: root, encoding: "utf8" }).trim();
  const dir = join(root, "node_modules/.cache/extract-against", commit);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} src/extract | tar -x -C "${dir}"`], { cwd: root });
  // Without a package.json saying "module" above it, tsx compiles the unpacked tree as CommonJS,
  // where every imported name is read through a getter: the same code then runs about 1.12x slower
  // than the project's own ES modules, and the comparison favours the current tree by that much.
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  const { extractArticle, extractArticles: inBatches } = (await import(join(dir, "src/extract/index.ts"))) as ExtractModule;
  return inBatches ? { extract: inBatches, batched: true } : { extract: (batch) => batch.map(({ text }) => extractArticle(text)), batched: false };
}
const against = values.against ? await extractAt(values.against) : undefined;
const previous = against?.extract;
const extract: Extract = extractArticles;

// The n articles of a round, cut into the batches both pipelines are given (the texts cycled).
const batches: ArticleToExtract[][] = [];
for (let i = 0; i < n; i += batchSize) batches.push(Array.from({ length: Math.min(batchSize, n - i) }, (_, k) => ({ text: texts[(i + k) % texts.length] })));

let peak = 0;
const sampleMemory = () => (peak = Math.max(peak, process.memoryUsage().rss));

interface Rate {
  cpu: number;
  wall: number;
}

/** Articles per second of CPU time and of wall-clock time over the `n` articles, batch by batch. */
function rate(run: Extract): Rate {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let b = 0; b < batches.length; b++) {
    run(batches[b]);
    if (b % Math.max(1, Math.round(50 / batchSize)) === 0) sampleMemory();
  }
  const { user, system } = process.cpuUsage(cpu0);
  return { cpu: n / ((user + system) / 1e6), wall: n / ((performance.now() - t0) / 1000) };
}

const eachText = (read: (text: string) => void): Extract => (batch) => batch.forEach(({ text }) => read(text));
for (let i = 0; i < 100; i += batchSize) {
  const batch = batches[(i / batchSize) % batches.length];
  extract(batch); // model, gazetteer and JIT warm
  previous?.(batch);
}
const rssStart = process.memoryUsage().rss;
const winkRates: Rate[] = [];
const untaggedRates: Rate[] = [];
const pipelineRates: Rate[] = [];
const previousRates: Rate[] = [];
for (let round = 0; round < rounds; round++) {
  winkRates.push(rate(eachText(winkAlone)));
  untaggedRates.push(rate(eachText(winkWithoutPos)));
  // Alternated so that neither side always runs on a warmer or a quieter machine.
  if (previous && round % 2 === 1) previousRates.push(rate(previous));
  pipelineRates.push(rate(extract));
  if (previous && round % 2 === 0) previousRates.push(rate(previous));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const per1000 = (r: number) => (r * avgWords) / 1000;
const wink = median(winkRates.map((r) => r.cpu));
const pipeline = median(pipelineRates.map((r) => r.cpu));
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const list = (xs: number[]) => xs.map((r) => r.toFixed(0)).join(", ");
console.log(`extract: ${n} articles x ${rounds} rounds, ${Math.round(avgWords)} words each on average, ${texts.length} texts cycled; medians per CPU-second, in articles of 1,000 words`);
console.log(`  pipeline in batches of ${batchSize} (extractArticles, stage by stage over each batch${batchSize === 1 ? ": one article at a time" : ""})`);
const show = (rates: Rate[], cpu: number) => `${per1000(cpu).toFixed(0)} articles/s (rounds ${list(rates.map((r) => per1000(r.cpu)))}; wall-clock ${per1000(median(rates.map((r) => r.wall))).toFixed(0)})`;
console.log(`  wink alone:    ${show(winkRates, wink)}`);
console.log(`  full pipeline: ${show(pipelineRates, pipeline)} = ${((pipeline * avgWords) / 1000).toFixed(0)}k words/s`);
const withoutPos = median(untaggedRates.map((r) => r.cpu));
console.log(`  wink without POS (tokens, sentences): ${show(untaggedRates, withoutPos)}: POS tagging and lemmas are ${(100 * (1 - wink / withoutPos)).toFixed(0)}% of wink's time`);
console.log(`  pipeline/wink time ratio: ${(wink / pipeline).toFixed(2)}x`);
if (previous) {
  const before = median(previousRates.map((r) => r.cpu));
  // Per round too: both sides of one round ran on the same machine within seconds of each other.
  const ratios = pipelineRates.map((r, k) => r.cpu / previousRates[k].cpu);
  const how = against!.batched ? `in batches of ${batchSize}` : "one article at a time (no extractArticles)";
  console.log(`  pipeline at ${values.against}, ${how}: ${show(previousRates, before)}`);
  console.log(`  this pipeline / ${values.against}: ${(pipeline / before).toFixed(2)}x (per round ${ratios.map((r) => r.toFixed(2)).join(", ")}; median ${median(ratios).toFixed(2)}x)`);
}
const goalRatio = (pipeline * avgWords) / GOAL_WORDS_PER_SECOND;
console.log(`  ratio to the goal of 200 articles/s at 1,000 words: ${goalRatio.toFixed(2)}x`);
console.log(`wink alone: ${per1000(wink).toFixed(0)}/s; full pipeline: ${per1000(pipeline).toFixed(0)}/s; ratio to goal: ${goalRatio.toFixed(2)}x (per CPU-second, articles of 1,000 words)`);
console.log(`  rss after warm-up ${mb(rssStart)} MB, peak ${mb(peak)} MB`);
if (values.json) {
  const wordsPerSecond = pipeline * avgWords;
  const result = { batch: batchSize, articlesPerSecond: pipeline, wordsPerSecond, averageWords: avgWords, peakRssMb: peak / 1024 / 1024, goalRatio: wordsPerSecond / GOAL_WORDS_PER_SECOND };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
}
