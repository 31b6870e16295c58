/**
 * The shared instance (`npm start`, the `kg` CLI): data in .neo4j/data/, started by whichever process
 * needs it first, reused by the others while it runs, and stopped by the process that started it.
 */
import { boltAnswers } from "./boltProbe.js";
import { loadOrCreateSharedCredentials } from "./credentials.js";
import { Neo4jProvisionError, USE_EXISTING_SERVER } from "./errors.js";
import { isLauncherProcess, isProcessAlive } from "./liveness.js";
import { startLocalNeo4j, type LocalNeo4j } from "./localServer.js";
import { neo4jPaths } from "./paths.js";
import { requestedPort } from "./ports.js";
import { withFileLock } from "./processLock.js";
import {
  forgetSharedState,
  forgetSharedStateSync,
  judgeSharedState,
  readSharedState,
  removeSharedState,
  writeSharedState,
  type SharedState,
} from "./sharedState.js";

/** Long enough for another process's first run, which fetches Neo4j. */
const LOCK_TIMEOUT_MS = 30 * 60_000;

export function ensureSharedNeo4j(log: (line: string) => void): Promise<LocalNeo4j> {
  return withFileLock(neo4jPaths.sharedLock, async () => (await reuseRunning(log)) ?? (await startShared(log)), {
    timeoutMs: LOCK_TIMEOUT_MS,
    onWait: (holder) => log(`Waiting for process ${holder.pid}, which is starting the local Neo4j…`),
    onTimeout: (holder) =>
      new Neo4jProvisionError(
        `process ${holder.pid} has been starting the local Neo4j for ${LOCK_TIMEOUT_MS / 60_000} minutes`,
        `stop it (kill ${holder.pid}), or delete ${neo4jPaths.sharedLock} if it is gone`,
      ),
  });
}

async function reuseRunning(log: (line: string) => void): Promise<LocalNeo4j | undefined> {
  const state = await readSharedState();
  const verdict = judgeSharedState(state, isLauncherProcess);
  if (verdict === "stale") await removeSharedState();
  if (verdict !== "running") return undefined;
  const running = state as SharedState;
  const uri = `bolt://127.0.0.1:${running.port}`;
  if (await boltAnswers(uri, running)) {
    log(`Using the local Neo4j already running on ${uri} (pid ${running.pid})`);
    return { uri, user: running.user, password: running.password, startedHere: false, stop: async () => {} };
  }
  // Most likely its owner is stopping it right now: once it is gone, start a new one.
  if (await waitForExit(running.pid, 40_000)) {
    await removeSharedState();
    return undefined;
  }
  throw new Neo4jProvisionError(
    `a local Neo4j (pid ${running.pid}) holds ${neo4jPaths.sharedHome} but does not answer on ${uri}`,
    `stop it (kill ${running.pid}) and retry, ${USE_EXISTING_SERVER}`,
  );
}

async function startShared(log: (line: string) => void): Promise<LocalNeo4j> {
  const credentials = await loadOrCreateSharedCredentials();
  const { pid, ...instance } = await startLocalNeo4j({
    home: neo4jPaths.sharedHome,
    credentials,
    fixedPort: requestedPort(),
    keepsHome: true,
    log,
    afterStop: (launcherPid) => forgetSharedState(launcherPid),
    afterStopSync: (launcherPid) => forgetSharedStateSync(launcherPid),
  });
  try {
    await writeSharedState({
      pid,
      ownerPid: process.pid,
      port: Number(new URL(instance.uri).port),
      ...credentials,
      startedAt: new Date().toISOString(),
    });
  } catch (error) {
    await instance.stop();
    throw error;
  }
  return instance;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}
