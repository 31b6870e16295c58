/**
 * How claims become the derived direct edges (Actor)-[:SUPPORTS|…]->(…): which pairs, and what
 * aggregates. Pure, so the rules are tested without a database.
 */
import { SUPPORT_KINDS, SYMMETRIC_RELATIONS, type RelationType, type SupportKind } from "../extract/types.js";
import type { ClaimFacts, EdgeAggregate, Pair } from "./mappers.js";

// A symmetric relation is one edge, from the smaller id.
export { SYMMETRIC_RELATIONS };

export function canonicalPair(pair: Pair): Pair {
  if (SYMMETRIC_RELATIONS.has(pair.type) && pair.target < pair.source) {
    return { type: pair.type, source: pair.target, target: pair.source };
  }
  return { type: pair.type, source: pair.source, target: pair.target };
}

/** The directed claim patterns a canonical pair stands for. */
export function directedPairs(pair: Pair): Pair[] {
  const reversed = { type: pair.type, source: pair.target, target: pair.source };
  return SYMMETRIC_RELATIONS.has(pair.type) && pair.source !== pair.target ? [pair, reversed] : [pair];
}

export function pairKey(pair: Pair): string {
  return JSON.stringify([pair.type, pair.source, pair.target]);
}

export function uniquePairs(pairs: Pair[]): Pair[] {
  return [...new Map(pairs.map((pair) => [pairKey(pair), pair])).values()];
}

export function aggregateClaims(type: RelationType, claims: ClaimFacts[]): EdgeAggregate {
  const kinds = kindsByFrequency(claims);
  const starts = claims.map((claim) => claim.eventDate ?? claim.date).filter(isString).sort();
  const ends = claims.map((claim) => claim.eventUntil ?? claim.eventDate ?? claim.date).filter(isString).sort();
  return {
    kinds,
    // A bare "supports" is still support: its kind is UNSPECIFIED, never missing.
    kind: type === "SUPPORTS" ? (kinds[0] ?? "UNSPECIFIED") : null,
    // One unhedged report is enough to call the edge unhedged.
    hedged: claims.every((claim) => claim.hedged),
    claims: claims.length,
    articles: new Set(claims.map((claim) => claim.articleId)).size,
    firstDate: starts[0] ?? null,
    lastDate: ends.at(-1) ?? null,
  };
}

/** Most-reported first; UNSPECIFIED only after every specific kind; ties in SUPPORT_KINDS order. */
function kindsByFrequency(claims: ClaimFacts[]): SupportKind[] {
  const counts = new Map<SupportKind, number>();
  for (const claim of claims) {
    for (const kind of new Set(claim.kinds)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const rank = (kind: SupportKind) => (kind === "UNSPECIFIED" ? 1 : 0);
  return [...counts.keys()].sort(
    (a, b) => rank(a) - rank(b) || counts.get(b)! - counts.get(a)! || SUPPORT_KINDS.indexOf(a) - SUPPORT_KINDS.indexOf(b),
  );
}

function isString(value: string | null): value is string {
  return value !== null;
}
