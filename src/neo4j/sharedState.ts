/**
 * The record of the running shared instance (.neo4j/run/shared.json), so that `npm start` and the `kg` CLI
 * find and reuse the server whichever of them started it. Written once the server is ready, removed when
 * it stops; a record whose launcher died is stale and removed by the next reader.
 */
import { readFileSync, unlinkSync } from "node:fs";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { neo4jPaths } from "./paths.js";

export interface SharedState {
  /** The launcher's (Java) pid. */
  pid: number;
  /** The Node process that started it, and stops it. */
  ownerPid: number;
  port: number;
  user: string;
  password: string;
  startedAt: string;
}

export type SharedStateVerdict = "absent" | "stale" | "running";

/** Pure, for the tests: what a record means, given whether its launcher still runs. */
export function judgeSharedState(state: SharedState | undefined | "unreadable", isLauncher: (pid: number) => boolean): SharedStateVerdict {
  if (state === undefined) return "absent";
  if (state === "unreadable") return "stale";
  return isLauncher(state.pid) ? "running" : "stale";
}

export function parseSharedState(text: string): SharedState | "unreadable" {
  try {
    const value = JSON.parse(text) as Partial<SharedState>;
    const { pid, ownerPid, port, user, password, startedAt } = value;
    if (
      Number.isInteger(pid) && Number.isInteger(ownerPid) && Number.isInteger(port) &&
      typeof user === "string" && typeof password === "string" && typeof startedAt === "string"
    ) {
      return { pid: pid!, ownerPid: ownerPid!, port: port!, user, password, startedAt };
    }
  } catch {
    // Falls through: a half-written or foreign file is as good as none.
  }
  return "unreadable";
}

export async function readSharedState(file: string = neo4jPaths.sharedState): Promise<SharedState | "unreadable" | undefined> {
  try {
    return parseSharedState(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Written aside and renamed, so a reader never sees half a record. Mode 600: it holds the password. */
export async function writeSharedState(state: SharedState, file: string = neo4jPaths.sharedState): Promise<void> {
  const draft = `${file}.${process.pid}`;
  await writeFile(draft, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(draft, file);
}

/** Removes the record if it is about this launcher: a newer server's record is not ours to remove. */
export async function forgetSharedState(pid: number, file: string = neo4jPaths.sharedState): Promise<void> {
  const state = await readSharedState(file);
  if (state === "unreadable" || state?.pid === pid) await removeSharedState(file);
}

/** The same, for an exit handler, where nothing asynchronous runs any more. */
export function forgetSharedStateSync(pid: number, file: string = neo4jPaths.sharedState): void {
  try {
    const state = parseSharedState(readFileSync(file, "utf8"));
    if (state === "unreadable" || state.pid === pid) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

export async function removeSharedState(file: string = neo4jPaths.sharedState): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
