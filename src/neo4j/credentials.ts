/**
 * The password of the local Neo4j. The shared instance's is random, made once and kept in .neo4j/, so its
 * data directory keeps working across runs; a test instance gets a new one each time.
 */
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { neo4jPaths } from "./paths.js";

export const LOCAL_USER = "neo4j";

export interface Credentials {
  user: string;
  password: string;
}

/** 24 URL-safe characters: over Neo4j's 8-character minimum, and nothing to escape anywhere. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Called under the shared lock, so two processes never make two passwords. */
export async function loadOrCreateSharedCredentials(file: string = neo4jPaths.credentials): Promise<Credentials> {
  const existing = await readFile(file, "utf8").then(parseCredentials, () => undefined);
  if (existing) return existing;
  const created: Credentials = { user: LOCAL_USER, password: generatePassword() };
  await writeFile(file, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  return created;
}

function parseCredentials(text: string): Credentials | undefined {
  try {
    const value = JSON.parse(text) as Partial<Credentials>;
    if (typeof value.user === "string" && typeof value.password === "string" && value.password.length >= 8) {
      return { user: value.user, password: value.password };
    }
  } catch {
    // Unreadable: a new password replaces it, and the launcher makes the database follow.
  }
  return undefined;
}
