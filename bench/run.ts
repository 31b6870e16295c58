/**
 * `npm run bench`: where proxygraph stands, in one run on one database and the same data. Generated
 * graphs (10k and 100k SUPPORTS/ALLIED_WITH edges by default, --sizes 10k,100k,1M for all) are loaded
 * once into the bench Neo4j and reused; every question is asked of proxygraph's API, a @neo4j/graphql
 * schema and the raw driver, all over HTTP on 127.0.0.1 at fixed concurrency for a fixed time; then the
 * extraction and import rates. Prints one table with the ratios and writes bench/results/bench-*.json.
 *
 * The contenders take turns: --rounds windows of --seconds each, the order rotating every round.
 *
 *   npm run bench -- [--sizes 10k,100k] [--seconds 5] [--rounds 3] [--connections 10] [--questions backers-depth-3,paths]
 *                    [--warm-up 1] [--seed 1] [--import-articles 300] [--no-rates]
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openGraph } from "../src/graph/driver.js";
import { applyGraphSchema } from "../src/graph/schema.js";
import { startContenders } from "./api/contenders.js";
import { cpuMsOf, listenerPid } from "./api/cpu.js";
import { combine, measure, type LoadOptions, type Window } from "./api/measure.js";
import { disagreement, introspect, planQuestion } from "./api/plan.js";
import { QUESTIONS } from "./api/questions.js";
import { printReport, ratiosOf, type ApiRow, type RateRow } from "./api/report.js";
import { parseSize, sizeLabel, type DatasetSpec } from "./graph/dataset.js";
import { ensureDataset, type LoadOutcome } from "./graph/load.js";
import { probeDataset } from "./graph/probe.js";
import { benchTarget } from "./graph/target.js";

const RESULTS = new URL("./results/", import.meta.url);

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10k,100k" },
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    questions: { type: "string" },
    connections: { type: "string", default: "10" },
    // A freshly started Neo4j compiles the statements' plans and its hot paths on the first requests:
    // under load a 1 s warm-up leaves that inside the timed windows (the first question's Neo4j CPU per
    // request was 2.5x the second's at load 17).
    "warm-up": { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    "import-articles": { type: "string", default: "300" },
    "no-rates": { type: "boolean", default: false },
  },
});
const specs: DatasetSpec[] = values.sizes.split(",").map((size) => ({ edges: parseSize(size), seed: Number(values.seed) }));
const load: LoadOptions = { connections: Number(values.connections), seconds: Number(values.seconds) };
const rounds = Number(values.rounds);
const WARM_UP_SECONDS = Number(values["warm-up"]);
const asked = values.questions?.split(",") ?? null;
const log = (line: string) => console.log(line);

const rates = values["no-rates"] ? [] : await measureRates(Number(values["import-articles"]));

const bench = await benchTarget((line) => log(`[neo4j] ${line}`));
const graph = await openGraph(bench.target);
const rows: ApiRow[] = [];
const loads: LoadOutcome[] = [];
let serversPeakMb = 0;
try {
  await applyGraphSchema(graph);
  for (const spec of specs) loads.push(await ensureDataset(graph, spec, log));
  const contenders = await startContenders(bench.target);
  const boltUrl = new URL(bench.target.uri);
  const neo4jPid = ["127.0.0.1", "localhost", "[::1]"].includes(boltUrl.hostname) ? listenerPid(Number(boltUrl.port || 7687)) : undefined;
  try {
    const proxygraphSchema = await introspect(contenders.urls.proxygraph);
    for (const spec of specs) {
      const size = sizeLabel(spec.edges);
      const probe = await probeDataset(graph, spec);
      for (const question of QUESTIONS.filter((one) => asked === null || asked.includes(one.key))) {
        const plans = await planQuestion(question, contenders.urls, proxygraphSchema, probe);
        const differ = disagreement(plans);
        const questionRows = plans.map((plan): ApiRow => {
          const row: ApiRow = { size, question: question.key, title: question.title, contender: plan.contender, form: plan.available ? plan.form : "-" };
          if (!plan.available) {
            row.skipped = plan.reason;
            log(`${size} ${question.key} ${plan.contender}: skipped, ${plan.reason}`);
          } else if (differ) {
            row.disagreement = differ;
          }
          return row;
        });
        const measured = plans.flatMap((plan, index) => (plan.available ? [{ plan, row: questionRows[index]! }] : []));
        for (const { plan } of measured) await measure(plan.url, plan.bodies, { ...load, seconds: WARM_UP_SECONDS });
        // Rounds of one window per contender, the order rotating each round, so a burst of load from
        // other processes on the machine falls on every contender alike.
        const windows = measured.map(() => [] as Window[]);
        const loadAverages = measured.map(() => [] as number[]);
        const cpuMs = measured.map(() => ({ api: 0, neo4j: 0 }));
        for (let round = 0; round < rounds; round++) {
          for (let turn = 0; turn < measured.length; turn++) {
            const index = (turn + round) % measured.length;
            const [api, neo4j] = [cpuMsOf(contenders.pid), cpuMsOf(neo4jPid)];
            windows[index]!.push(await measure(measured[index]!.plan.url, measured[index]!.plan.bodies, load));
            loadAverages[index]!.push(loadavg()[0]);
            cpuMs[index]!.api += (cpuMsOf(contenders.pid) ?? NaN) - (api ?? NaN);
            cpuMs[index]!.neo4j += (cpuMsOf(neo4jPid) ?? NaN) - (neo4j ?? NaN);
          }
        }
        measured.forEach(({ plan, row }, index) => {
          row.measurement = combine(windows[index]!);
          row.loadAverage = Math.max(...loadAverages[index]!);
          const perRequest = (ms: number) => (Number.isFinite(ms) && row.measurement!.requests > 0 ? ms / row.measurement!.requests : undefined);
          row.cpuMsPerRequest = { api: perRequest(cpuMs[index]!.api), neo4j: perRequest(cpuMs[index]!.neo4j) };
          log(`${size} ${question.key} ${plan.contender}: ${row.measurement.requestsPerSecond.toFixed(1)} req/s, p99 ${row.measurement.p99.toFixed(1)} ms, load ${row.loadAverage.toFixed(1)}`);
        });
        rows.push(...questionRows);
      }
    }
    serversPeakMb = contenders.peakRssMb();
  } finally {
    await contenders.stop();
  }
} finally {
  await graph.close();
  await bench.stop();
}

const settings = `${load.connections} connections, ${rounds} rounds of ${load.seconds} s per question and contender (turns rotating) after a ${WARM_UP_SECONDS} s warm-up, ${cpus().length} cores, Node ${process.version}, servers' peak RSS ${serversPeakMb.toFixed(0)} MB`;
printReport(rows, rates, settings, log);
for (const outcome of loads) log(`dataset ${outcome.name}: ${outcome.reused ? "reused" : `loaded in ${outcome.seconds.toFixed(1)} s`}`);

await mkdir(RESULTS, { recursive: true });
const file = new URL(`bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, RESULTS);
await writeFile(file, `${JSON.stringify({ at: new Date().toISOString(), settings: { ...load, rounds, warmUpSeconds: WARM_UP_SECONDS, cores: cpus().length, node: process.version, target: bench.describe, serversPeakRssMb: serversPeakMb }, datasets: loads, api: rows, ratios: ratiosOf(rows), rates }, null, 2)}\n`);
log(`wrote ${fileURLToPath(file)}`);

/** The extraction and import benches, each in its own process so its peak memory is its own. */
async function measureRates(importArticles: number): Promise<RateRow[]> {
  const extract = await runBench("extract.bench.ts", ["--articles", "1000", "--json"]);
  const imported = await runBench("import.bench.ts", ["--articles", String(importArticles), "--json"]);
  return [
    { name: "extract", articlesPerSecond: extract.articlesPerSecond, peakRssMb: extract.peakRssMb, goalRatio: extract.goalRatio, detail: `${Math.round(extract.wordsPerSecond / 1000)}k words/s (goal 200 articles/s of 1,000 words)` },
    { name: "import", articlesPerSecond: imported.articlesPerSecond, peakRssMb: imported.peakRssMb, goalRatio: imported.goalRatio, detail: `${imported.claimsPerSecond.toFixed(0)} claims/s over ${imported.articles} articles into a throwaway Neo4j (goal 50 articles/s)` },
  ];
}

function runBench(file: string, args: string[]): Promise<Record<string, number>> {
  log(`running bench/${file} ${args.join(" ")}…`);
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL(file, import.meta.url)), ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const line = output.split("\n").find((one) => one.startsWith("BENCH_RESULT "));
      if (code !== 0 || !line) return reject(new Error(`bench/${file} failed (exit ${code}):\n${output.slice(-2000)}`));
      resolve(JSON.parse(line.slice("BENCH_RESULT ".length)));
    });
  });
}
