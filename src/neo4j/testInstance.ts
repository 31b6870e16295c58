/**
 * A throwaway instance for a test run: a fresh home under .neo4j/test-data/, a new password, deleted on
 * stop. Tests never see the user's data, and homes left by killed runs are swept on the next start.
 */
import { rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { LOCAL_USER, generatePassword } from "./credentials.js";
import { isProcessAlive } from "./liveness.js";
import { startLocalNeo4j, type LocalNeo4j } from "./localServer.js";
import { neo4jPaths } from "./paths.js";

export async function startTestNeo4j(log: (line: string) => void): Promise<LocalNeo4j> {
  await removeAbandonedTestHomes();
  const home = path.join(neo4jPaths.testHomes, testHomeName(process.pid, Date.now()));
  return startLocalNeo4j({
    home,
    credentials: { user: LOCAL_USER, password: generatePassword() },
    keepsHome: false,
    log,
    afterStop: () => rm(home, { recursive: true, force: true }),
    afterStopSync: () => rmSync(home, { recursive: true, force: true }),
  });
}

export function testHomeName(ownerPid: number, time: number): string {
  return `${ownerPid}-${time}`;
}

/** The Node pid a test home belongs to, from its name; undefined for anything else. */
export function testHomeOwner(name: string): number | undefined {
  const match = /^(\d+)-\d+$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

async function removeAbandonedTestHomes(): Promise<void> {
  const names = await readdir(neo4jPaths.testHomes).catch(() => [] as string[]);
  for (const name of names) {
    const owner = testHomeOwner(name);
    if (owner !== undefined && !isProcessAlive(owner)) {
      await rm(path.join(neo4jPaths.testHomes, name), { recursive: true, force: true });
    }
  }
}
