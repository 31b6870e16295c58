/**
 * Entity resolution across articles: which existing actor an extracted actor is. Pure: the import
 * transaction fetches what the graph knows about each actor (analyst redirects and aliases, the
 * node with its id, full-text candidates) and these rules decide.
 *
 * Order: an analyst's correction (a merge redirect, then an alias of the name) wins; then an actor
 * with the same canonical id; then one existing actor whose name is among the new actor's keys or
 * whose keys hold the new actor's name (acronyms: "LNA" ↔ "Libyan National Army"), or one whose
 * name is all but identical. Anything less certain is not guessed: the actor gets its own node and
 * a POSSIBLY_SAME_AS {score} edge to each similar candidate, for an analyst to `kg merge`.
 */
import { distance } from "fastest-levenshtein";
import type { ActorType } from "../extract/types.js";
import { fulltextPhrase, normaliseName } from "./lookup.js";

/** At or above this similarity two names are one actor spelled two ways ("Rapid Suport Forces"). */
export const AUTO_MERGE_SCORE = 0.95;
/** Below this similarity a candidate is not worth an analyst's look. */
export const CANDIDATE_FLOOR = 0.75;
/** Full-text candidates fetched per new actor: bounds the work an import does for one name. */
export const CANDIDATE_LIMIT = 10;

/** Types one actor can be matched across: a group's kind varies with how an article describes it. */
const GROUP_TYPES: readonly ActorType[] = ["ARMED_GROUP", "ORGANIZATION", "POLITICAL_GROUP"];

export interface IncomingActor {
  id: string;
  name: string;
  type: string;
  lookupKeys: string[];
}

/** What the graph knows about one incoming actor (one row of import/resolve-actors). */
export interface ActorLookup {
  id: string;
  redirectedTo: string | null;
  aliasedTo: string | null;
  known: boolean;
  candidates: { id: string; name: string; lookupKeys: string[] }[];
}

export interface Resolution {
  /** The actor's id in the graph. */
  id: string;
  possiblySameAs: { id: string; score: number }[];
}

/** The parameter row import/resolve-actors takes for one actor. */
export function resolveRow(actor: IncomingActor): { id: string; nameKey: string; query: string | null; types: string[] } {
  const searchable = !isCountryCoded(actor.id) && actor.type !== "STATE" && actor.type !== "GOVERNMENT";
  return {
    id: actor.id,
    nameKey: normaliseName(actor.name),
    query: searchable ? candidateQuery(actor) : null,
    types: compatibleTypes(actor.type),
  };
}

/** States, governments and national armies have ISO-coded ids ("gov:SDN"), canonical already. */
function isCountryCoded(id: string): boolean {
  return /:[A-Z]{3}$/.test(id);
}

function compatibleTypes(type: string): string[] {
  return (GROUP_TYPES as readonly string[]).includes(type) ? [...GROUP_TYPES] : [type];
}

/**
 * One Lucene query for candidates: every key as an exact phrase (acronyms, aliases), and the name's
 * words with edit-distance fuzziness (misspellings, "Nation" for "National").
 */
export function candidateQuery(actor: IncomingActor): string | null {
  const phrases = actor.lookupKeys.map(fulltextPhrase);
  const words = normaliseName(actor.name).match(/[\p{L}\p{N}]+/gu) ?? [];
  const fuzzy = words.map((word) => (word.length >= 4 ? `${word}~1` : word));
  const clauses = [...phrases, ...(fuzzy.length > 0 ? [`(${fuzzy.join(" ")})`] : [])];
  return clauses.length > 0 ? clauses.join(" OR ") : null;
}

/** 1 for the same normalised name, down to 0: Levenshtein distance over the longer length. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : Math.round((1 - distance(x, y) / longest) * 1000) / 1000;
}

export function resolveActor(actor: IncomingActor, lookup: ActorLookup): Resolution {
  if (lookup.redirectedTo) return { id: lookup.redirectedTo, possiblySameAs: [] };
  if (lookup.aliasedTo) return { id: lookup.aliasedTo, possiblySameAs: [] };
  if (lookup.known) return { id: actor.id, possiblySameAs: [] };

  const nameKey = normaliseName(actor.name);
  const scored = lookup.candidates
    .filter((candidate) => candidate.id !== actor.id)
    .map((candidate) => {
      const sameKey = candidate.lookupKeys.includes(nameKey) || actor.lookupKeys.includes(normaliseName(candidate.name));
      return { id: candidate.id, score: sameKey ? 1 : nameSimilarity(actor.name, candidate.name) };
    });
  const certain = scored.filter((candidate) => candidate.score >= AUTO_MERGE_SCORE);
  if (certain.length === 1) return { id: certain[0]!.id, possiblySameAs: [] };
  // Two or more certain candidates are an ambiguity too ("LNA" for two armies): all become candidates.
  const possible = scored.filter((candidate) => candidate.score >= CANDIDATE_FLOOR);
  return { id: actor.id, possiblySameAs: uniqueBest(possible) };
}

function uniqueBest(candidates: { id: string; score: number }[]): { id: string; score: number }[] {
  const best = new Map<string, number>();
  for (const { id, score } of candidates) best.set(id, Math.max(score, best.get(id) ?? 0));
  return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
