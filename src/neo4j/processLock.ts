/**
 * A lock file between processes of this machine, so that two of them starting at once neither build the
 * launcher twice nor start two servers on one data directory. The holder's pid is in the file: a lock
 * whose holder died (Ctrl-C, kill -9) is stale and taken over.
 */
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { isProcessAlive } from "./liveness.js";

export interface LockHolder {
  pid: number;
  since: number;
}

/** A holder older than this is presumed gone even if its pid is alive again (pid reuse after a reboot). */
const MAX_HOLD_MS = 30 * 60_000;

export function isLockStale(holder: LockHolder | undefined, now: number, isAlive: (pid: number) => boolean): boolean {
  if (!holder) return true;
  return now - holder.since > MAX_HOLD_MS || !isAlive(holder.pid);
}

export async function withFileLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  options: { timeoutMs: number; onWait?: (holder: LockHolder) => void; onTimeout: (holder: LockHolder) => Error },
): Promise<T> {
  await acquire(lockPath, options);
  try {
    return await work();
  } finally {
    await release(lockPath);
  }
}

async function acquire(
  lockPath: string,
  options: { timeoutMs: number; onWait?: (holder: LockHolder) => void; onTimeout: (holder: LockHolder) => Error },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let toldWaiting = false;
  for (;;) {
    if (await tryCreate(lockPath)) return;
    const holder = await readHolder(lockPath);
    if (holder === "released") continue;
    if (isLockStale(holder, Date.now(), isProcessAlive)) {
      await removeStale(lockPath);
      continue;
    }
    if (holder && !toldWaiting) {
      options.onWait?.(holder);
      toldWaiting = true;
    }
    if (Date.now() > deadline && holder) throw options.onTimeout(holder);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let drafts = 0;

/** Written aside, then hard-linked into place: the lock never exists without its holder's pid in it. */
async function tryCreate(lockPath: string): Promise<boolean> {
  // Unique per attempt: two waiters in one process within a millisecond must not share (and rewrite)
  // one draft, which is the lock's own inode once linked.
  const draft = `${lockPath}.${process.pid}.${++drafts}`;
  const holder: LockHolder = { pid: process.pid, since: Date.now() };
  await writeFile(draft, JSON.stringify(holder));
  try {
    await link(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => {});
  }
}

/** `undefined` for a lock file that makes no sense (it is then stale); "released" when it is gone. */
async function readHolder(lockPath: string): Promise<LockHolder | "released" | undefined> {
  try {
    const holder = JSON.parse(await readFile(lockPath, "utf8")) as Partial<LockHolder>;
    if (typeof holder.pid === "number" && typeof holder.since === "number") return { pid: holder.pid, since: holder.since };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "released";
  }
  return undefined;
}

/**
 * Renamed away rather than unlinked, so that of two processes clearing the same stale lock only one
 * succeeds. Should the one renamed have been a fresh lock (taken between our read and our rename), it
 * goes back in place.
 */
async function removeStale(lockPath: string): Promise<void> {
  const aside = `${lockPath}.stale.${process.pid}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const holder = await readHolder(aside);
  if (typeof holder === "object" && !isLockStale(holder, Date.now(), isProcessAlive)) {
    await link(aside, lockPath).catch(() => {});
  }
  await unlink(aside).catch(() => {});
}

async function release(lockPath: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (typeof holder === "object" && holder.pid === process.pid) await unlink(lockPath).catch(() => {});
}
