/**
 * Loads a generated dataset once: each step is one write transaction that also records how many steps
 * are done on the dataset's (:BenchDataset) node. A complete dataset is reused as it is; an interrupted
 * one resumes after its last committed step (the generator gives the same steps again).
 */
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { datasetName, GENERATOR_VERSION, type DatasetSpec } from "./dataset.js";
import { datasetSteps } from "./generate.js";

export interface LoadOutcome {
  name: string;
  reused: boolean;
  /** Wall time of this run's loading (0 when reused). */
  seconds: number;
  steps: number;
}

interface DatasetRecord {
  version: number;
  stepsDone: number;
  complete: boolean;
}

export async function ensureDataset(graph: Graph, spec: DatasetSpec, log: (line: string) => void): Promise<LoadOutcome> {
  const name = datasetName(spec);
  const record = await readRecord(graph, name);
  if (record && record.version !== GENERATOR_VERSION) {
    throw new Error(
      `dataset ${name} in the bench database was written by generator version ${record.version}, this is ${GENERATOR_VERSION}: ` +
        `stop the bench and delete .neo4j/bench-data/ (or use another --seed)`,
    );
  }
  if (record?.complete) return { name, reused: true, seconds: 0, steps: record.stepsDone };

  const resumeAfter = record?.stepsDone ?? 0;
  log(resumeAfter > 0 ? `dataset ${name}: resuming after step ${resumeAfter}` : `dataset ${name}: loading`);
  const started = performance.now();
  let done = 0;
  let lastReport = started;
  for (const step of datasetSteps(spec)) {
    done += 1;
    if (done <= resumeAfter) continue;
    const progress = { name, edges: spec.edges, seed: spec.seed, version: GENERATOR_VERSION, stepsDone: done, complete: false };
    await graph.write(async (tx) => {
      await runCypher(tx, step.statement, { rows: step.rows });
      await runCypher(tx, "bench/dataset/record-progress", progress);
    });
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      log(`dataset ${name}: ${done} steps in ${((lastReport - started) / 1000).toFixed(0)} s (at ${step.statement})`);
    }
  }
  await graph.write((tx) =>
    runCypher(tx, "bench/dataset/record-progress", { name, edges: spec.edges, seed: spec.seed, version: GENERATOR_VERSION, stepsDone: done, complete: true }),
  );
  const seconds = (performance.now() - started) / 1000;
  log(`dataset ${name}: loaded ${done - resumeAfter} steps in ${seconds.toFixed(1)} s`);
  return { name, reused: false, seconds, steps: done };
}

async function readRecord(graph: Graph, name: string): Promise<DatasetRecord | undefined> {
  const [row] = await graph.read((tx) => runCypher(tx, "bench/dataset/read", { name }));
  if (!row) return undefined;
  const dataset = row.dataset as Record<string, unknown>;
  return { version: Number(dataset.version), stepsDone: Number(dataset.stepsDone), complete: dataset.complete === true };
}
