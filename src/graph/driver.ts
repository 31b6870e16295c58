/**
 * One Driver per process, and the managed transactions everything else runs in.
 * The driver retries transient failures by re-running the work, so work functions must be safe to repeat.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { loadConfig, type Neo4jTarget } from "../config.js";
import { toAppError, type GraphTarget } from "../errors.js";
import { ensureLocalNeo4j } from "../neo4j/index.js";

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;
export type Log = (line: string) => void;

export interface GraphOptions {
  /**
   * How long a transaction may be retried on transient failures (Neo4j unreachable, deadlocks) before
   * its error is thrown; the driver's default is 30 s.
   */
  maxRetryTimeMs?: number;
}

export interface Graph {
  readonly target: GraphTarget;
  read<T>(work: Work<T>): Promise<T>;
  write<T>(work: Work<T>): Promise<T>;
  /** Closes the driver, and stops the local Neo4j when this process started it. */
  close(): Promise<void>;
}

let processGraph: Promise<Graph> | undefined;

/**
 * The process's graph: NEO4J_URI when configured, else the shared local Neo4j (started if needed).
 * Later calls return the same connection.
 */
export function connectGraph(options: { log?: Log } & GraphOptions = {}): Promise<Graph> {
  const { log = () => {}, ...graphOptions } = options;
  processGraph ??= openConfiguredGraph(log, graphOptions).catch((error: unknown) => {
    processGraph = undefined;
    throw error;
  });
  return processGraph;
}

export async function closeGraph(): Promise<void> {
  const graph = processGraph;
  processGraph = undefined;
  await (await graph)?.close();
}

async function openConfiguredGraph(log: Log, options: GraphOptions): Promise<Graph> {
  const configured = loadConfig().neo4j;
  if (configured) return openGraph(configured, undefined, options);
  const local = await ensureLocalNeo4j({ role: "shared", log });
  try {
    return await openGraph(local, local.startedHere ? () => local.stop() : undefined, options);
  } catch (error) {
    if (local.startedHere) await local.stop();
    throw error;
  }
}

/** A graph on an explicit target; tests use it directly, entry points go through connectGraph. */
export async function openGraph(target: Neo4jTarget, onClose?: () => Promise<void>, options: GraphOptions = {}): Promise<Graph> {
  const driver = neo4j.driver(
    target.uri,
    neo4j.auth.basic(target.user, target.password),
    options.maxRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: options.maxRetryTimeMs },
  );
  const where: GraphTarget = { uri: target.uri, database: target.database };
  try {
    await driver.verifyConnectivity(target.database ? { database: target.database } : {});
  } catch (error) {
    await driver.close();
    throw toAppError(error, where);
  }
  return {
    target: where,
    read: (work) => runManaged(driver, where, "READ", work),
    write: (work) => runManaged(driver, where, "WRITE", work),
    close: async () => {
      await driver.close();
      await onClose?.();
    },
  };
}

async function runManaged<T>(driver: Driver, where: GraphTarget, mode: "READ" | "WRITE", work: Work<T>): Promise<T> {
  const session = driver.session({ database: where.database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
  try {
    return mode === "READ" ? await session.executeRead(work) : await session.executeWrite(work);
  } catch (error) {
    throw toAppError(error, where);
  } finally {
    await session.close();
  }
}
