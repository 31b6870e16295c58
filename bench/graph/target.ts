/**
 * The bench database: NEO4J_BENCH_URI (with NEO4J_BENCH_USER/NEO4J_BENCH_PASSWORD) when set, else the
 * local bench instance, whose data directory keeps the generated datasets between runs. Never NEO4J_URI:
 * the datasets would be written into the user's graph.
 */
import type { Neo4jTarget } from "../../src/config.js";
import { ensureLocalNeo4j } from "../../src/neo4j/index.js";

export interface BenchTarget {
  target: Neo4jTarget;
  describe: string;
  /** Stops the local instance when this run started it. */
  stop(): Promise<void>;
}

export async function benchTarget(log: (line: string) => void): Promise<BenchTarget> {
  const uri = process.env.NEO4J_BENCH_URI?.trim();
  if (uri) {
    const password = process.env.NEO4J_BENCH_PASSWORD;
    if (!password) throw new Error("NEO4J_BENCH_URI is set but NEO4J_BENCH_PASSWORD is not");
    return { target: { uri, user: process.env.NEO4J_BENCH_USER ?? "neo4j", password }, describe: uri, stop: async () => {} };
  }
  const local = await ensureLocalNeo4j({ role: "bench", log });
  return { target: local, describe: `local bench Neo4j (.neo4j/bench-data) on ${local.uri}`, stop: () => local.stop() };
}
