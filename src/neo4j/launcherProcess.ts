/**
 * The Java launcher as a child process: spawn it, wait for its READY line, stop it.
 * Its stdin stays an open pipe: when this process dies, the pipe closes and the launcher shuts Neo4j down.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Neo4jProvisionError } from "./errors.js";
import { LAUNCHER_CLASS, isProcessAlive } from "./liveness.js";
import { OutputTail } from "./outputTail.js";
import { INSTALL_JAVA } from "./prerequisites.js";

export interface Neo4jMemory {
  heapMb: number;
  /**
   * A fixed young generation (and the whole heap reserved up front). Unset, G1 sizes it to meet its
   * pause goal, which on a starved CPU shrinks it until every batch write outlives several young
   * collections and is promoted: the old generation fills with garbage and collections come every second.
   */
  youngMb?: number;
  pageCacheMb: number;
}

/** Modest memory for a 2-core/24 GiB machine: the shared and test instances hold small graphs. */
export const DEFAULT_MEMORY: Neo4jMemory = { heapMb: 1024, pageCacheMb: 256 };

/** The JVM flags Neo4j's own scripts pass. */
const JVM_OPTIONS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  // Lets the page cache use direct buffers the fast way instead of its fallback.
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

/** Neo4j checkpoints on shutdown; past this we stop asking. */
const STOP_GRACE_MS = 30_000;

export type StartOutcome =
  | { kind: "ready" }
  | { kind: "port-in-use"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "timeout" };

export interface LauncherProcess {
  readonly pid: number;
  /** Resolves with READY, FAILED (port clash or other), an early exit, or the timeout. */
  started(timeoutMs: number): Promise<StartOutcome>;
  /** Stops Neo4j and waits for the JVM to exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** The same from a synchronous exit handler: blocks until the JVM is gone. */
  stopSync(): void;
  outputTail(): string[];
}

export function spawnLauncher(options: { java: string; classpath: string; home: string; port: number; password: string; memory: Neo4jMemory }): LauncherProcess {
  const { heapMb, youngMb, pageCacheMb } = options.memory;
  const heap = youngMb === undefined ? ["-Xms256m", `-Xmx${heapMb}m`] : [`-Xms${heapMb}m`, `-Xmx${heapMb}m`, `-Xmn${youngMb}m`];
  const child = spawn(
    options.java,
    [...heap, ...JVM_OPTIONS, "-cp", options.classpath, LAUNCHER_CLASS, options.home, String(options.port), String(pageCacheMb)],
    // The password goes by environment: arguments are visible to every user in `ps`.
    { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, PROXYGRAPH_NEO4J_PASSWORD: options.password } },
  );
  // The first of READY, FAILED or exit decides how the start went; later events change nothing.
  let settle!: (outcome: StartOutcome) => void;
  const outcome = new Promise<StartOutcome>((resolve) => (settle = resolve));
  child.once("error", (error) => settle({ kind: "failed", message: `could not run ${options.java}: ${error.message}` }));
  // Ending stdin of a launcher that has already exited raises EPIPE here; it is gone either way.
  child.stdin!.on("error", () => {});
  if (child.pid === undefined) {
    throw new Neo4jProvisionError(`could not run ${options.java}`, INSTALL_JAVA);
  }
  const pid = child.pid;
  const output = new OutputTail(25);
  output.follow(child.stdout!, (line) => {
    if (line.startsWith("PROXYGRAPH_NEO4J_READY")) settle({ kind: "ready" });
    if (line.startsWith("PROXYGRAPH_NEO4J_FAILED")) {
      const message = line.slice("PROXYGRAPH_NEO4J_FAILED".length).trim();
      settle(/already in use|cannot bind/i.test(message) ? { kind: "port-in-use", message } : { kind: "failed", message });
    }
  });
  output.follow(child.stderr!);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", (code, signal) => settle({ kind: "failed", message: `the launcher exited (${signal ?? `exit code ${code}`}) before it was ready` }));
  // Neither the child nor its pipes keep this process alive: a script that forgets stop() still ends,
  // and then the exit handler (or the stdin EOF) stops Neo4j.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void })?.unref?.();

  return {
    pid,
    async started(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<StartOutcome>((resolve) => (timer = setTimeout(() => resolve({ kind: "timeout" }), timeoutMs)));
      try {
        return await Promise.race([outcome, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    stop: () => stopChild(child, exited),
    stopSync: () => stopChildSync(child, pid),
    outputTail: () => output.last(),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), STOP_GRACE_MS)));
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}

function stopChildSync(child: ChildProcess, pid: number): void {
  if (child.exitCode !== null || child.signalCode !== null || !isProcessAlive(pid)) return;
  child.kill("SIGTERM");
  if (waitForExitSync(pid, STOP_GRACE_MS)) return;
  child.kill("SIGKILL");
  waitForExitSync(pid, 5_000);
}

/** Sleeps without the event loop, which no longer runs in an exit handler. */
function waitForExitSync(pid: number, timeoutMs: number): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    Atomics.wait(pause, 0, 0, 50);
  }
  return !isProcessAlive(pid);
}
