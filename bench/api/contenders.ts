/** Starts bench/api/servers.ts as a child process and hands back the contenders' URLs and a stop(). */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Neo4jTarget } from "../../src/config.js";
import type { Urls } from "./plan.js";

const SERVERS = fileURLToPath(new URL("./servers.ts", import.meta.url));

export interface Contenders {
  urls: Urls;
  /** The servers' process (all three contenders share it; one is under load at a time). */
  pid: number;
  /** Peak resident memory of the servers' process so far (all three contenders share it), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startContenders(target: Neo4jTarget): Promise<Contenders> {
  // As deployed: graphql-js (both GraphQL contenders) skips its development-only checks in production.
  const child = spawn(process.execPath, ["--import", "tsx", SERVERS], {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", BENCH_NEO4J_URI: target.uri, BENCH_NEO4J_USER: target.user, BENCH_NEO4J_PASSWORD: target.password },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const urls = await new Promise<Urls>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench/api/servers.ts exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith("BENCH_SERVERS ")) resolve(JSON.parse(line.slice("BENCH_SERVERS ".length)) as Urls);
      else console.log(`[servers] ${line}`);
    });
  });
  return {
    urls,
    pid: child.pid!,
    peakRssMb: () => peakRssOf(child.pid!),
    async stop() {
      child.stdin!.end();
      await exited;
    },
  };
}

/** VmHWM of /proc/<pid>/status: the process's peak resident set. 0 where /proc is not there. */
function peakRssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}
