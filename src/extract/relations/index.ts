import { buildView, isBoundary, objectAfter, subjectOf, type View } from "../clauses.js";
import { pairs, type RawRelation, type Triggers } from "./shared.js";
import type { EntityTable } from "../entities.js";
import type { Mention } from "../mentions.js";
import { verbForms, type Word, type WordSentence } from "../words.js";
import { allyRules, ALLY_TRIGGERS } from "./alliance.js";
import { controlRules, CONTROL_TRIGGERS } from "./control.js";
import { opposeRules, OPPOSE_TRIGGERS } from "./opposition.js";
import { supportRules, SUPPORT_TRIGGERS } from "./support.js";
import { TROOP_NOUNS, WEAPON_HEADS } from "../vocabulary.js";

export type { RawRelation } from "./shared.js";

/** Each sentence as words and entity groups, built once for both passes over the relations. */
export function sentenceViews(sentences: WordSentence[], mentions: Mention[][], table: EntityTable): View[] {
  return sentences.map((s) => buildView(s, mentions[s.index], table));
}

/** The families of rules, in the order each word is offered to them. */
export const RULE_FAMILIES: ReadonlyArray<{ rules: (v: View, i: number, out: RawRelation[]) => void; triggers: Triggers }> = [
  { rules: supportRules, triggers: SUPPORT_TRIGGERS },
  { rules: allyRules, triggers: ALLY_TRIGGERS },
  { rules: opposeRules, triggers: OPPOSE_TRIGGERS },
  { rules: controlRules, triggers: CONTROL_TRIGGERS },
];

// Trigger word → the families (one bit each) it may start: most words of a sentence start none,
// and looking them up is far cheaper than letting each family test its dozens of rules on them.
const familiesByWord = new Map<string, number>();
// A lemma starts a family as a lemma trigger or as a verb trigger (isVerbOf reads the lemma first).
const familiesByLemma = new Map<string, number>();
// Most words are their own lemma: one look-up in both lists at once.
const familiesByWordOrLemma = new Map<string, number>();
// The forms verbForms() gives a noun or adjective the tagger may have mistaken for a verb.
const familiesByVerbForm = new Map<string, number>();
// Besides the lemma, those forms are the word or stems of it, so they open with its first two
// letters: a noun whose opening no trigger verb has is not worth deriving forms for.
const verbOpenings = new Uint8Array(1 << 16);
const opening = (s: string) => ((s.charCodeAt(0) & 0xff) << 8) | (s.charCodeAt(1) & 0xff);
// The families a hyphened word may start, and those a word may start by its opening letters.
let hyphenedFamilies = 0;
const familiesByPrefix: Array<[prefix: string, bit: number]> = [];
// The letters those openings start with (folded to a byte): most words are not tried against them.
const prefixInitials = new Uint8Array(256);
const addBit = (index: Map<string, number>, words: Iterable<string> | undefined, bit: number) => {
  for (const x of words ?? []) index.set(x, (index.get(x) ?? 0) | bit);
};
RULE_FAMILIES.forEach(({ triggers }, f) => {
  if (triggers.hyphened) hyphenedFamilies |= 1 << f;
  for (const prefix of triggers.prefixes ?? []) {
    familiesByPrefix.push([prefix, 1 << f]);
    prefixInitials[prefix.charCodeAt(0) & 0xff] = 1;
  }
  addBit(familiesByWord, triggers.words, 1 << f);
  addBit(familiesByLemma, triggers.lemmas, 1 << f);
  addBit(familiesByLemma, triggers.verbs, 1 << f);
  for (const index of [triggers.words, triggers.lemmas, triggers.verbs]) addBit(familiesByWordOrLemma, index, 1 << f);
  addBit(familiesByVerbForm, triggers.verbs, 1 << f);
  for (const verb of triggers.verbs ?? []) verbOpenings[opening(verb)] = 1;
});

/** The families of rules that `w` may start, one bit each in RULE_FAMILIES order: 0 for most words. */
export function familiesStartedBy(w: Word): number {
  let bits = w.lemma === w.lower ? (familiesByWordOrLemma.get(w.lower) ?? 0) : (familiesByWord.get(w.lower) ?? 0) | (familiesByLemma.get(w.lemma) ?? 0);
  if ((w.pos === "NOUN" || w.pos === "ADJ") && verbOpenings[opening(w.lower)]) for (const form of verbForms(w)) bits |= familiesByVerbForm.get(form) ?? 0;
  if (w.text.includes("-")) bits |= hyphenedFamilies;
  if (prefixInitials[w.lower.charCodeAt(0) & 0xff]) for (let k = 0; k < familiesByPrefix.length; k++) if (w.lower.startsWith(familiesByPrefix[k][0])) bits |= familiesByPrefix[k][1];
  return bits;
}

/** Relations sentence by sentence: every word is offered to the families of rules it may start. */
export function findRelations(views: View[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (const v of views) {
    const s = v.s;
    if (v.groups.length < 1) continue;
    for (let i = 0; i < s.words.length; i++) {
      const families = familiesStartedBy(s.words[i]);
      if (families === 0 || (isBoundary(v, i) && s.words[i].text !== "(")) continue;
      for (let f = 0; f < RULE_FAMILIES.length; f++) if (families & (1 << f)) RULE_FAMILIES[f].rules(v, i, out);
    }
  }
  return out;
}

// Tried on every word: sets rather than regular expressions.
const RETREAT_LEMMAS = new Set(["flee", "retreat", "withdraw"]);
const SEND_LEMMAS = new Set(["send", "deploy", "dispatch"]);
const ACQUIRED = new Set(["imported", "bought", "purchased", "acquired", "obtained"]);

/**
 * Sentence-level patterns that span two clauses: "X overran the base; Y fled" (X fought Y),
 * and arms "imported from" a country by the clause's subject.
 */
export function findCrossClauseRelations(views: View[], found: RawRelation[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (const v of views) {
    const w = v.s.words;
    // Every pattern pairs groups of the sentence, or relations found between them.
    if (v.groups.length < 1) continue;
    // The word is tested here and the pattern read apart: a closure over the loop's index would
    // cost an allocation at every word.
    for (let i = 0; i < w.length; i++) {
      if (w[i].pos === "VERB" && RETREAT_LEMMAS.has(w[i].lemma)) retreatFromTaken(v, i, found, out);
      if (w[i].pos === "VERB" && SEND_LEMMAS.has(w[i].lemma)) troopsSentToAlly(v, i, found, out);
      if (ACQUIRED.has(w[i].lower)) boughtFrom(v, i, out);
    }
  }
  return out;
}

/** "X overran the base; Y fled", or "Y said they had withdrawn from the city" that X took elsewhere in the story. */
function retreatFromTaken(v: View, i: number, found: RawRelation[], out: RawRelation[]) {
  const s = v.s;
  const w = s.words;
  const loser = subjectOf(v, i);
  // "withdrew its troops from Yemen" leaves a country, not the place someone took.
  let clauseEnd = i + 1;
  while (clauseEnd < w.length && !isBoundary(v, clauseEnd)) clauseEnd++;
  const left = v.groups.filter((g) => (g.kind === "location" || g.keys.some((k) => k.startsWith("state:"))) && g.start > i && g.start < clauseEnd);
  const leftPlace = (c: RawRelation) => left.some((g) => g.keys.includes(c.target));
  const taken = found.filter((r) => r.type === "CONTROLS" && (r.sentence === s.index ? left.length === 0 || leftPlace(r) : leftPlace(r)));
  // "the GNA of Libya": a country that only qualifies a name is not who withdrew.
  const qualifier = !!loser && w[loser.start - 1]?.lower === "of";
  for (const c of qualifier ? [] : taken) {
    for (const k of loser?.keys ?? []) if (k !== c.source) out.push({ type: "OPPOSES", source: c.source, target: k, sentence: s.index, trigger: i });
  }
}

/** "Eritrea, an ally of Ethiopia, sent thousands of troops": troops sent to no one named go to the ally. */
function troopsSentToAlly(v: View, i: number, found: RawRelation[], out: RawRelation[]) {
  const s = v.s;
  if (!s.words.slice(i + 1, i + 6).some((x) => TROOP_NOUNS.has(x.lower))) return;
  const sender = subjectOf(v, i);
  const here = found.filter((r) => r.sentence === s.index);
  for (const k of sender?.keys ?? []) {
    if (here.some((r) => r.type === "SUPPORTS" && r.source === k)) continue;
    for (const r of here) {
      if (r.type !== "ALLIED_WITH" || (r.source !== k && r.target !== k)) continue;
      out.push({ type: "SUPPORTS", source: k, target: r.source === k ? r.target : r.source, sentence: s.index, trigger: i });
    }
  }
}

/** Arms "imported from" a country; "has bought Turkish Bayraktar drones": the state whose weapons were bought supplied them. */
function boughtFrom(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  if (w[i + 1]?.lower === "from") pairs("SUPPORTS", objectAfter(v, i + 1, { within: 3 }), subjectOf(v, i), v, i, out);
  if (w[i].pos === "VERB") {
    const maker = v.groups.find((g) => g.kind === "actor" && g.start > i && g.start <= i + 3 && g.keys.every((k) => k.startsWith("state:")));
    if (maker && w.slice(maker.end, maker.end + 3).some((x) => WEAPON_HEADS.has(x.lower))) pairs("SUPPORTS", maker, subjectOf(v, i), v, i, out);
  }
}
