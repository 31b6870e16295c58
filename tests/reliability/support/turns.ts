/**
 * The project runs two files at a time so that the outage check, on a Neo4j of its own, runs beside the
 * others; those empty and fill the run's one test Neo4j, so they take turns on it, as the integration
 * files do (there by running one at a time).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { neo4jPaths } from "../../../src/neo4j/paths.js";
import { withFileLock } from "../../../src/neo4j/processLock.js";

/** Longer than any one file has held it, on a machine at load average 20. */
const MAX_WAIT_MS = 15 * 60_000;

/** Call first in a file (before the hooks that use the graph): its tests then have the test Neo4j to themselves. */
export function takeTurnOnTestGraph(): void {
  let release: () => void = () => {};
  let held: Promise<void> = Promise.resolve();
  beforeAll(async () => {
    const finished = new Promise<void>((resolve) => (release = resolve));
    const { hostname, port } = new URL(inject("neo4j").uri);
    await mkdir(neo4jPaths.run, { recursive: true });
    const lock = path.join(neo4jPaths.run, `test-graph-${hostname}-${port}.lock`);
    await new Promise<void>((turnBegins, waitFails) => {
      held = withFileLock(
        lock,
        () => {
          turnBegins();
          return finished;
        },
        { timeoutMs: MAX_WAIT_MS, onTimeout: (holder) => new Error(`the test Neo4j was still in use by process ${holder.pid} after ${MAX_WAIT_MS / 60_000} min`) },
      );
      held.catch(waitFails);
    });
  });
  // Hooks after the tests run in reverse: this one last, once the file is done with the graph.
  afterAll(async () => {
    release();
    await held;
  });
}
