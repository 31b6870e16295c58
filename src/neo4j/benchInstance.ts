/**
 * The benchmarks' instance: its own home (.neo4j/bench-data/) and password, kept across runs so that
 * generated graphs are loaded once and reused, and never the shared instance's data (which holds the
 * user's articles). The process that starts it stops it; a second bench at the same time fails on
 * Neo4j's store lock.
 */
import { loadOrCreateSharedCredentials } from "./credentials.js";
import type { Neo4jMemory } from "./launcherProcess.js";
import { startLocalNeo4j, type LocalNeo4j } from "./localServer.js";
import { neo4jPaths } from "./paths.js";

/**
 * The bench's graphs are large (the 1M dataset's store is 2.7 GB with its indexes): a page cache that holds it
 * keeps both its load and the timed reads off the disk, and a loading transaction's state is on the heap.
 */
export const BENCH_MEMORY: Neo4jMemory = { heapMb: 2048, youngMb: 1024, pageCacheMb: 3072 };

export async function startBenchNeo4j(log: (line: string) => void): Promise<LocalNeo4j> {
  const credentials = await loadOrCreateSharedCredentials(neo4jPaths.benchCredentials);
  const { pid: _pid, ...instance } = await startLocalNeo4j({
    home: neo4jPaths.benchHome,
    credentials,
    keepsHome: true,
    memory: BENCH_MEMORY,
    log,
    afterStop: async () => {},
    afterStopSync: () => {},
  });
  return instance;
}
