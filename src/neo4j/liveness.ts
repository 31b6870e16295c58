/** Whether a recorded pid still is what we think it is: pids outlive nothing, and get reused. */
import { existsSync, readFileSync } from "node:fs";

export const LAUNCHER_CLASS = "proxygraph.Neo4jLauncher";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // An exited child that Node has not reaped yet (we may be in a synchronous exit handler) still answers kill(0).
  return !isZombie(pid);
}

/** Alive and running our launcher, so that a reused pid is never mistaken for our server. */
export function isLauncherProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  if (!existsSync("/proc/self")) return true; // No procfs: the pid is all we can go by.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.charAt(stat.lastIndexOf(")") + 2) === "Z";
  } catch {
    return false;
  }
}
