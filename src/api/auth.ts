/**
 * API keys: who may mutate, and who may query when queries are closed. Keys come from
 * PROXYGRAPH_API_KEYS and arrive as `Authorization: Bearer <key>`.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** What a request proved: no key, a key we do not know (or a malformed header), or a known key. */
export type Credential = "none" | "invalid" | "valid";

export function credentialOf(authorization: string | undefined, apiKeys: readonly string[]): Credential {
  if (authorization === undefined || authorization.trim() === "") return "none";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return "invalid";
  return isKnownKey(match[1], apiKeys) ? "valid" : "invalid";
}

/**
 * Compares in constant time: digests make the lengths equal, and every key is compared, so
 * neither the position of a mismatch nor which key matched shows in the timing.
 */
function isKnownKey(presented: string, apiKeys: readonly string[]): boolean {
  const digest = sha256(presented);
  let known = false;
  for (const key of apiKeys) known = timingSafeEqual(digest, sha256(key)) || known;
  return known;
}

function sha256(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
