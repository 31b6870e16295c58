/**
 * CPU time per request, split between the contenders' process and Neo4j: requests/s on a shared
 * machine follow CPU per request, and the split says which side a difference between contenders is on.
 * Read from Linux's /proc; where it is missing (or Neo4j is not on this machine) the figures are absent.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** User plus system CPU a process has used so far, in ms. */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The process listening on this TCP port of this machine (a local Neo4j's Bolt port), if it can be found. */
export function listenerPid(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lines: string[];
    try {
      lines = readFileSync(table, "utf8").trim().split("\n").slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      const localPort = parseInt(fields[1]!.split(":")[1]!, 16);
      const listening = fields[3] === "0A";
      if (listening && localPort === port) inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket && inodes.has(socket[1]!)) return Number(pid);
      }
    } catch {
      // Processes come and go, and some are not ours to read.
    }
  }
  return undefined;
}
