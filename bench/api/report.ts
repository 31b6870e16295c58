/** The run's figures as one table, the ratios with their goals, and the JSON written to bench/results/. */
import { cpus } from "node:os";
import type { Measurement } from "./measure.js";
import type { Contender } from "./questions.js";

export interface ApiRow {
  size: string;
  question: string;
  title: string;
  contender: Contender;
  form: string;
  measurement?: Measurement;
  /** The machine's highest 1-minute load average after its windows: above the core count, others shared the CPU. */
  loadAverage?: number;
  /** CPU per request of the servers' process and of Neo4j, over the timed windows; absent where /proc cannot tell. */
  cpuMsPerRequest?: { api?: number; neo4j?: number };
  skipped?: string;
  disagreement?: string;
}

export interface RateRow {
  name: string;
  articlesPerSecond: number;
  peakRssMb: number;
  goalRatio: number;
  detail: string;
}

export const GOALS = { versusRaw: 0.8, versusNeo4jGraphql: 2, depth3P99Ms: 50, depth3P99AtEdges: "1M" } as const;

export interface Ratio {
  size: string;
  question: string;
  versus: "raw" | "neo4j-graphql";
  ratio: number;
  goal: number;
}

export function ratiosOf(rows: ApiRow[]): Ratio[] {
  const ratios: Ratio[] = [];
  const rate = (size: string, question: string, contender: Contender) =>
    rows.find((row) => row.size === size && row.question === question && row.contender === contender)?.measurement?.requestsPerSecond;
  for (const row of rows.filter((one) => one.contender === "proxygraph" && one.measurement)) {
    for (const [versus, goal] of [["raw", GOALS.versusRaw], ["neo4j-graphql", GOALS.versusNeo4jGraphql]] as const) {
      const other = rate(row.size, row.question, versus);
      if (other && row.measurement!.requests > 0) ratios.push({ size: row.size, question: row.question, versus, ratio: row.measurement!.requestsPerSecond / other, goal });
    }
  }
  return ratios;
}

export function printReport(rows: ApiRow[], rates: RateRow[], settings: string, print: (line: string) => void): void {
  print("");
  print(`API: ${settings}`);
  const busiest = Math.max(0, ...rows.map((row) => row.loadAverage ?? 0));
  if (busiest > cpus().length) {
    print(`  ! the load average reached ${busiest.toFixed(1)} on ${cpus().length} cores: other processes shared the CPU, so absolute figures are low and ratios noisy`);
  }
  const header = ["size", "question", "contender", "form", "req/s", "p50 ms", "p95 ms", "p99 ms", "fail", "load", "CPU ms/req: api", "neo4j"];
  const widths = [5, 38, 14, 21, 8, 7, 7, 7, 5, 5, 15, 6];
  const line = (cells: string[]) => print(cells.map((cell, i) => (i >= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  "));
  line(header);
  for (const row of rows) {
    const m = row.measurement;
    const figures = m && m.requests > 0 ? [m.requestsPerSecond.toFixed(1), ms(m.p50), ms(m.p95), ms(m.p99), String(m.failures)] : ["-", "-", "-", "-", m ? String(m.failures) : "-"];
    const cpu = [row.cpuMsPerRequest?.api, row.cpuMsPerRequest?.neo4j].map((value) => (value === undefined ? "-" : value.toFixed(2)));
    line([row.size, row.title, row.contender, row.form, ...figures, row.loadAverage?.toFixed(1) ?? "-", ...cpu]);
    if (m && m.requests === 0) print(`       ${row.contender}: no response completed within the timed window`);
    if (row.skipped) print(`       ${row.contender}: ${row.skipped}`);
    if (row.disagreement) print(`       ! ${row.disagreement}`);
  }

  print("");
  print("Ratios (requests/s, proxygraph over the other, same run):");
  for (const ratio of ratiosOf(rows)) {
    const verdict = ratio.ratio >= ratio.goal ? "met" : "MISSED";
    const versus = ratio.versus === "raw" ? "raw driver" : "@neo4j/graphql";
    print(`  ${ratio.size.padEnd(5)} ${ratio.question.padEnd(16)} vs ${versus.padEnd(15)} ${ratio.ratio.toFixed(2).padStart(6)}x  (goal ≥ ${ratio.goal}x: ${verdict})`);
  }
  const depth3 = rows.find((row) => row.size === GOALS.depth3P99AtEdges && row.question === "backers-depth-3" && row.contender === "proxygraph");
  print(
    depth3?.measurement
      ? `  depth-3 p99 at ${GOALS.depth3P99AtEdges} edges: ${ms(depth3.measurement.p99)} ms (goal < ${GOALS.depth3P99Ms} ms: ${depth3.measurement.p99 < GOALS.depth3P99Ms ? "met" : "MISSED"})`
      : `  depth-3 p99 at ${GOALS.depth3P99AtEdges} edges: not measured in this run (needs --sizes …,1M and the depth API)`,
  );

  if (rates.length > 0) {
    print("");
    print("Extraction and import:");
    for (const rate of rates) {
      print(`  ${rate.name.padEnd(10)} ${rate.articlesPerSecond.toFixed(1).padStart(8)} articles/s  peak ${rate.peakRssMb.toFixed(0)} MB  ${rate.goalRatio.toFixed(2)}x goal  ${rate.detail}`);
    }
  }
}

function ms(value: number): string {
  return value.toFixed(1);
}
