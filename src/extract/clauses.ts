import type { EntityTable } from "./entities.js";
import type { Mention } from "./mentions.js";
import { DESCRIBING_NOUNS, EVENT_NOUNS, PARTITIVES, PARTY_PEOPLE, PLACE_HEADS, SPEECH_VERBS, TITLES } from "./vocabulary.js";
import { datelineDash, type Word, type WordSentence } from "./words.js";

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
  /**
   * What isBoundary() and opensClause() answered for each word (0: not asked yet, 1: no, 2: yes):
   * every rule asks them of the words around its trigger, and a view does not change once built.
   */
  boundaries: Uint8Array;
  opensClauses: Uint8Array;
  /** Where the sentence's dateline ends (datelineDash), asked at every word's boundary test. */
  dateline: number;
}

const JOINERS = /^(,|and|or|as well as|the|also|even|\)|")$/;
// Word lists and patterns asked of words over and over: built once, not at every test.
const COUNTRY_KEY = /^(state|loc):[A-Z]{3}$/;
const OPENING_MARKS = new Set(['"', "("]);
const VERB_TAGS = new Set(["AUX", "VERB"]);
const ADVERB_TAGS = new Set(["ADV", "AUX"]);
const NUMBER_OR_NAME = new Set(["NUM", "PROPN"]);
const BE_FORMS = new Set(["is", "are", "was", "were", "be"]);
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);
const DESCRIBING_TAGS = new Set(["DET", "ADJ"]);
const APPOSITION_TAGS = new Set(["DET", "ADJ", "NOUN"]);
// Verbs whose object does what the infinitive says: "allowed Russian troops to use", "accuses Rwanda to support" (translated copy).
const PERMISSIVE_VERBS = /^(allow|permit|enable|let|order|ask|urge|force|help|authori[sz]e|accus)/;
// "claimed more than 160 attacks", "announced an alliance", "declared a state of emergency": an object, not reported speech.
const OBJECT_TAKERS = new Set(["claimed", "announced", "declared"]);
const CLAIMED_OBJECT = /^(to|responsibility|a|an|more|dozens|several|NUM)$/;
const GERUND = /ing$/;
const ACCUSE = /^accus/;
const PASSIVE_AUXILIARIES = new Set(["is", "are", "was", "were", "been", "be"]);
const REPORTING_PARTICIPLES = new Set(["saying", "adding", "claiming", "warning", "insisting", "arguing", "stating"]);
const GOVERNING_PREPOSITIONS = new Set(["of", "to", "from", "with", "by", "for", "in", "on", "against", "than", "between", "at", "near", "into", "under", "amid", "despite", "during", "after", "before", "without", "through", "via", "across", "inside", "outside", "within"]);
const CONJUNCTIONS = new Set(["and", "but"]);
const PARTICIPLE_OPENERS = new Set(["after", "while", "before", "when"]);
const AUXILIARIES = new Set(["has", "have", "had", "was", "were", "is", "are"]);
const CLAUSE_OPENERS = new Set(["when", "while", "because", "but", "who", "which", "whereas"]);
const BOUNDARY = /^(;|:|when|while|because|although|whereas|but|however|where|since|after|before|until|who|which)$/;

export function buildView(s: WordSentence, mentions: Mention[], table: EntityTable): View {
  // A loop rather than flatMap and a rest pattern, which cost more than the rest of building a view.
  const groups: Group[] = [];
  for (const g of coordinate(s, mentions)) {
    if (g.listed || g.keys.length <= 1) groups.push({ start: g.start, end: g.end, keys: g.keys, kind: g.kind });
    else for (const part of splitChain(s, g, mentions)) groups.push({ start: part.start, end: part.end, keys: part.keys, kind: part.kind });
  }
  const n = s.words.length;
  return { s, groups, table, boundaries: new Uint8Array(n), opensClauses: new Uint8Array(n), dateline: datelineDash(s.words) };
}

// "In eastern Congo, the M23 group": commas alone do not make a list; "A, B and C" does.
function splitChain(s: WordSentence, g: Group & { listed: boolean }, mentions: Mention[]): Array<Group & { listed: boolean }> {
  const parts: Array<Group & { listed: boolean }> = [];
  for (const m of mentions) {
    if (m.start < g.start || m.end > g.end) continue;
    const last = parts[parts.length - 1];
    // A name and its bracketed acronym stay one: "JNIM (JNIM), al-Qaeda's affiliate".
    if (last && last.keys[0] === m.key && s.words.slice(last.end, m.start).every((w) => OPENING_MARKS.has(w.text))) last.end = s.words[m.end]?.text === ")" ? m.end + 1 : m.end;
    else parts.push({ start: m.start, end: m.end, keys: [m.key], kind: m.kind, listed: false });
  }
  return parts;
}

/** The words between two mentions, read in one pass (not copied out for each test: every mention of every sentence asks). */
interface Gap {
  length: number;
  /** Every word may join a list ("," "and" "as well as" "the" …). */
  joins: boolean;
  /** A comma, "and" or "or" among them. */
  lists: boolean;
  /** "and" or "or" among them. */
  conjoined: boolean;
  /** Every word is an opening quote or bracket. */
  marks: boolean;
}

const NO_GAP: Gap = { length: 0, joins: true, lists: false, conjoined: false, marks: true };

function gapBetween(words: Word[], from: number, to: number): Gap {
  const gap = { length: 0, joins: true, lists: false, conjoined: false, marks: true };
  for (let k = from; k < Math.min(to, words.length); k++) {
    const g = words[k].lower;
    gap.length++;
    gap.joins &&= JOINERS.test(g);
    gap.lists ||= g === "," || g === "and" || g === "or";
    gap.conjoined ||= g === "and" || g === "or";
    gap.marks &&= OPENING_MARKS.has(g);
  }
  return gap;
}

const OWNERS = new Set(["its", "their"]);
const LIST_MARKS = new Set([",", "and", "or"]);

/**
 * "the CRPF, its elite CoBRA unit, the DRG and the state's STF": the members of a list may carry
 * their own words (an owner and adjectives before a name, a head noun after it, "the state's"),
 * and the list is still one group. Only such words: a verb or a preposition ends the list.
 */
function describedMembers(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    const prev = words[k - 1], next = words[k + 1];
    // "UNITA and the now largely defunct FNLA": an adverb saying how the adjective after it holds.
    if (JOINERS.test(w.lower) || OWNERS.has(w.lower) || w.pos === "ADJ" || (w.pos === "ADV" && (next?.pos === "ADJ" || next?.pos === "ADV"))) continue;
    // "the CoBRA (…) unit,": a head noun closing a member. ("Boko Haram and its offshoot, ISWAP": not an owner's
    // noun, whose apposition names a body of the owner's, no party beside it.)
    const headNoun = w.pos === "NOUN" && (k === from || prev.text === ")") && LIST_MARKS.has(next?.lower ?? "");
    // "the state's Special Task Force": a common noun's possessive before a member's name.
    const owner = w.text === "'s" ? prev?.pos === "NOUN" && words[k - 2]?.lower === "the" : w.pos === "NOUN" && prev?.lower === "the" && next?.text === "'s";
    // "its elite CoBRA (Commando Battalion …) unit": an acronym before the name it stands for.
    const acronym = (k === to - 2 && w.pos === "PROPN" && next.text === "(") || (k === to - 1 && w.text === "(" && prev.pos === "PROPN");
    // "the DPT and the Pamiri movement Lali Badakhshan": a noun saying what the member is, right before its name.
    const kind = DESCRIBING_NOUNS.has(w.lower) && k === to - 1;
    const kindWord = w.pos === "PROPN" && k === to - 2 && DESCRIBING_NOUNS.has(next.lower);
    if (!headNoun && !owner && !acronym && !kind && !kindWord) return false;
  }
  return true;
}

function coordinate(s: WordSentence, mentions: Mention[]): Array<Group & { listed: boolean }> {
  const groups: Array<Group & { listed: boolean }> = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const gap = last ? gapBetween(s.words, last.end, m.start) : NO_GAP;
    const bothCountries = last && COUNTRY_KEY.test(last.keys[0]) && COUNTRY_KEY.test(m.key);
    const joinable = last && (last.kind === m.kind || bothCountries) && gap.length > 0 && gap.lists && ((gap.length <= 3 && gap.joins) || (gap.length <= 7 && describedMembers(s.words, last.end, m.start)));
    const conjoined = gap.conjoined;
    // "drones from Baykar, and Niger has bought …": a singular verb after the last name says it opens a clause.
    if (joinable && conjoined && singularVerbAfter(s, m.end)) {
      groups.push({ start: m.start, end: m.end, keys: [m.key, ...(m.with ?? [])], kind: m.kind, listed: !!m.with });
      continue;
    }
    // A name and its bracketed acronym are one mention: 'the "Rapid Response Force" (RSF) and the army'.
    if (last && last.keys[last.keys.length - 1] === m.key && gap.length <= 2 && gap.marks) {
      // The closing bracket too: "the STC (STC), a group backed by the UAE," is apposed to the whole.
      last.end = s.words[m.end]?.text === ")" ? m.end + 1 : m.end;
      continue;
    }
    if (joinable && !last.keys.includes(m.key)) {
      last.end = m.end;
      last.keys.push(m.key);
      last.listed = conjoined;
    } else if (joinable) {
      last.end = m.end;
      last.listed ||= conjoined;
    } else groups.push({ start: m.start, end: m.end, keys: [m.key, ...(m.with ?? [])], kind: m.kind, listed: !!m.with });
  }
  // "weapons from the United States, Germany, Britain and other members of NATO": a list of names
  // closed by "and other …" is a list, though no "and" stands between two of its names.
  for (const g of groups) if (!g.listed && g.keys.length > 1 && closedByOthers(s.words, g.end)) g.listed = true;
  return groups;
}

const OTHERS = new Set(["other", "others"]);
/** "…, and other members", "and several other states", "and others", "among others": a list's end left open. */
function closedByOthers(words: Word[], i: number): boolean {
  const k = words[i]?.text === "," ? i + 1 : i;
  if (words[k]?.lower === "among") return words[k + 1]?.lower === "others";
  if (words[k]?.lower !== "and" && words[k]?.lower !== "or") return false;
  return OTHERS.has(words[k + 1]?.lower ?? "") || (words[k + 1]?.pos === "ADJ" || words[k + 1]?.pos === "NUM" || words[k + 1]?.pos === "DET") && words[k + 2]?.lower === "other";
}

const SINGULAR_VERBS = new Set(["has", "is", "was", "does"]);

/** Whether the verb right after a name (past its adverbs) agrees with one party only ("has", "sends"). */
function singularVerbAfter(s: WordSentence, i: number): boolean {
  for (let j = i; j < s.words.length; j++) {
    const w = s.words[j];
    if (SINGULAR_VERBS.has(w.lower)) return true;
    if (!ADVERB_TAGS.has(w.pos)) return w.pos === "VERB" && w.lower.endsWith("s") && !w.lower.endsWith("ss") && w.lower !== w.lemma;
  }
  return false;
}

/**
 * "Russia supplied jets, and China provided cover": an "and" followed by a party and its verb
 * opens a clause of its own; "the UAE and Egypt have backed" is one coordinated subject.
 */
export function opensClause(v: View, i: number): boolean {
  if (i < 0 || i >= v.opensClauses.length) return false;
  // Only "and" can: other words are answered without entering the test (whose closures cost an allocation per call).
  if (!v.opensClauses[i]) v.opensClauses[i] = v.s.words[i].lower === "and" && andOpensClause(v, i) ? 2 : 1;
  return v.opensClauses[i] === 2;
}

function andOpensClause(v: View, i: number): boolean {
  const w = v.s.words;
  if (w[i]?.lower !== "and" || v.groups.some((g) => g.start < i && i < g.end)) return false;
  const next = v.groups.find((g) => (g.start === i + 1 || (g.start === i + 2 && w[i + 1].pos === "DET")) && g.kind === "actor");
  if (!next) return subjectPhraseAfter(v, i);
  let j = next.end;
  while (ADVERB_TAGS.has(w[j]?.pos ?? "") && VERB_TAGS.has(w[j + 1]?.pos ?? "")) j++;
  return VERB_TAGS.has(w[j]?.pos ?? "") || subjectPhraseAfter(v, i);
}

// The words a subject's noun phrase is made of: "units of its armed wing, the PDF,", "Kurdish irregulars loyal to Baghdad".
const SUBJECT_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PRON", "PART", "PUNCT"]);

/**
 * "…, and Kurdish irregulars loyal to Baghdad are fighting alongside …", "…, and units of its armed wing, the PDF,
 * have fought …": after a first clause's verb, ", and" then a noun phrase and its own verb open a clause of their
 * own, whose subject is that phrase, however it opens (not only with a name).
 */
function subjectPhraseAfter(v: View, i: number): boolean {
  const w = v.s.words;
  // (", and in September the Treasury designated …": a phrase opening with a preposition is no subject.)
  if (w[i - 1]?.text !== "," || !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(w[i + 1]?.pos ?? "") || !w.slice(0, i - 1).some((x) => VERB_TAGS.has(x.pos))) return false;
  let j = i + 1;
  while (j < i + 16 && SUBJECT_PHRASE_TAGS.has(w[j]?.pos ?? "") && !/^(;|:|and|or|but)$/.test(w[j].lower)) j++;
  if (j === i + 1 || !w.slice(i + 1, j).some((x) => x.pos === "NOUN" || x.pos === "PROPN")) return false;
  // ("…, and militias backed by Iran": a participle that describes the phrase is no verb of its own.)
  return w[j]?.pos === "AUX" || (w[j]?.pos === "VERB" && !/ing$/.test(w[j].lower) && w[j + 1]?.lower !== "by");
}

/** The words of the coordinated clause the word at `i` is in: what a claim's kind is read from. */
export function clauseSpan(v: View, i: number): [number, number] {
  const w = v.s.words;
  let a = i, b = i + 1;
  while (a > 0 && w[a - 1].text !== ";" && !opensClause(v, a - 1)) a--;
  while (b < w.length && w[b].text !== ";" && !opensClause(v, b)) b++;
  return [a, b];
}

export function isBoundary(v: View, i: number): boolean {
  if (i < 0 || i >= v.boundaries.length) return true;
  if (!v.boundaries[i]) v.boundaries[i] = endsClause(v, i) ? 2 : 1;
  return v.boundaries[i] === 2;
}

function endsClause(v: View, i: number): boolean {
  const w = v.s.words[i];
  if (opensClause(v, i)) return true;
  // "has since seized": an adverb between an auxiliary and its verb opens no clause.
  if (w.lower === "since" && AUXILIARIES.has(v.s.words[i - 1]?.lower ?? "") && v.s.words[i + 1]?.pos === "VERB") return false;
  // ("since the 1970s", "until the 1990s": a time, not a clause.)
  const time = /^(since|after|before|until)$/.test(w.lower) && v.s.words[i + 1]?.lower === "the" && /^\d/.test(v.s.words[i + 2]?.text ?? "");
  // "X and Y, each of whom has …": a relative pronoun after a count opens a clause as "who" does.
  if (w.lower === "whom" && quantifiedRelative(v.s.words, i) >= 0) return true;
  if (BOUNDARY.test(w.lower)) return !time && !(w.lower === "since" && NUMBER_OR_NAME.has(v.s.words[i + 1]?.pos ?? "") && !groupStartsAt(v, i + 1));
  // "ADEN, Yemen (AP) — …": a dateline is no part of the first sentence's clause.
  if (i === v.dateline) return true;
  // "HRW reported that Iran supplied …", "documented how": a verb's complement clause has its own subject.
  if ((w.lower === "that" || w.lower === "how") && v.s.words[i - 1]?.pos === "VERB") return true;
  // "is said to be" hedges; it does not report speech. "claimed more than 160 attacks", "announced an alliance" take an object, not a clause.
  if (OBJECT_TAKERS.has(w.lower) && (CLAIMED_OBJECT.test(v.s.words[i + 1]?.pos === "NUM" ? "NUM" : v.s.words[i + 1]?.lower ?? "") || nounObjectAfter(v.s.words, i))) return false;
  return SPEECH_VERBS.has(w.lower) && !BE_FORMS.has(v.s.words[i - 1]?.lower ?? "");
}

/**
 * "claimed near-daily attacks on Moroccan positions", "claimed the city after months of fighting": a phrase after
 * the verb ending in a common noun that no verb follows is its object ("claimed the rebels were Congolese" is speech).
 */
function nounObjectAfter(w: Word[], i: number): boolean {
  let j = i + 1;
  while (j < i + 8 && (NOMINAL_TAGS.has(w[j]?.pos ?? "") || /^(DET|NUM|ADV)$/.test(w[j]?.pos ?? "") || (w[j]?.text === "-" && j > i + 1))) j++;
  return j > i + 1 && w[j - 1].pos === "NOUN" && !VERB_TAGS.has(w[j]?.pos ?? "");
}

// Apart from endsClause, asked of every word, so that it allocates no closure over its arguments.
function groupStartsAt(v: View, i: number): boolean {
  return v.groups.some((g) => g.start === i);
}

export function groupAt(v: View, i: number): Group | undefined {
  return v.groups.find((g) => g.start <= i && i < g.end);
}

/** "Libyan commander Khalifa Haftar": a nationality and a title before a person's name are not the object. */
const POSSESSIVES = new Set(["its", "their", "his", "her"]);

function headOf(v: View, g: Group): Group {
  // "Ukraine's National Guard": the possessed body, not the possessor.
  // "its ally Hamas attacked": a possessive pronoun owns what is named after it, too.
  if (v.s.words[g.end]?.text === "'s" || (g.end - g.start === 1 && POSSESSIVES.has(v.s.words[g.start].lower))) {
    // "Abiy's government, U.S. officials say": never past a comma.
    const owned = v.groups.find((x) => x.start > g.end && x.start <= g.end + 3 && x.kind === "actor" && !v.s.words.slice(g.end, x.start).some((w) => w.text === ","));
    if (owned) return owned;
  }
  // "Jamiat's best-known commander, Ahmed Shah Massoud, holds …": a body's office named in apposition is the person's.
  const owns = v.s.words[g.end]?.text === "'s";
  if (!owns && !g.keys.every((k) => v.table.get(k)?.type === "STATE")) return g;
  // "accused the Afghan Taliban of": a country's word describing the party named right after it.
  const described = owns ? undefined : v.groups.find((x) => x.start === g.end && x.kind === "actor");
  if (described && described.keys.every((k) => /^(ARMED_GROUP|GOVERNMENT|POLITICAL_GROUP|ORGANIZATION)$/.test(String(v.table.get(k)?.type)))) return described;
  let j = owns ? g.end + 1 : g.end;
  while (j < v.s.words.length && j < g.end + 4 && TITLES.get(v.s.words[j].lower) === undefined && (NOMINAL_TAGS.has(v.s.words[j].pos) || (owns && /^\p{Ll}+-\p{Ll}+$/u.test(v.s.words[j].text))) && !v.groups.some((x) => x.start === j)) j++;
  const titled = j > (owns ? g.end + 1 : g.end) || TITLES.get(v.s.words[j]?.lower ?? "") !== undefined;
  const titleStart = j;
  while (j < v.s.words.length && (TITLES.get(v.s.words[j].lower) !== undefined || TITLES.get(`${v.s.words[j].lower} ${v.s.words[j + 1]?.lower}`) !== undefined)) j += TITLES.get(v.s.words[j].lower) !== undefined ? 1 : 2;
  if (owns && (j === titleStart || v.s.words[j]?.text !== ",")) return g;
  if (owns) j++;
  const person = v.groups.find((x) => x.start === j && x.keys.every((k) => v.table.get(k)?.type === "PERSON"));
  return titled && person ? person : g;
}

const actorsOnly = (g: Group) => g.kind === "actor";
const FRONTIER_NOUNS = new Set(["border", "borders", "frontier", "boundary", "side"]);
const PLACE_PREPOSITIONS = /^(in|into|inside|to|toward|towards|from|across|throughout|near|outside|around|within|via|through|of|over)$/;
// "to Mali, Burkina Faso and Niger": a list of countries, some of which were read as states elsewhere.
export const isCountryGroup = (v: View, g: Group) => g.keys.every((k) => /^(COUNTRY|STATE)$/.test(String(v.table.get(k)?.type)));
// A capital stands for its state only where a party is expected by the preposition ("weapons to Moscow").
const isCapitalGroup = (v: View, g: Group) => g.keys.every((k) => v.table.get(k)?.capitalOf !== undefined);

/**
 * The subject of the clause the word at `i` is in: its first actor group, skipping appositions
 * and what prepositions govern; "accused the UAE of arming" makes the accused the subject.
 */
export function subjectOf(v: View, i: number): Group | undefined {
  const found = clauseSubject(v, i);
  return found && withCompanions(v, headOf(v, found), i);
}

/** "Burkina Faso, along with neighbours Mali and Niger, formed …": the companions act with the subject. */
function withCompanions(v: View, g: Group, i: number): Group {
  const w = v.s.words;
  let open = -1, close = -1;
  if (w[g.end]?.text === "," && companionAt(w, g.end + 1) > 0) {
    open = g.end + companionAt(w, g.end + 1);
    close = open + 1;
    while (close < i && w[close].text !== ",") close++;
  } else if (w[i - 1]?.text === ",") {
    // "Chadian troops crossed the border and, alongside forces from Niger, helped …": the phrase may stand
    // right before the verb, set off by commas, after a first verb of the same subject.
    close = i - 1;
    open = close - 1;
    while (open > g.end && open > close - 12 && w[open].text !== ",") open--;
    open = w[open]?.text === "," && open >= g.end && companionAt(w, open + 1) > 0 ? open + companionAt(w, open + 1) : -1;
  }
  if (open < 0 || close >= i) return g;
  const keys = [...g.keys];
  for (const x of v.groups) if (x.kind === "actor" && x.start > open && x.end <= close) keys.push(...x.keys);
  return keys.length > g.keys.length ? { ...g, keys } : g;
}

/** How many words "along with", "together with" or "alongside" at `k` takes (0 if none). */
function companionAt(w: Word[], k: number): number {
  if ((w[k]?.lower === "together" || w[k]?.lower === "along") && w[k + 1]?.lower === "with") return 2;
  return w[k]?.lower === "alongside" ? 1 : 0;
}

/** "Cherizier, a former police officer who leads …": past an apposition of common nouns before `k` to the person it describes. */
function apposedPerson(v: View, k: number): Group | undefined {
  const w = v.s.words;
  let j = k - 1;
  while (j > k - 7 && j > 0 && APPOSITION_TAGS.has(w[j].pos) && !v.groups.some((g) => g.start <= j && j < g.end)) j--;
  // "the VDP, the civilian auxiliaries who fight alongside the army": a party described by a noun for fighters too.
  const fighters = DESCRIBING_NOUNS.has(w[k - 1]?.lower ?? "") || FIGHTER_APPOSITIONS.has(w[k - 1]?.lower ?? "");
  return w[j]?.text === "," && j < k - 1 ? v.groups.filter((g) => g.end === j && g.keys.every((key) => v.table.get(key)?.type === "PERSON" || (fighters && v.table.get(key)?.kind === "actor"))).pop() : undefined;
}
const FIGHTER_APPOSITIONS = new Set(["auxiliaries", "volunteers", "militiamen", "members"]);
// The troops of a body, who act for it when they open a clause.
const FORCE_PEOPLE = new Set(["soldiers", "troops", "personnel", "servicemen", "commandos", "officers", "units", "forces"]);

function clauseSubject(v: View, i: number): Group | undefined {
  const w = v.s.words;
  // "the KDP, which dominates the KRG and controls Duhok": a verb coordinated inside a relative clause has its antecedent.
  if (w[i - 1]?.lower === "and") {
    const which = w.slice(Math.max(0, i - 12), i - 1).findLastIndex((x, n, all) => /^(which|who)$/.test(x.lower) && /^(VERB|AUX)$/.test(all[n + 1]?.pos ?? ""));
    const at = which < 0 ? -1 : Math.max(0, i - 12) + which;
    const antecedent = at > 1 && w[at - 1].text === "," ? v.groups.filter((g) => g.end === at - 1 && g.kind === "actor").pop() : undefined;
    // ("Wagner, ally of Haftar, which trained and equipped …": past an apposition's "of" phrase, as for one verb.)
    if (antecedent && !w.slice(at, i).some((x) => x.text === "," || x.text === ";")) return apposedHead(v, antecedent) ?? antecedent;
  }
  // "The country also gives the United States a base …, and allowed China to open one": a verb right after
  // ", and" shares the subject of the verb before it.
  if (w[i - 1]?.lower === "and" && w[i - 2]?.text === "," && w[i].pos === "VERB") {
    const first = w.slice(0, i - 2).findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (first >= 0 && first < i - 2) return clauseSubject(v, first);
  }
  // "to help the army fight off the insurgents", "helped Nigerian soldiers recapture": the one helped does
  // what the bare infinitive after it says (the helper's own part: helpedAt).
  const helped = helpedAt(v, i);
  if (helped) return helped.helped;
  // "allowed Russian troops to use its territory to attack Ukraine": who is allowed does it.
  if (w[i - 1]?.lower === "to") {
    const control = w.slice(Math.max(0, i - 10), i - 1).findLastIndex((x) => PERMISSIVE_VERBS.test(x.lower));
    const doer = control >= 0 ? objectAfter(v, Math.max(0, i - 10) + control, { kind: "actor", within: 4 }) : undefined;
    if (doer && doer.end < i) return doer;
    // "the weapons Ukraine has used to resist Russia's invasion": an infinitive right after its verb has that verb's
    // subject, the party right before it, though the verb stands in a clause inside another's object.
    let verb = i - 2;
    while (verb > 0 && w[verb].pos === "ADV") verb--;
    let before = verb - 1;
    while (before > 0 && ADVERB_TAGS.has(w[before].pos)) before--;
    const own = w[verb]?.pos === "VERB" ? v.groups.find((g) => g.end === before + 1 && g.kind === "actor") : undefined;
    if (own) return own;
  }
  // "accused of arming", "accused of coordinating support for": the accused does it.
  let gerund = w[i - 1]?.lower === "of" && GERUND.test(w[i].lower) ? i : w[i - 2]?.lower === "of" && GERUND.test(w[i - 1]?.lower ?? "") ? i - 1 : -1;
  // ('accused Rwanda of "housing, feeding, training and financing" the rebels': a list of them, quoted or not.)
  if (gerund < 0 && GERUND.test(w[i].lower)) {
    let k = i - 1;
    while (k > i - 10 && k > 0 && (GERUND.test(w[k].lower) || /^(,|and|or|")$/.test(w[k].lower))) k--;
    const first = w[k + 1]?.text === '"' ? k + 2 : k + 1;
    if (w[k]?.lower === "of" && GERUND.test(w[first]?.lower ?? "")) gerund = first;
  }
  if (gerund >= 0) {
    const accuse = w.slice(0, gerund).findLastIndex((x) => ACCUSE.test(x.lower));
    if (accuse >= 0 && PASSIVE_AUXILIARIES.has(w[accuse - 1]?.lower ?? "")) return clauseSubject(v, accuse);
    // "Kabarebe, whom it accused of …": the one the relative pronoun stands for.
    const whom = w.slice(Math.max(0, accuse - 3), accuse).findLastIndex((x) => x.lower === "whom");
    if (accuse >= 0 && whom >= 0) return v.groups.filter((g) => g.kind === "actor" && g.end <= Math.max(0, accuse - 3) + whom && g.end >= Math.max(0, accuse - 3) + whom - 2).pop();
    if (accuse >= 0) return objectAfter(v, accuse, { kind: "actor", within: 4 });
  }
  // "China, whose instructors trained the rebels": the people of the party before ", whose" act for it
  // (where no party of their own is named before the verb: "Ivory Coast, whose president accuses Liberia").
  // ("JEM, of whom fighters came to the rescue": translated copy says "of whom" for "whose".)
  // ("whose fighters, according to witnesses, came": a source set off by commas is passed over.)
  const whose = w.slice(Math.max(0, i - 14), i).findLastIndex((x, k, all) => x.lower === "whose" || (x.lower === "whom" && all[k - 1]?.lower === "of"));
  if (whose >= 0) {
    const at = Math.max(0, i - 14) + whose;
    const comma = w[at].lower === "whom" ? at - 2 : at - 1;
    // ("the Movement for Justice (JEM), whose": a name may end inside the brackets that close it, where the
    // one party it names is the one in brackets; the words before may be read as another.)
    const bracketed = w[comma - 1]?.text === ")";
    const named = w[comma]?.text === "," ? v.groups.filter((g) => (g.end === comma || (bracketed && g.end === comma - 1)) && (g.kind === "actor" || isCountryGroup(v, g))).pop() : undefined;
    const owner = named && bracketed && named.keys.length > 1 ? { ...named, keys: named.keys.slice(-1) } : named;
    const source = w.slice(at, i).findIndex((x, k, all) => x.text === "," && all[k + 1]?.lower === "according");
    const sourceEnd = source >= 0 ? w.slice(at + source + 1, i).findIndex((x) => x.text === ",") : -1;
    const [from, to] = sourceEnd >= 0 && at + source + 1 + sourceEnd === i - 1 ? [at + source, i - 1] : [i, i];
    const outside = (k: number) => k < from || k > to;
    if (owner && !w.slice(at, i).some((x, k) => (x.text === "," || x.text === ";") && outside(at + k)) && !v.groups.some((g) => g.start > at && g.end <= i && outside(g.start))) return owner;
  }
  // "the STC, a separatist movement that controls Aden": "that" after an apposition stands for the name before it.
  let t = i - 1;
  while (t > 0 && /^(AUX|ADV|PART)$/.test(w[t].pos)) t--;
  // "The Security Belt, the STC's wing which the UAE trained, had seized Aden": a verb right after an
  // apposition's closing comma has the sentence's opening name as subject.
  if (w[t]?.text === "," && t > 2) {
    const first = v.groups.find((g) => g.kind === "actor");
    // (Not past a clause of its own: "The Council, an exile body, praised the raid, and units of its wing, the Brigades, have fought".)
    const opens = first && first.start <= 1 && w[first.end]?.text === "," && first.end < t && /^(DET|ADJ|PRON)$/.test(w[first.end + 1]?.pos ?? "") && !w.slice(first.end, t).some((_, n) => opensClause(v, first.end + n));
      if (opens) return first;
  }
  // "the countries that sent troops to the mission, namely South Africa, Botswana and Angola": the countries named after.
  if (/^(that|which)$/.test(w[t]?.lower ?? "") && /^(countries|states|nations)$/.test(w[t - 1]?.lower ?? "")) {
    const namely = w.slice(i + 1, i + 16).findIndex((x, k) => x.text === "," && /^(namely|including|notably)$/.test(w[i + 2 + k]?.lower ?? ""));
    let listed = namely >= 0 ? v.groups.find((g) => g.start === i + 3 + namely && g.kind === "actor") : undefined;
    // ("namely South Africa, Botswana, Angola and others": a list the coordinator left apart.)
    for (let next = listed && v.groups.find((g) => g.kind === "actor" && g.start === listed!.end + 1 && /^(,|and)$/.test(w[listed!.end]?.lower ?? "")); listed && next; next = v.groups.find((g) => g.kind === "actor" && g.start === listed!.end + 1 && /^(,|and)$/.test(w[listed!.end]?.lower ?? ""))) listed = { ...listed, end: next.end, keys: [...listed.keys, ...next.keys] };
    if (listed) return listed;
  }
  // ('the Wazalendo, a loose grouping of local "patriot" militias that fight …': an "of" phrase and quote marks
  // inside the apposition too.)
  if (/^(that|which)$/.test(w[t]?.lower ?? "") && w[t - 1]?.pos === "NOUN") {
    let j = t - 1;
    while (j > t - 10 && j > 0 && (APPOSITION_TAGS.has(w[j].pos) || /^(of|"|“|”)$/.test(w[j].lower)) && !v.groups.some((g) => g.start <= j && j < g.end)) j--;
    // ("the Army of Conquest (Jaish al-Fatah), an alliance that seized …": the name before an acronym or translation in brackets.)
    const named = w[j]?.text === "," ? v.groups.filter((g) => (g.end === j || g.end === bracketOpening(w, j)) && g.kind === "actor").pop() : undefined;
    if (named) return named;
  }
  let start = i;
  while (start > 0 && !isBoundary(v, start - 1)) start--;
  // "Niamey and Ouagadougou, which together with Mali formed the AES", "Russia, which along with Iran has propped
  // up …": companions right after the relative pronoun act with its antecedent, who is the clause's subject.
  // (Only inside the clause: the main verb after it is the antecedent's alone.)
  const companion = /^(which|who)$/.test(w[start - 1]?.lower ?? "") && w[start - 2]?.text === "," && !w.slice(start, i).some((x) => x.text === ",") ? companionAt(w, start) : 0;
  if (companion > 0) {
    const antecedent = v.groups.filter((g) => g.end === start - 2 && (g.kind === "actor" || isCountryGroup(v, g))).pop();
    const verb = w.findIndex((x, k) => k >= start + companion && VERB_TAGS.has(x.pos));
    const companions = v.groups.filter((g) => g.kind === "actor" && g.start >= start + companion && g.end <= Math.min(i, verb));
    if (antecedent && companions.length > 0) return { ...antecedent, keys: [...antecedent.keys, ...companions.flatMap((g) => g.keys)] };
  }
  // "…, saying their presence was providing a shield to Hezbollah": what is reported has a subject of its own,
  // here no party, and never the speaker.
  const saying = w.slice(start, i).findLastIndex((x) => REPORTING_PARTICIPLES.has(x.lower));
  if (saying >= 0 && !v.groups.some((g) => g.start > start + saying && g.end <= i) && !w.slice(start + saying, i).some((x) => x.text === ",")) return undefined;
  // A relative clause just before: "the M23 group, which Kinshasa says is backed by Rwanda, controls".
  const from = Math.max(0, start - 6);
  const found = w.slice(from, start).findLastIndex((x, k) => x.lower === "which" || x.lower === "who" || (x.lower === "whom" && quantifiedRelative(w, from + k) >= 0));
  const rel = found < 0 ? -1 : from + found;
  // ("the 444 Brigade and the 111 Brigade, both of which answer to …": past the count, the parties named before its comma.)
  const counted = rel > 0 ? quantifiedRelative(w, rel) : -1;
  // ("turned instead to Russia, which sent instructors": a country named as a place is the party a relative clause is about.)
  const nearest = counted > 0 ? countedParties(v, counted) : rel > 0 ? v.groups.filter((g) => g.end <= rel && g.end >= rel - 3 && (g.kind === "actor" || isCountryGroup(v, g))).pop() ?? (w[rel].lower === "who" ? apposedPerson(v, rel) : undefined) : undefined;
  // ("Lukashenko, a close ally of Putin who has relied on Moscow's support": "who" is the one the apposition describes.)
  // ("The government of Prime Minister X, which came to power …": "which" never stands for a person, but
  // for the body the person's name completes.)
  const described = nearest && w[rel].lower === "who" && w[nearest.start - 1]?.lower === "of" ? apposedPerson(v, nearest.start - 1) : nearest && w[rel].lower === "which" ? bodyOfPerson(v, nearest) : undefined;
  const antecedent = described ?? (nearest ? predicatedOf(v, nearest) ?? apposedHead(v, nearest) ?? nearest : undefined);
  const closed = rel > 0 && (w[rel - 1]?.text === "," || counted > 0) && w.slice(start, i).some((x) => x.text === ",");
  if (closed) {
    // The main verb after the clause: what the clause describes is its subject.
    if (antecedent) return antecedent;
    start = counted > 0 ? counted : rel - 1;
    while (start > 0 && !isBoundary(v, start - 1)) start--;
  }
  // "The coalition, which includes the UAE, has been fighting": what the clause names is not the subject.
  const clauseEnd = closed ? start + w.slice(start, i).findLastIndex((x) => x.text === ",") : -1;
  const candidates = v.groups.filter((g) => g.start >= start && g.end <= i && actorsOnly(g) && !(closed && g.start > rel && g.end <= clauseEnd));
  // "Zairian units fought alongside the FNLA, the CIA funneled arms to UNITA": clauses joined by commas, each
  // with its own subject right before its verb.
  let beforeVerb = i - 1;
  while (beforeVerb > start && ADVERB_TAGS.has(w[beforeVerb].pos)) beforeVerb--;
  const own = w[i].pos === "VERB" && !closed ? candidates.find((g) => g.end === beforeVerb + 1) : undefined;
  const opener = own ? (w[own.start - 1]?.lower === "the" ? own.start - 2 : own.start - 1) : -1;
  if (own && w[opener]?.text === "," && candidates.some((g) => g.end < opener && w[g.end]?.pos === "VERB")) return own;
  for (const g of candidates) {
    // Skip what a preposition governs, across its determiners and adjectives ("in eastern Congo").
    const p = wordBeforeDescribed(w, g.start);
    // "Militants from the Sunni group Jaish al-Adl attacked …": the fighters of a party opening the clause are the party.
    // ("Soldiers of the 94th Infantry Battalion encountered …", "some 2,000 personnel of the CRPF besieged …": a body's troops too.)
    const fightersOf = /^(of|from)$/.test(w[p]?.lower ?? "") && (PARTY_PEOPLE.has(w[p - 1]?.lower ?? "") || (w[p].lower === "of" && FORCE_PEOPLE.has(w[p - 1]?.lower ?? ""))) && p - 1 <= start + 3;
    if (GOVERNING_PREPOSITIONS.has(w[p]?.lower ?? "") && !fightersOf) continue;
    // "Gunmen attacked a police patrol near the village, killing a sergeant": a participle after a comma has the
    // main clause's subject, here no party; never the object of its verb.
    if (w[p]?.pos === "VERB" && p >= start && /^(DET|NUM)$/.test(w[p + 1]?.pos ?? "") && w[i - 1]?.text === "," && /ing$/.test(w[i].lower)) return undefined;
    // "According to the Ombudsman's Office, the ELN controls": the source of a report is no subject.
    if (w[p]?.text === "'s" && w.slice(Math.max(0, p - 5), p).some((x, n, all) => x.lower === "according" && all[n + 1]?.lower === "to")) continue;
    return g;
  }
  if (start > 0 && candidates.length === 0 && CONJUNCTIONS.has(w[start - 1]?.lower ?? "")) return clauseSubject(v, start - 1);
  // "Wagner left Mali after three years fighting jihadists": a participle with no subject of its own has the main clause's.
  if (start > 0 && candidates.length === 0 && PARTICIPLE_OPENERS.has(w[start - 1]?.lower ?? "") && w[i].lower.endsWith("ing")) return clauseSubject(v, start - 1);
  // A verb inside the relative clause ("Houthi rebels, who are backed by Iran") is about the antecedent.
  if (candidates.length === 0 && antecedent) return antecedent;
  // Where no party opens the clause, the first one named stands in for its subject, but never one named as
  // where things happen: "the deadliest police operation in Brazil's history", "killings by forces in Ivory Coast".
  if (candidates[0] && w[wordBeforeDescribed(w, candidates[0].start)]?.lower === "in") return undefined;
  return candidates[0];
}

/**
 * "the 444 Brigade and the 111 Brigade, both of which …", "X and Y, each of whom …", "three militias, all of which
 * …": a relative pronoun after a count and "of" stands for what was named before the count's comma. Where that comma
 * is, or -1 if the pronoun at `k` is not counted so.
 */
function quantifiedRelative(w: Word[], k: number): number {
  if (!/^(which|whom)$/.test(w[k]?.lower ?? "") || w[k - 1]?.lower !== "of") return -1;
  let q = k - 2;
  if (!PARTITIVES.test(w[q]?.lower ?? "") && w[q]?.pos !== "NUM") return -1;
  // ("all three of which", "some 40 of whom": a count of two words.)
  if (PARTITIVES.test(w[q - 1]?.lower ?? "") || w[q - 1]?.pos === "NUM") q--;
  return w[q - 1]?.text === "," ? q - 1 : -1;
}

/**
 * The parties a counted relative pronoun stands for: those named right before the comma at `comma`, unless an "of"
 * governs them ("police guarding the shrines of Imam X and Imam Y, many of whom …" counts the police, no one named).
 */
function countedParties(v: View, comma: number): Group | undefined {
  const named = v.groups.filter((g) => (g.end === comma || g.end === bracketOpening(v.s.words, comma)) && (g.kind === "actor" || isCountryGroup(v, g))).pop();
  if (!named) return undefined;
  // (Back over the rest of the list, whose members the tagger may have left apart: "Imam X and Imam Y".)
  const w = v.s.words;
  let p = wordBeforeDescribed(w, named.start);
  while (p > 0 && (w[p].lower === "and" || w[p].pos === "PROPN" || groupAt(v, p))) p = wordBeforeDescribed(w, p);
  return w[p]?.lower === "of" ? undefined : named;
}

/**
 * "ZANLA, the armed wing of ZANU, which was waging war": a relative clause after an apposition's "of" phrase is
 * about the name the apposition describes, not the one its "of" governs.
 */
function apposedHead(v: View, g: Group): Group | undefined {
  const w = v.s.words;
  let j = g.start - 1;
  if (w[j]?.lower === "the") j--;
  if (w[j]?.lower !== "of" || w[g.end]?.text !== ",") return undefined;
  j--;
  while (j > g.start - 8 && j > 0 && APPOSITION_TAGS.has(w[j].pos) && !v.groups.some((x) => x.start <= j && j < x.end)) j--;
  // ("Wagner, ally of Haftar, which …": translated copy leaves the article out.)
  if (w[j]?.text !== "," || !(/^(the|a|an)$/.test(w[j + 1]?.lower ?? "") || (w[j + 1]?.pos === "NOUN" && !w[j + 1].cap))) return undefined;
  return v.groups.filter((x) => x.end === j && x.kind === "actor").pop();
}

/** "the government of President X", "forces of General X": the body a person's "of" completes, if `g` names only people. */
function bodyOfPerson(v: View, g: Group): Group | undefined {
  const w = v.s.words;
  if (!g.keys.every((k) => v.table.get(k)?.type === "PERSON")) return undefined;
  // (Past the person's titles, of one word or two: "Prime Minister".)
  let of = g.start - 1;
  while (of > 0) {
    const twoWords = TITLES.get(`${w[of - 1].lower} ${w[of].lower}`) !== undefined;
    if (!twoWords && TITLES.get(w[of].lower) === undefined) break;
    of -= twoWords ? 2 : 1;
  }
  return w[of]?.lower === "of" ? v.groups.filter((x) => x.end === of && x.kind === "actor").pop() : undefined;
}

/** Where the brackets closing right before the comma at `comma` open ("X (Y),"); -1 if none. */
function bracketOpening(w: Word[], comma: number): number {
  return w[comma - 1]?.text === ")" ? w.slice(0, comma - 1).findLastIndex((x) => x.text === "(") : -1;
}

/**
 * "to help the ANDSF fight off the insurgents": where the verb at `i` is a bare infinitive right after the party
 * a form of "help" takes, that party and where "help" stands.
 */
export function helpedAt(v: View, i: number): { helped: Group; help: number } | undefined {
  const w = v.s.words;
  // (A base form only: "helped the army, which retook …" is no bare infinitive; the tagger may read it as a noun.)
  if (!/^(VERB|NOUN)$/.test(w[i].pos) || w[i].lower !== w[i].lemma) return undefined;
  const helped = v.groups.find((g) => (g.kind === "actor" || isCountryGroup(v, g)) && g.end === i);
  const help = helped ? wordBeforeDescribed(w, helped.start) : -1;
  return helped && w[help]?.lemma === "help" ? { helped, help } : undefined;
}

/** The word before a name and the determiners, adjectives and titles describing it: the preposition, if any, governing it. */
function wordBeforeDescribed(w: Word[], start: number): number {
  let p = start - 1;
  while (p >= 0 && (DESCRIBING_TAGS.has(w[p].pos) || TITLES.get(w[p].lower) !== undefined)) p--;
  return p;
}

/**
 * "The Fano is a loosely organized Amhara nationalist militia which fought …": a noun phrase after "is a"
 * describes the copula's subject, and a relative clause after it is about that subject.
 */
function predicatedOf(v: View, g: Group): Group | undefined {
  const w = v.s.words;
  let p = g.start - 1;
  while (p > 0 && /^(DET|ADJ|ADV|VERB)$/.test(w[p].pos) && !/^(is|was|are|were)$/.test(w[p].lower)) p--;
  if (!/^(is|was|are|were)$/.test(w[p]?.lower ?? "") || !/^(a|an)$/.test(w[p + 1]?.lower ?? "")) return undefined;
  return v.groups.filter((x) => x.end === p && x.kind === "actor").pop();
}

/** The group starting at word `j` (a function of its own: a closure over the caller's loop index would be made at every word). */
const groupStartingAt = (v: View, j: number) => v.groups.find((x) => x.start === j);

/** The first group after `i` in the same clause, optionally only after one of `preps`. */
export function objectAfter(v: View, i: number, opts: { kind?: "actor" | "location"; within?: number; after?: RegExp } = {}): Group | undefined {
  const limit = Math.min(v.s.words.length, i + 1 + (opts.within ?? 10));
  for (let j = i + 1; j < limit; j++) {
    const w = v.s.words[j];
    if (w.text === ";" || w.text === "." || (j > i + 1 && CLAUSE_OPENERS.has(w.lower)) || w.lower === "what" || opensClause(v, j)) return undefined;
    // "defended the deployment of Ugandan troops": what is done to an event says nothing of who it is by.
    if (EVENT_NOUNS.has(w.lower) && v.s.words[j + 1]?.lower === "of") return undefined;
    const g = groupStartingAt(v, j);
    if (!g) continue;
    // ("defended Kenya's presence in Somalia": nor what is done to a party's deed.)
    if (v.s.words[g.end]?.text === "'s" && EVENT_NOUNS.has(v.s.words[g.end + 1]?.lower ?? "")) return undefined;
    let lead = j - 1;
    // "to President Bashar Assad": a title before a name describes it too.
    while (lead > i && (DESCRIBING_TAGS.has(v.s.words[lead].pos) || TITLES.get(v.s.words[lead].lower) !== undefined)) lead--;
    // "in the northern Armenian city of Gyumri": the place is where the kind of place is.
    if (v.s.words[lead]?.lower === "of" && lead - 1 > i && PLACE_HEADS.get(v.s.words[lead - 1].lower) !== undefined && g.kind === "location") {
      lead -= 2;
      while (lead > i && (DESCRIBING_TAGS.has(v.s.words[lead].pos) || v.s.words[lead].pos === "PROPN")) lead--;
    }
    const leadWord = v.s.words[lead]?.lower ?? "";
    // "according to the US" names a source, never a recipient.
    if ((opts.after && !opts.after.test(leadWord)) || (leadWord === "to" && v.s.words[lead - 1]?.lower === "according")) { j = g.end - 1; continue; }
    // ("troops to Belarus border": a country's name describing a place names no party.)
    if (opts.kind === "actor" && isCountryGroup(v, g) && FRONTIER_NOUNS.has(v.s.words[g.end]?.lower ?? "")) { j = g.end - 1; continue; }
    if (!opts.kind || g.kind === opts.kind) return headOf(v, g);
    // A country is a party ("launched drones at Saudi Arabia", "supplied drones to Russia") unless
    // it is only where something happens ("fighting in Libya").
    if (opts.kind === "actor" && isCountryGroup(v, g) && (opts.after || !PLACE_PREPOSITIONS.test(leadWord))) return g;
    if (opts.kind === "actor" && isCapitalGroup(v, g) && opts.after) return g;
    j = g.end - 1;
  }
  return undefined;
}
