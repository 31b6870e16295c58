/**
 * Starts one local Neo4j on a home directory and hands back its connection and its stop().
 * The roles (shared, test) differ only in where the data lives and what happens after the stop.
 */
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { waitForBolt } from "./boltProbe.js";
import type { Credentials } from "./credentials.js";
import { Neo4jProvisionError, USE_EXISTING_SERVER } from "./errors.js";
import { stopOnExit } from "./exitHooks.js";
import { ensureLauncherBuilt } from "./launcherBuild.js";
import { DEFAULT_MEMORY, spawnLauncher, type Neo4jMemory, type StartOutcome } from "./launcherProcess.js";
import { findFreePort, portBusyError, requireFreePort } from "./ports.js";
import { requireJava } from "./prerequisites.js";

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when this process started the server, and so stops it. */
  startedHere: boolean;
  /** Stops the server if this process started it (else does nothing); waits for the JVM to exit. */
  stop(): Promise<void>;
}

export interface StartOptions {
  home: string;
  credentials: Credentials;
  /** Unset: DEFAULT_MEMORY. */
  memory?: Neo4jMemory;
  /** Unset: the OS picks a free port. */
  fixedPort?: number;
  /** Whether the home (and so Neo4j's logs/debug.log) survives a stop; error hints point there only then. */
  keepsHome: boolean;
  log: (line: string) => void;
  /** Runs after the JVM exited (normal stop or failed start): role-specific clean-up. */
  afterStop(pid: number): Promise<void>;
  /** The same, from the synchronous exit handler. */
  afterStopSync(pid: number): void;
}

/** A warm start takes 6-15 s on a busy 2-core machine; the default leaves room for a much slower day. */
const DEFAULT_START_TIMEOUT_S = 180;
const START_TIMEOUT_VARIABLE = "PROXYGRAPH_NEO4J_START_TIMEOUT_S";
/** An OS-picked port can be taken by someone else between our probe and the launcher's bind. */
const PORT_ATTEMPTS = 3;

export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j & { pid: number }> {
  const java = requireJava();
  const timeoutMs = startTimeoutMs();
  const build = await ensureLauncherBuilt(options.log);
  await mkdir(options.home, { recursive: true });

  for (let attempt = 1; ; attempt++) {
    const port = options.fixedPort === undefined ? await findFreePort() : await requireFreePort(options.fixedPort);
    const uri = `bolt://127.0.0.1:${port}`;
    options.log(`Starting local Neo4j ${build.neo4jVersion} on ${uri}…`);
    const began = Date.now();
    const launcher = spawnLauncher({ java, classpath: build.classpath, home: options.home, port, password: options.credentials.password, memory: options.memory ?? DEFAULT_MEMORY });

    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await launcher.stop();
        unregister();
        await options.afterStop(launcher.pid);
      })());
    const unregister = stopOnExit({
      stop,
      stopSync: () => {
        launcher.stopSync();
        options.afterStopSync(launcher.pid);
      },
    });

    const outcome = await launcher.started(timeoutMs);
    if (outcome.kind === "ready" && (await waitForBolt(uri, options.credentials, Date.now() + 30_000))) {
      options.log(`Neo4j ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      return { uri, ...options.credentials, startedHere: true, stop, pid: launcher.pid };
    }
    const output = [...launcher.outputTail(), ...(await debugLogTail(options.home))];
    await stop();
    if (outcome.kind === "port-in-use" && options.fixedPort !== undefined) throw portBusyError(options.fixedPort);
    if (outcome.kind === "port-in-use" && attempt < PORT_ATTEMPTS) continue;
    throw startError(outcome, uri, options.keepsHome ? options.home : undefined, timeoutMs, output);
  }
}

function startError(outcome: StartOutcome, uri: string, keptHome: string | undefined, timeoutMs: number, output: string[]): Neo4jProvisionError {
  const logs = keptHome ? `see ${path.join(keptHome, "logs", "debug.log")} and the output below` : "see the output below";
  switch (outcome.kind) {
    case "timeout":
      return new Neo4jProvisionError(
        `Neo4j did not become ready within ${timeoutMs / 1000} s`,
        `${logs}; on a slow machine raise ${START_TIMEOUT_VARIABLE} (default ${DEFAULT_START_TIMEOUT_S}), ${USE_EXISTING_SERVER}`,
        output,
      );
    case "ready":
      return new Neo4jProvisionError(`Neo4j started but ${uri} did not accept its credentials`, `${logs}, ${USE_EXISTING_SERVER}`, output);
    default:
      return new Neo4jProvisionError(`Neo4j failed to start: ${outcome.message}`, `${logs}, ${USE_EXISTING_SERVER}`, output);
  }
}

function startTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[START_TIMEOUT_VARIABLE]?.trim();
  const seconds = raw ? Number(raw) : DEFAULT_START_TIMEOUT_S;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Neo4jProvisionError(`${START_TIMEOUT_VARIABLE} must be a number of seconds, got "${raw}"`, `fix or unset ${START_TIMEOUT_VARIABLE}`);
  }
  return seconds * 1000;
}

/** Neo4j writes its reasons to debug.log, not to the console; a test home is deleted right after. */
async function debugLogTail(home: string): Promise<string[]> {
  const text = await readFile(path.join(home, "logs", "debug.log"), "utf8").catch(() => "");
  const problems = text.split("\n").filter((line) => / (ERROR|WARN) /.test(line));
  return problems.slice(-8).map((line) => `debug.log: ${line}`);
}
