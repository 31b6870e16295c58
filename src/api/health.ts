/**
 * GET /health: 200 when Neo4j answers a trivial read in time, else 503. Says which part is down
 * and its public error code, never the database's address or message (those go to the log).
 */
import { toAppError, type ErrorCode } from "../errors.js";
import type { Graph } from "../graph/driver.js";
import { runCypher } from "../graph/cypher.js";
import type { Logger } from "../logger.js";

/** A load balancer's probe waits about this long; the driver alone would retry for 30 s. */
export const HEALTH_TIMEOUT_MS = 3000;

export type Health =
  | { status: "ok"; neo4j: { status: "up"; latencyMs: number } }
  | { status: "unavailable"; neo4j: { status: "down"; code: ErrorCode } };

export async function checkHealth(graph: Graph, logger: Logger, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([graph.read((tx) => runCypher(tx, "admin/ping")), timeout]);
    return { status: "ok", neo4j: { status: "up", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    const appError = toAppError(error, graph.target);
    const code = appError.code === "INTERNAL_SERVER_ERROR" ? "GRAPH_UNAVAILABLE" : appError.code;
    logger.warn({ code, err: appError.message }, "health check: Neo4j is down");
    return { status: "unavailable", neo4j: { status: "down", code } };
  } finally {
    clearTimeout(timer);
  }
}
