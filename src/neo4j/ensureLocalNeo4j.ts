/**
 * The entry point of this folder. Callers decide first whether NEO4J_URI names a server to use (src/config.ts);
 * when it does not, this provides a local Neo4j Community 5.26, fetched with Maven on first use.
 */
import { mkdir } from "node:fs/promises";
import { startBenchNeo4j } from "./benchInstance.js";
import type { LocalNeo4j } from "./localServer.js";
import { neo4jPaths } from "./paths.js";
import { ensureSharedNeo4j } from "./sharedInstance.js";
import { startTestNeo4j } from "./testInstance.js";

export interface EnsureLocalNeo4jOptions {
  /**
   * "shared": the instance of `npm start` and the `kg` CLI (data in .neo4j/data/), reused across processes.
   * "test": a fresh throwaway instance, deleted on stop.
   * "bench": the benchmarks' own instance (data in .neo4j/bench-data/, kept), started and stopped by the run.
   */
  role: "shared" | "test" | "bench";
  /** Progress lines for a person ("Fetching Neo4j…", "Neo4j ready in 9.1 s"). */
  log?: (line: string) => void;
}

export async function ensureLocalNeo4j(options: EnsureLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  await mkdir(neo4jPaths.run, { recursive: true });
  if (options.role === "shared") return ensureSharedNeo4j(log);
  return options.role === "bench" ? startBenchNeo4j(log) : startTestNeo4j(log);
}
