import type { EntityTable } from "./entities.js";
import type { Mention } from "./mentions.js";
import { SPEECH_VERBS } from "./vocabulary.js";
import type { WordSentence } from "./words.js";

/**
 * A sentence seen as words and entity groups: coordinated mentions ("the UAE, Jordan and Egypt")
 * become one group, and clause boundaries tell where a verb's subject can be.
 */
export interface Group {
  start: number;
  end: number;
  keys: string[];
  kind: "actor" | "location";
}

export interface View {
  s: WordSentence;
  groups: Group[];
  table: EntityTable;
}

const JOINERS = /^(,|and|or|as well as|the|also|even|\)|")$/;
const BOUNDARY = /^(;|:|when|while|because|although|whereas|but|however|where|since|after|before|until|who|which)$/;

export function buildView(s: WordSentence, mentions: Mention[], table: EntityTable): View {
  const groups: Group[] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const gap = last ? s.words.slice(last.end, m.start).map((w) => w.lower) : [];
    const bothCountries = last && [last.keys[0], m.key].every((k) => /^(state|loc):[A-Z]{3}$/.test(k));
    const joinable = last && (last.kind === m.kind || bothCountries) && gap.length > 0 && gap.length <= 3 && gap.every((g) => JOINERS.test(g)) && gap.some((g) => g === "," || g === "and" || g === "or");
    if (joinable && !last.keys.includes(m.key)) {
      last.end = m.end;
      last.keys.push(m.key);
    } else if (joinable) last.end = m.end;
    else groups.push({ start: m.start, end: m.end, keys: [m.key], kind: m.kind });
  }
  return { s, groups, table };
}

export const isBoundary = (v: View, i: number) => {
  const w = v.s.words[i];
  if (!w) return true;
  if (BOUNDARY.test(w.lower)) return !(w.lower === "since" && /^(NUM|PROPN)$/.test(v.s.words[i + 1]?.pos ?? "") && !v.groups.some((g) => g.start === i + 1));
  // "is said to be" hedges; it does not report speech.
  return SPEECH_VERBS.has(w.lower) && !/^(is|are|was|were|be)$/.test(v.s.words[i - 1]?.lower ?? "");
};

export function groupAt(v: View, i: number): Group | undefined {
  return v.groups.find((g) => g.start <= i && i < g.end);
}

const actorsOnly = (v: View, g: Group) => g.kind === "actor";
const PLACE_PREPOSITIONS = /^(in|into|inside|to|toward|towards|from|across|throughout|near|outside|around|within|via|through|of|over)$/;
const isCountryGroup = (v: View, g: Group) => g.keys.every((k) => v.table.get(k)?.type === "COUNTRY");

/** The subject of the clause the word at `i` is in: its first actor group, skipping appositions. */
export function subjectOf(v: View, i: number): Group | undefined {
  let start = i;
  while (start > 0 && !isBoundary(v, start - 1)) start--;
  // Step over a closed relative clause: "the government, which also leads the army, is supported by".
  while (start > 1 && /^(which|who)$/.test(v.s.words[start - 1].lower) && v.s.words[start - 2]?.text === "," && v.s.words.slice(start, i).some((w) => w.text === ",")) {
    start -= 2;
    while (start > 0 && !isBoundary(v, start - 1)) start--;
  }
  // A subordinate clause ("which also leads the army") does not hold the subject of the main verb.
  const candidates = v.groups.filter((g) => g.start >= start && g.end <= i && actorsOnly(v, g));
  for (const g of candidates) {
    const prev = v.s.words[g.start - 1]?.lower ?? "";
    if (/^(of|to|from|with|by|for|in|on|against|than|between)$/.test(prev)) continue;
    return g;
  }
  if (start > 0 && candidates.length === 0 && /^(and|but)$/.test(v.s.words[start - 1]?.lower ?? "")) return subjectOf(v, start - 1);
  // "Houthi rebels, who are backed by Iran": the subject of a relative clause is what it describes.
  if (candidates.length === 0 && /^(who|which|that)$/.test(v.s.words[start - 1]?.lower ?? "")) {
    const end = v.s.words[start - 2]?.text === "," ? start - 2 : start - 1;
    return v.groups.find((g) => g.end === end && g.kind === "actor");
  }
  return candidates[0];
}

/** The first group after `i` in the same clause, optionally only after one of `preps`. */
export function objectAfter(v: View, i: number, opts: { kind?: "actor" | "location"; within?: number; after?: RegExp } = {}): Group | undefined {
  const limit = Math.min(v.s.words.length, i + 1 + (opts.within ?? 10));
  for (let j = i + 1; j < limit; j++) {
    const w = v.s.words[j];
    if (w.text === ";" || w.text === "." || (j > i + 1 && /^(when|while|because|but|who|which|whereas)$/.test(w.lower)) || w.lower === "what") return undefined;
    const g = v.groups.find((x) => x.start === j);
    if (!g) continue;
    const lead = /^(the|a|an)$/.test(v.s.words[j - 1]?.lower ?? "") ? j - 2 : j - 1;
    const leadWord = v.s.words[lead]?.lower ?? "";
    if (opts.after && !opts.after.test(leadWord)) { j = g.end - 1; continue; }
    if (!opts.kind || g.kind === opts.kind) return g;
    // A country is a party ("launched drones at Saudi Arabia", "supplied drones to Russia") unless
    // it is only where something happens ("fighting in Libya").
    if (opts.kind === "actor" && isCountryGroup(v, g) && (opts.after || !PLACE_PREPOSITIONS.test(leadWord))) return g;
    j = g.end - 1;
  }
  return undefined;
}
