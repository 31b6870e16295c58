/** What the relation rules share: the raw relation, how pairs are emitted, when a word acts as a verb. */
import { objectAfter, type Group, type View } from "../clauses.js";
import type { RelationType } from "../types.js";
import { verbForms, type Word } from "../words.js";
import { GERUND_VERBS, HELD_BY, HYPHEN_RELATED } from "../vocabulary.js";
import { countryByIso3, countryForm } from "../gazetteer.js";

/** A relation as found in one sentence, between canonical entity keys, before modality and dates. */
export interface RawRelation {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  /** Word index of the trigger, for reading modality and kind around it. */
  trigger: number;
  /** Read from how a person is named ("his Rwandan counterpart Paul Kagame"): no verb around it hedges or denies it. */
  byName?: true;
}

/**
 * The tagger calls some verbs nouns ("had retaken", "accused X of arming Y", "the group ... controls
 * large parts"): a trigger word is a verb where its form and neighbours say so.
 */
// Stems are only worth deriving where the tagger may have mistaken a verb for a noun.
// Asked of every word, four times: no closure (whose context would be allocated at every call).
export const isVerbOf = (verbs: Set<string>, w: Word) => verbs.has(w.lemma) || ((w.pos === "NOUN" || w.pos === "ADJ") && someIn(verbs, verbForms(w)));

/**
 * The words a family of rules can start from: every rule of the family first tests its trigger
 * word, by spelling (`words`), by lemma (`lemmas`), as a verb in any form isVerbOf() accepts
 * (`verbs`), by how its spelling opens (`prefixes`) or by a hyphen in it (`hyphened`: "UAE-backed").
 * A word none of them names cannot make the family emit a relation or add an entity, so it is
 * not offered to the family. Listed beside the rules, from the same word lists they test.
 */
export interface Triggers {
  words?: Iterable<string>;
  lemmas?: Iterable<string>;
  verbs?: Iterable<string>;
  prefixes?: readonly string[];
  hyphened?: boolean;
}

function someIn(set: Set<string>, xs: readonly string[]): boolean {
  for (const x of xs) if (set.has(x)) return true;
  return false;
}


/** Words that make a number approximate: "around 85 %", "about 80 percent". */
export const APPROXIMATELY = new Set(["around", "about", "some", "nearly", "almost", "roughly", "over", "approximately"]);

/** How a word is inflected, as far as its spelling and tag say: verbs joined by "and" share one inflection. */
function inflection(w: Word): "ing" | "ed" | "s" | "base" {
  if (/ing$/.test(w.lower)) return "ing";
  // ("sent", "gave": a past the tagger knows as a verb, whatever its spelling.)
  if (/ed$/.test(w.lower) || (w.pos === "VERB" && w.lemma !== w.lower && !/s$/.test(w.lower))) return "ed";
  return /[^s]s$/.test(w.lower) ? "s" : "base";
}

/**
 * "where they advise and train Iraqi forces", "which armed and advised the SDF": two verbs joined by "and" share
 * their subject and object, and the tagger, reading them one by one, often takes one for a noun or an adjective.
 * A word is a verb where the word it is coordinated with is tagged one and both are inflected alike
 * ("dropped their arms and fled": a noun and a verb; "troops and advisers": no verb at all).
 */
function coordinatedWithVerb(v: View, i: number): boolean {
  const w = v.s.words;
  const first = /^(and|or)$/.test(w[i - 1]?.lower ?? "") ? i - 2 : /^(and|or)$/.test(w[i + 1]?.lower ?? "") ? i : -1;
  const partner = w[first === i ? i + 2 : first];
  // ("advised the army and trained fighters": the second verb's object stands between; only a pair side by side is read.)
  if (first < 0 || !partner || !/^(NOUN|ADJ)$/.test(w[i].pos) || w[i].cap || inflection(partner) !== inflection(w[i]) || inflection(w[i]) === "ing") return false;
  if (partner.pos === "VERB") return true;
  // "Iran funds and arms the Houthis": neither tagged a verb, the pair is one where it stands between a party
  // and the start of an object.
  return /^(s|ed)$/.test(inflection(w[i])) && !partner.cap && v.groups.some((g) => g.end === first && g.kind === "actor") && /^(DET|ADJ|NUM|PROPN)$/.test(w[first + 3]?.pos ?? "");
}

export function actsAsVerb(v: View, i: number): boolean {
  const w = v.s.words;
  const word = w[i];
  if (word.pos === "VERB" || word.pos === "AUX") return true;
  if (coordinatedWithVerb(v, i)) return true;
  const prev = w[i - 1];
  // "Pakistan retaliated, striking hideouts of the BLA": a participle opening a clause after a comma (tagged as either).
  if (prev?.text === "," && (word.pos === "ADJ" || word.pos === "NOUN") && /ing$/.test(word.lower) && /^(DET|ADJ|NUM|PROPN|PRON|NOUN)$/.test(w[i + 1]?.pos ?? "")) return true;
  // "Washington has armed the SDF": a participle after "has" is a verb whatever the tagger says.
  // ("Sudan's government, which armed the LRA": or right after a relative pronoun, before its object.)
  if (word.pos === "ADJ") return prev !== undefined && /(ed|en)$/.test(word.lower) && (/^(has|have|had)$/.test(prev.lower) || (/^(who|which)$/.test(prev.lower) && /^(DET|PROPN)$/.test(w[i + 1]?.pos ?? "")));
  if (word.pos !== "NOUN") return false;
  if (!prev) return false;
  if (/^(has|have|had|is|are|was|were|been|be)$/.test(prev.lower)) return /(ed|en|ing)$/.test(word.lower);
  if (prev.lower === "of" && /ing$/.test(word.lower)) return true;
  // 'accused Rwanda of "housing, feeding, training and financing" the rebels': the last of a list of gerunds after "of".
  if (/ing$/.test(word.lower) && /^(and|or|,)$/.test(prev.lower)) {
    let k = i - 1;
    while (k > i - 10 && k > 0 && (/ing$/.test(w[k].lower) || /^(,|and|or|")$/.test(w[k].lower))) k--;
    if (w[k]?.lower === "of" && k < i - 2) return true;
  }
  // "spent years training Nigerien soldiers": a gerund after a span of time spent.
  if (/ing$/.test(word.lower) && /^(years|months|decades|weeks|days)$/.test(prev.lower)) {
    let k = i - 2;
    while (k > 0 && /^(NUM|DET|ADJ)$/.test(w[k].pos)) k--;
    if (w[k]?.lemma === "spend") return true;
  }
  // "denied arming the Houthis", "stopped funding": a gerund right after a verb that takes one
  // ("receives funding" is a noun).
  if (prev.pos === "VERB" && /ing$/.test(word.lower)) return GERUND_VERBS.has(prev.lemma);
  // "the Houthis, who control the capital": a relative pronoun's verb, before its object.
  // "a separatist movement that controls Aden": "that" after a noun is one too.
  const relative = /^(who|which)$/.test(prev.lower) || (prev.lower === "that" && w[i - 2]?.pos === "NOUN");
  if (relative && /^(DET|ADJ|NUM|PROPN|CCONJ)$/.test(w[i + 1]?.pos ?? "")) return true;
  // Right after its subject, and followed by its object: "M23, which …, controls large parts".
  const afterSubject = v.groups.some((g) => g.end === i && g.kind === "actor") || (prev.text === "," && /s$/.test(word.lower));
  // "which dominates the KRG and controls Duhok province": a second verb after "and".
  if (prev.lower === "and" && /s$/.test(word.lower) && (/^(NOUN|PROPN)$/.test(w[i - 2]?.pos ?? "") || w[i - 2]?.text === ")") && /^(DET|ADJ|NUM|PROPN)$/.test(w[i + 1]?.pos ?? "") && w.slice(Math.max(0, i - 12), i - 1).some((x) => x.pos === "VERB")) return true;
  // "HTS controls swathes of Idlib": a quantity noun with its "of" is an object too.
  // "The Arakan Army controls now most townships": an adverb may come first in translated copy.
  let o = w[i + 1]?.pos === "ADV" ? i + 2 : i + 1;
  // "the gangs control now around 85 % of the capital": a number given as about so much is one too.
  if (APPROXIMATELY.has(w[o]?.lower ?? "") && w[o + 1]?.pos === "NUM") o++;
  return afterSubject && (/^(DET|ADJ|NUM|PROPN)$/.test(w[o]?.pos ?? "") || (w[o]?.pos === "NOUN" && w[o + 1]?.lower === "of"));
}

export const SIDE_WITH = /^(alongside|for|beside)$/;
/** "fought together with the Army": two words that say the same as "alongside". */
export const sidesWith = (w: Word[], i: number) => (SIDE_WITH.test(w[i]?.lower ?? "") && !(w[i].lower === "for" && lengthOfTime(w, i + 1))) || (w[i]?.lower === "together" && w[i + 1]?.lower === "with");
// "had been fighting for months against the Serbs", "for nearly two years": "for" a length of time takes no side.
const TIME_SPANS = /^(hours|days|weeks|months|years|decades|day|week|month|year|decade|long)$/;
function lengthOfTime(w: Word[], i: number): boolean {
  let k = i;
  while (k < i + 3 && w[k] && /^(NUM|ADJ|ADV|DET)$/.test(w[k].pos) && !TIME_SPANS.test(w[k].lower)) k++;
  return TIME_SPANS.test(w[k]?.lower ?? "");
}

/** "fighting on the government's side", "on the side of the army", "at the sides of the army": the side taken, as a group. */
export function onSideOf(v: View, i: number): Group | undefined {
  const w = v.s.words;
  // ("fought at the side of", "at the sides of": as translated copy says "aux côtés de".)
  const atSide = w[i + 1]?.lower === "at" && w[i + 2]?.lower === "the" && /^sides?$/.test(w[i + 3]?.lower ?? "") && w[i + 4]?.lower === "of";
  if (atSide) return objectAfter(v, i + 4, { kind: "actor", within: 3 });
  if (w[i + 1]?.lower !== "on") return undefined;
  const side = w.slice(i + 2, i + 7).findIndex((x) => x.lower === "side");
  if (side < 0) return undefined;
  const at = i + 2 + side;
  return w[at + 1]?.lower === "of" ? objectAfter(v, at + 1, { kind: "actor", within: 3 }) : v.groups.filter((g) => g.kind === "actor" && g.start > i + 1 && g.end <= at).pop();
}
export const BE = /^(is|are|was|were|been|being|be|has|have|had|also|reportedly|allegedly|now|still|increasingly|largely|heavily|openly|long)$/;

export function pairs(type: RelationType, src: Group | undefined, tgt: Group | undefined, v: View, trigger: number, out: RawRelation[]) {
  if (!src || !tgt) return;
  // "The three countries have pledged to create a joint force to fight the jihadists": what a pledged
  // thing is to do once it exists has not been done (the pledge itself may be the claim: "vowed to back X").
  if (pledgedBefore(v.s.words, trigger)) return;
  // "ambushed Malian troops and Wagner fighters", "gained ground on federal and Amharan forces":
  // those fought together, on one side, are co-belligerents. (Attackers named together are
  // as often a loose "X and Y" of a report as allies: only the side attacked is read so.)
  // ("air strikes against al-Shabab and IS", "its offensive against both X and Y": a campaign named by a noun
  // lists whom it is waged on, often rivals, not a side fought on one field.)
  if (type === "OPPOSES" && tgt.keys.length > 1 && !campaignAgainst(v.s.words, trigger) && !tgt.keys.some((k) => src.keys.includes(k))) coBelligerents(tgt, v, trigger, out);
  // A country named as a place still acts as its state when it is a party to a relation.
  for (const a0 of src.keys) for (const b0 of tgt.keys) {
    const a = v.table.actorFor(a0, v.s.index), b = type === "CONTROLS" ? placeFor(v, b0) : v.table.actorFor(b0, v.s.index);
    if (a === b) continue;
    const ra = v.table.get(a), rb = v.table.get(b);
    if (!ra || !rb || ra.kind !== "actor") continue;
    if (type === "CONTROLS" ? rb.kind !== "location" : rb.kind !== "actor") continue;
    // ("France maintains … the French Forces stationed in Djibouti under a defence treaty": a body named for a
    // state is its own, no ally of it.)
    if (type === "ALLIED_WITH" && (namedFor(rb.name, ra) || namedFor(ra.name, rb))) continue;
    // ("said it had deployed special forces of the Uganda People's Defence Forces to Juba": a state neither backs
    // nor is backed by its own army, or a body named for it, whatever a transfer's words say.)
    if (type === "SUPPORTS" && (ownBody(ra, b, rb) || ownBody(rb, a, ra))) continue;
    out.push({ type, source: a, target: b, sentence: v.s.index, trigger });
  }
}

/**
 * Parties attacked together ("killed Malian and Russian soldiers", "attacking rebel positions and Rwandan troops")
 * are allies, but a foreign state's troops beside the home side or an armed group are its help, which the story
 * tells elsewhere ("A state's or hired force's fighters beside a side are support"): no alliance is read of them.
 */
function coBelligerents(g: Group, v: View, trigger: number, out: RawRelation[]) {
  const foreignState = (k: string) => {
    const a = v.table.actorFor(k, v.s.index);
    return v.table.get(a)?.type === "STATE" && !v.table.isHomeBody(a);
  };
  for (let i = 0; i < g.keys.length; i++) for (let j = i + 1; j < g.keys.length; j++) {
    if (foreignState(g.keys[i]) !== foreignState(g.keys[j])) continue;
    pairs("ALLIED_WITH", { ...g, keys: [g.keys[i]] }, { ...g, keys: [g.keys[j]] }, v, trigger, out);
  }
}

/** Whether the trigger is a noun for a campaign "against" someone ("its offensive against", "strikes against"). */
function campaignAgainst(w: Word[], trigger: number): boolean {
  return (w[trigger]?.pos !== "VERB" && w.slice(trigger + 1, trigger + 3).some((x) => x.lower === "against")) || (w[trigger]?.lower === "against" && w[trigger - 1]?.pos === "NOUN");
}

const PLEDGES = new Set(["pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed"]);
/** A pledge "to" do something a few words before the trigger, which is not itself the verb pledged. */
function pledgedBefore(w: Word[], trigger: number): boolean {
  for (let k = Math.max(0, trigger - 8); k < trigger - 2; k++) if (PLEDGES.has(w[k].lower) && w[k + 1].lower === "to") return true;
  return false;
}

/**
 * Whether `body` is the army of `state` or a body named for it ("Uganda People's Defence Forces"). (Not its
 * government, which a story set elsewhere may place at the wrong home; nor a name that says who backs or leads
 * it: "Saudi Arabia-backed government".)
 */
const ownBody = (state: { type?: string; country?: string }, bodyKey: string, body: { name: string; country?: string }) =>
  state.type === "STATE" && !!state.country && ((bodyKey.startsWith("army:") && body.country === state.country) || (namedFor(body.name, state) && !HYPHENED_RELATION.test(body.name)));
const HYPHENED_RELATION = new RegExp(`-(${HYPHEN_RELATED.source})\\b`, "i");

/** A body whose name opens with the state's own name or demonym ("French Forces", "Australian Federal Police"). */
const namedFor = (name: string, state: { type?: string; country?: string }) => state.type === "STATE" && !!state.country && countryForm(name.split(" ")[0])?.country.iso3 === state.country;

/** "X and Y clashed": every pair inside one coordinated group. */
export function within(type: RelationType, g: Group | undefined, v: View, trigger: number, out: RawRelation[]) {
  if (!g) return;
  for (let i = 0; i < g.keys.length; i++) for (let j = i + 1; j < g.keys.length; j++) pairs(type, { ...g, keys: [g.keys[i]] }, { ...g, keys: [g.keys[j]] }, v, trigger, out);
}

/** "Houthi-held", "Ansar Allah-controlled": the side a hyphened participle at `i` names as holding a place, if the story knows it. */
export function holderNamed(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const held = HELD_BY.exec(w[i].text);
  if (!held) return undefined;
  // The name may start a word or two before ("Ansar Allah-held").
  const key = namedActor(v, held[1]) ?? namedActor(v, `${w[i - 1]?.text} ${held[1]}`) ?? namedActor(v, `${w[i - 2]?.text} ${w[i - 1]?.text} ${held[1]}`);
  // "Moroccan-controlled Western Sahara": a country's demonym or name holds for its state.
  const country = key ? undefined : countryForm(held[1]);
  const state = country && country.form !== "capital" ? v.table.state(country.country, v.s.index).key : undefined;
  return key ?? state ? { start: i, end: i + 1, keys: [(key ?? state)!], kind: "actor" } : undefined;
}

function namedActor(v: View, name: string): string | undefined {
  for (const r of v.table.records.values()) if (r.kind === "actor" && r.type !== "PERSON" && (r.name === name || r.aliases.has(name))) return r.key;
  return undefined;
}

/** Where "alongside" comes after a fight verb's own object ("fighting jihadists alongside the army"), or -1. */
export function alongsideAfter(w: Word[], i: number): number {
  for (let k = i + 2; k < Math.min(w.length, i + 8); k++) {
    if (/^(alongside|beside)$/.test(w[k].lower)) return k - 1;
    if (/^(VERB|AUX|PUNCT|SCONJ)$/.test(w[k].pos)) return -1;
  }
  return -1;
}

/** What is held of a country named as a state ("controlled Western Sahara") is the country as a place. */
function placeFor(v: View, key: string): string {
  const r = v.table.get(key);
  const c = r?.type === "STATE" && r.country ? countryByIso3(r.country) : undefined;
  return c ? v.table.countryPlace(c, v.s.index).key : key;
}
