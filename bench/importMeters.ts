/**
 * What `npm run bench:import` measures besides the rate: CPU seconds of this process and of the Neo4j
 * JVM (from /proc, so a busy shared machine inflates wall-clock time but not these), the JVM's heap
 * (jstat), and the wall-clock time each import stage took (src/graph/importStages.ts).
 */
import { execFile } from "node:child_process";
import { subscribe } from "node:diagnostics_channel";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { importStageChannel, type ImportStage, type StageTime } from "../src/graph/importStages.js";

const CLOCK_TICKS_PER_SECOND = 100;
const LAUNCHER_CLASS = "proxygraph.Neo4jLauncher";

/** The pid of the local Neo4j launcher listening on the Bolt URI's port: its command line ends with home, port and page cache. */
export function neo4jPidFor(uri: string): number | undefined {
  const port = new URL(uri.replace(/^bolt/, "http")).port;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const at = args.indexOf(LAUNCHER_CLASS);
      if (at >= 0 && args[at + 2] === port) return Number(entry);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return undefined;
}

/** User + system CPU seconds of a process, from /proc/<pid>/stat (fields 14 and 15, after the command in parentheses). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

export function processRssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Used and committed heap of a JVM in MB (jstat -gc), or undefined without a JDK's jstat. */
export async function jvmHeapMb(pid: number): Promise<{ used: number; committed: number } | undefined> {
  try {
    const { stdout } = await promisify(execFile)("jstat", ["-gc", String(pid)]);
    const [header, values] = stdout.trim().split("\n").map((line) => line.trim().split(/\s+/));
    const column = (name: string) => Number(values![header!.indexOf(name)]);
    const used = column("S0U") + column("S1U") + column("EU") + column("OU");
    const committed = column("S0C") + column("S1C") + column("EC") + column("OC");
    return { used: used / 1024, committed: committed / 1024 };
  } catch {
    return undefined;
  }
}

/** Sums the wall-clock milliseconds of each import stage while subscribed. */
export function stageTotals(): Map<ImportStage, number> {
  const totals = new Map<ImportStage, number>();
  subscribe(importStageChannel.name, (message) => {
    const { stage, ms } = message as StageTime;
    totals.set(stage, (totals.get(stage) ?? 0) + ms);
  });
  return totals;
}
