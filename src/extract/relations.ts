import { buildView, groupAt, isBoundary, objectAfter, subjectOf, type Group, type View } from "./clauses.js";
import type { EntityTable } from "./entities.js";
import { hyphenedCountry } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { RelationType } from "./types.js";
import {
  ALLY_WORDS, CONTROL_PARTICIPLES, CONTROL_VERBS, OPPOSE_NOUNS, OPPOSE_VERBS, RECEIVE_VERBS, SUPPORT_NOUNS, SUPPORT_PARTICIPLES, SUPPORT_VERBS, TRANSFER_VERBS,
} from "./vocabulary.js";
import { verbForms, type Word, type WordSentence } from "./words.js";

/** A relation as found in one sentence, between canonical entity keys, before modality and dates. */
export interface RawRelation {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  /** Word index of the trigger, for reading modality and kind around it. */
  trigger: number;
}

/**
 * The tagger calls some verbs nouns ("had retaken", "accused X of arming Y", "the group ... controls
 * large parts"): a trigger word is a verb where its form and neighbours say so.
 */
// Stems are only worth deriving where the tagger may have mistaken a verb for a noun.
const isVerbOf = (verbs: Set<string>, w: Word) => verbs.has(w.lemma) || (w.pos === "NOUN" && verbForms(w).some((f) => verbs.has(f)));

function actsAsVerb(v: View, i: number): boolean {
  const w = v.s.words;
  const word = w[i];
  if (word.pos === "VERB" || word.pos === "AUX") return true;
  if (word.pos !== "NOUN") return false;
  const prev = w[i - 1];
  if (!prev) return false;
  if (/^(has|have|had|is|are|was|were|been|be)$/.test(prev.lower)) return /(ed|en|ing)$/.test(word.lower);
  if (prev.lower === "of" && /ing$/.test(word.lower)) return true;
  // Right after its subject, and followed by its object: "M23, which …, controls large parts".
  const afterSubject = v.groups.some((g) => g.end === i && g.kind === "actor") || (prev.text === "," && /s$/.test(word.lower));
  return afterSubject && /^(DET|ADJ|NUM|PROPN)$/.test(w[i + 1]?.pos ?? "");
}

const SIDE_WITH = /^(alongside|for|beside)$/;
const BE = /^(is|are|was|were|been|being|be|has|have|had|also|reportedly|allegedly|now|still|increasingly|largely|heavily|openly|long)$/;

function pairs(type: RelationType, src: Group | undefined, tgt: Group | undefined, v: View, trigger: number, out: RawRelation[]) {
  if (!src || !tgt) return;
  // A country named as a place still acts as its state when it is a party to a relation.
  for (const a0 of src.keys) for (const b0 of tgt.keys) {
    const a = v.table.actorFor(a0, v.s.index), b = type === "CONTROLS" ? b0 : v.table.actorFor(b0, v.s.index);
    if (a === b) continue;
    const ra = v.table.get(a), rb = v.table.get(b);
    if (!ra || !rb || ra.kind !== "actor") continue;
    if (type === "CONTROLS" ? rb.kind !== "location" : rb.kind !== "actor") continue;
    out.push({ type, source: a, target: b, sentence: v.s.index, trigger });
  }
}

/** "X and Y clashed": every pair inside one coordinated group. */
function within(type: RelationType, g: Group | undefined, v: View, trigger: number, out: RawRelation[]) {
  if (!g) return;
  for (let i = 0; i < g.keys.length; i++) for (let j = i + 1; j < g.keys.length; j++) pairs(type, { ...g, keys: [g.keys[i]] }, { ...g, keys: [g.keys[j]] }, v, trigger, out);
}

function supportRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "X-backed Y": the "UAE-backed RSF"
  const hyphen = hyphenedCountry(w, i, /backed|supported|armed|funded|sponsored|allied|aligned|led/);
  if (hyphen) {
    const src: Group = { start: i, end: i + 1, keys: [v.table.state(hyphen.country, v.s.index).key], kind: "actor" };
    const own = groupAt(v, i);
    // "The Houthis, an Iran-aligned group,": the apposition describes the name before it.
    const apposed = w[i - 1] && /^(a|an)$/.test(w[i - 1].lower) && w[i - 2]?.text === "," ? v.groups.filter((g) => g.end === i - 2).pop() : undefined;
    const tgt = own && !own.keys.some((k) => src?.keys.includes(k)) ? own : apposed ?? objectAfter(v, i, { kind: "actor", within: 3 });
    if (hyphen.participle === "allied" || hyphen.participle === "aligned") pairs("ALLIED_WITH", src, tgt, v, i, out);
    else if (hyphen.participle === "led") {
      const against = w.slice(i, i + 6).findIndex((x) => x.lower === "against");
      if (against > 0) pairs("OPPOSES", src, objectAfter(v, i + against, { kind: "actor", within: 3 }), v, i, out);
    } else pairs("SUPPORTS", src, tgt, v, i, out);
    return;
  }
  // Passive: "TGT is backed by SRC"; gapped: "…; Haftar by the UAE, Egypt and Russia."
  if (SUPPORT_PARTICIPLES.has(word.lower) && w[i + 1]?.lower === "by") {
    const passive = BE.test(w[i - 1]?.lower ?? "") || w[i - 1]?.text === ",";
    const tgt = passive ? subjectOf(v, i) ?? groupAt(v, i - 2) : groupAt(v, i - 1);
    const src = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    pairs("SUPPORTS", src, tgt, v, i, out);
    for (let j = (src?.end ?? i); j < w.length - 2; j++) {
      if (w[j].text !== ";" && w[j].text !== ",") continue;
      const t2 = v.groups.find((g) => g.start === j + 1);
      if (t2 && w[t2.end]?.lower === "by") pairs("SUPPORTS", objectAfter(v, t2.end, { kind: "actor", within: 4 }), t2, v, i, out);
    }
    return;
  }
  // "TGT received … support from SRC", "relies on SRC"
  if (isVerbOf(RECEIVE_VERBS, word) && actsAsVerb(v, i)) {
    const from = w.slice(i + 1, i + 10).findIndex((x) => x.lower === "from" || x.lower === "on");
    if (from >= 0) pairs("SUPPORTS", objectAfter(v, i + 1 + from, { within: 6 }), subjectOf(v, i), v, i, out);
    return;
  }
  // "turned to Russia for help": the one turned to gives the help.
  if (word.lemma === "turn" && w[i + 1]?.lower === "to") {
    const helper = objectAfter(v, i, { kind: "actor", within: 8, after: /^(to|of)$/ });
    const asked = w.slice(i + 2, i + 14).some((x, k) => x.lower === "for" && /^(help|support|assistance|aid|backing|protection|weapons|arms)$/.test(w[i + 3 + k]?.lower ?? ""));
    if (helper && asked) pairs("SUPPORTS", helper, subjectOf(v, i), v, i, out);
    return;
  }
  // "Among Haftar's fighters were dozens of Russian mercenaries": those among a side's fighters fight for it.
  if (word.lower === "among" && (i === 0 || w[i - 1].text === ",")) {
    const side = objectAfter(v, i, { kind: "actor", within: 4 });
    const be = side ? w.slice(side.end, side.end + 3).findIndex((x) => /^(were|are|was|is)$/.test(x.lower)) : -1;
    if (side && be >= 0) pairs("SUPPORTS", objectAfter(v, side.end + be, { kind: "actor", within: 5 }), side, v, i, out);
    return;
  }
  // "with the help of US airstrikes", "with support from SRC"
  if (/^(help|support|backing|assistance)$/.test(word.lower) && /^(of|from)$/.test(w[i + 1]?.lower ?? "") && w.slice(Math.max(0, i - 3), i).some((x) => x.lower === "with")) {
    pairs("SUPPORTS", objectAfter(v, i + 1, { kind: "actor", within: 4 }), subjectOf(v, i), v, i, out);
    return;
  }
  // Nominal: "Russia's support for Haftar", "US increases military support for Somalia"
  if (SUPPORT_NOUNS.has(word.lower) && /^(for|to)$/.test(w[i + 1]?.lower ?? "")) {
    const tgt = objectAfter(v, i + 1, { kind: "actor", within: 3 });
    const possessor = groupAt(v, i - 1) ?? (w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : undefined);
    pairs("SUPPORTS", possessor ?? subjectOf(v, i), tgt, v, i, out);
    // "support for Somalia against al-Shabab": the backer opposes whom the support is against.
    if (tgt && w[tgt.end]?.lower === "against") pairs("OPPOSES", possessor ?? subjectOf(v, i), objectAfter(v, tgt.end, { kind: "actor", within: 3 }), v, i, out);
    return;
  }
  // "SRC is a key backer of TGT"
  if (/^(backer|backers|supporter|supporters|sponsor|sponsors|patron|patrons)$/.test(word.lower) && w[i + 1]?.lower === "of") {
    pairs("SUPPORTS", subjectOf(v, i), objectAfter(v, i + 1, { kind: "actor", within: 3 }), v, i, out);
    return;
  }
  // "Hezbollah fought alongside government forces", "Wagner has been fighting for the junta"
  if (/^(fight|battle|serve)$/.test(word.lemma) && SIDE_WITH.test(w[i + 1]?.lower ?? "")) {
    const tgt = objectAfter(v, i, { kind: "actor", within: 4 });
    pairs("SUPPORTS", subjectOf(v, i), tgt, v, i, out);
    return;
  }
  // "accused the UAE of arming the RSF": the accused is the one acting.
  const accuse = w.slice(0, i).findLastIndex((x) => x.lemma === "accuse" || /^accus/.test(x.lower));
  const accused = w[i - 1]?.lower !== "of" || accuse < 0 ? undefined : BE.test(w[accuse - 1]?.lower ?? "") ? subjectOf(v, accuse) : objectAfter(v, accuse, { kind: "actor", within: 4 });
  // Active: "Turkey backs the GNA", "Iran supplied drones to the Houthis", "sent advisers to Libya to help underpin the GNA"
  if (isVerbOf(SUPPORT_VERBS, word) && actsAsVerb(v, i) && !SUPPORT_PARTICIPLES.has(w[i - 1]?.lower ?? "") && !(BE.test(w[i - 1]?.lower ?? "") && w[i + 1]?.lower === "by")) {
    if (w[i - 1]?.lower === "to" && !groupAt(v, i - 2)) {
      // "to help (underpin) the GNA" belongs to the verb before it.
      return;
    }
    const src = accused ?? subjectOf(v, i);
    let tgt: Group | undefined;
    if (TRANSFER_VERBS.has(word.lemma)) {
      // "sent advisers to Libya to help underpin the GNA": the one helped is the recipient.
      const help = w.slice(i + 1, i + 16).findIndex((x, k) => SUPPORT_VERBS.has(x.lemma) && w[i + k]?.lower === "to");
      if (help >= 0) tgt = objectAfter(v, i + 1 + help, { kind: "actor", within: 4 });
      tgt ??= objectAfter(v, i, { kind: "actor", within: 10, after: /^(to|for)$/ });
      const withAt = w.slice(i + 1, i + 5).findIndex((x) => x.lower === "with");
      // "provided Kyiv with air defence": the one provided, a capital standing for its state included.
      if (!tgt && withAt >= 0) tgt = objectAfter(v, i, { kind: "actor", within: withAt + 1, after: new RegExp(`^${word.lower}$`) });
    } else {
      tgt = objectAfter(v, i, { kind: "actor", within: 6 });
    }
    pairs("SUPPORTS", src, tgt, v, i, out);
  }
}

function allyRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "X joined forces with Y"
  if (word.lemma === "join" && w[i + 1]?.lower === "forces" && w[i + 2]?.lower === "with") {
    pairs("ALLIED_WITH", subjectOf(v, i), objectAfter(v, i + 2, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "the Three Brotherhood Alliance, which includes the Arakan Army"
  if (/^(include|includes|included|comprises|comprising|including)$/.test(word.lower) && (w[i - 1]?.lower === "which" || groupAt(v, i - 1))) {
    const whole = subjectOf(v, i);
    const isBody = whole && whole.keys.every((k) => /^(POLITICAL_GROUP|ARMED_GROUP|ORGANIZATION)$/.test(String(v.table.get(k)?.type)));
    if (isBody) pairs("MEMBER_OF", objectAfter(v, i, { kind: "actor", within: 8 }), whole, v, i, out);
    return;
  }
  // "X is part of Y", "X, part of the coalition", "a member of Y"
  if ((word.lower === "part" || word.lower === "member" || word.lower === "members") && w[i + 1]?.lower === "of" && w[i - 1]?.lower !== "in") {
    const whole = objectAfter(v, i + 1, { kind: "actor", within: 6 });
    const member = w[i - 1]?.text === "," ? v.groups.filter((g) => g.end === i - 1).pop() : subjectOf(v, i);
    // Part of a state is territory, not membership.
    const body = (g: Group | undefined) => !!g && g.keys.every((k) => !/^(STATE|PERSON)$/.test(String(v.table.get(k)?.type)));
    if (body(whole) && member && v.table.get(member.keys[0])?.type !== "STATE") pairs("MEMBER_OF", member, whole, v, i, out);
    return;
  }
  if (!ALLY_WORDS.has(word.lower)) return;
  const next = w[i + 1]?.lower ?? "";
  if (!/^(of|with|to)$/.test(next)) {
    if (/^(allies|partners)$/.test(word.lower)) within("ALLIED_WITH", subjectOf(v, i), v, i, out);
    return;
  }
  // "forces loyal to X" was resolved to X itself; only a named actor can be an ally.
  const subject = groupAt(v, i - 1) ?? (w[i - 1]?.text === "," ? undefined : subjectOf(v, i));
  const appositive = w.slice(Math.max(0, i - 5), i).some((x) => x.text === ",") ? v.groups.filter((g) => g.end <= i && w[g.end]?.text === ",").pop() : undefined;
  pairs("ALLIED_WITH", subject ?? appositive, objectAfter(v, i + 1, { kind: "actor", within: 6 }), v, i, out);
}

function opposeRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "clashes between X and Y"
  if (OPPOSE_NOUNS.has(word.lower) && w[i + 1]?.lower === "between") return within("OPPOSES", objectAfter(v, i + 1, { kind: "actor", within: 3 }), v, i, out);
  // "X clashed …", "after fierce fighting with government troops": the clause's subject, or the main clause's.
  if (/^(clashes|fighting|battles|clash|battle)$/.test(word.lower) && w[i + 1]?.lower === "with") {
    let start = i;
    while (start > 0 && !isBoundary(v, start - 1)) start--;
    const src = subjectOf(v, i) ?? (start > 0 ? subjectOf(v, start - 1) : undefined);
    return pairs("OPPOSES", src, objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
  }
  // "X and Y entered into armed clashes"
  if (/^(clashes|fighting|war|hostilities|battles)$/.test(word.lower) && !/^(against|on|with)$/.test(w[i + 1]?.lower ?? "")) {
    const subj = subjectOf(v, i);
    if (subj && subj.keys.length > 1) within("OPPOSES", subj, v, i, out);
  }
  // "an offensive against X", "declared war on X", "losses to X", "gained ground on X", "capture Tripoli from X"
  if (OPPOSE_NOUNS.has(word.lower) && /^(against|on|to)$/.test(w[i + 1]?.lower ?? "")) {
    const tgt = objectAfter(v, i + 1, { kind: "actor", within: 5 });
    const possessor = groupAt(v, i - 1) ?? (w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : undefined);
    const src = possessor ?? subjectOf(v, i) ?? (i < 3 ? undefined : nextSubject(v, i));
    return pairs("OPPOSES", src, tgt, v, i, out);
  }
  if ((word.lemma === "capture" || word.lemma === "take" || word.lemma === "seize") && w[i - 1]?.lower === "to") {
    const from = w.slice(i + 1, i + 6).findIndex((x) => x.lower === "from");
    if (from >= 0) pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i + 1 + from, { kind: "actor", within: 3 }), v, i, out);
    return;
  }
  if (isVerbOf(OPPOSE_VERBS, word) && actsAsVerb(v, i)) {
    if (SIDE_WITH.test(w[i + 1]?.lower ?? "")) return;
    const src = subjectOf(v, i);
    // "launched drones at Saudi Arabia": what is launched is not the target; where it is aimed is.
    if (/^(launch|fire|shoot)$/.test(word.lemma)) return pairs("OPPOSES", src, objectAfter(v, i, { kind: "actor", within: 6, after: /^(at|on|against|into)$/ }), v, i, out);
    const tgt = word.lemma === "clash" || word.lemma === "fight" && w[i + 1]?.lower === "with" ? objectAfter(v, i, { kind: "actor", within: 3, after: /^with$/ }) : objectAfter(v, i, { kind: "actor", within: 4 });
    pairs("OPPOSES", src, tgt, v, i, out);
  }
}

/** "After suffering losses to X, Ethiopia's military …": the subject comes after the clause. */
function nextSubject(v: View, i: number): Group | undefined {
  for (let j = i + 1; j < v.s.words.length; j++) if (v.s.words[j].text === ",") return v.groups.find((g) => g.start === j + 1 && g.kind === "actor");
  return undefined;
}

function controlRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // Intentions are not control: "a campaign to capture Tripoli", "failed to seize".
  if (w[i - 1]?.lower === "to") return;
  if (word.lower === "control" && w[i + 1]?.lower === "of" && /^(take|took|taken|taking|gain|gained|seize|seized|assume|assumed|wrest|wrested|has|have|had|retain|retains)$/.test(w[i - 1]?.lower ?? "")) {
    const place = objectAfter(v, i + 1, { kind: "location", within: 5 }) ?? lastPlaceBefore(v, i);
    return pairs("CONTROLS", subjectOf(v, i), place, v, i, out);
  }
  if (CONTROL_PARTICIPLES.has(word.lower) && w[i + 1]?.lower === "by") {
    const src = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    let j = i - 1;
    while (j >= 0 && (BE.test(w[j].lower) || w[j].text === ",")) j--;
    return pairs("CONTROLS", src, groupAt(v, j), v, i, out);
  }
  if (isVerbOf(CONTROL_VERBS, word) && actsAsVerb(v, i) && word.lemma !== "take" && word.lemma !== "gain" && word.lemma !== "enter") {
    // The verb's object, or a place it lists ("captured the districts …, including al-Qardabiya"),
    // never a place something else is in ("overran a base in Lower Shabelle").
    const objectOfVerb = (g: Group) => {
      const lead = w.slice(i + 1, g.start).filter((x) => !/^(DET|ADJ|NUM)$/.test(x.pos)).pop()?.lower;
      return lead === undefined || /^(including|of|capital|city|town|village|cities|towns|villages|areas|parts|,|")$/.test(lead);
    };
    let place: Group | undefined;
    for (let j = i; j < i + 16 && !place; ) {
      const g = objectAfter(v, j, { kind: "location", within: i + 16 - j });
      if (!g) break;
      if (objectOfVerb(g)) place = g;
      j = g.end - 1;
    }
    if (place && !v.groups.some((g) => g.kind === "actor" && g.start > i && g.start < place.start && !/^(from|of)$/.test(w[g.start - 1]?.lower ?? ""))) {
      pairs("CONTROLS", subjectOf(v, i), place, v, i, out);
      // "retook Omdurman from the RSF"
      const from = objectAfter(v, place.end - 1, { kind: "actor", within: 5, after: /^from$/ });
      pairs("OPPOSES", subjectOf(v, i), from, v, i, out);
    }
  }
  // "Tripoli, home of the GNA"
  if (word.lower === "home" && w[i + 1]?.lower === "of" && w[i - 1]?.text === ",") pairs("CONTROLS", objectAfter(v, i + 1, { kind: "actor", within: 3 }), groupAt(v, i - 2), v, i, out);
}

/** "took control of large parts" of the place named just before. */
function lastPlaceBefore(v: View, i: number): Group | undefined {
  return v.groups.filter((g) => g.kind === "location" && g.end <= i).pop();
}

export function findRelations(sentences: WordSentence[], mentions: Mention[][], table: EntityTable): RawRelation[] {
  const out: RawRelation[] = [];
  for (const s of sentences) {
    const v = buildView(s, mentions[s.index], table);
    if (v.groups.length < 1) continue;
    for (let i = 0; i < s.words.length; i++) {
      if (isBoundary(v, i) && s.words[i].text !== "(") continue;
      supportRules(v, i, out);
      allyRules(v, i, out);
      opposeRules(v, i, out);
      controlRules(v, i, out);
    }
  }
  return out;
}

/**
 * Sentence-level patterns that span two clauses: "X overran the base; Y fled" (X fought Y),
 * and arms "imported from" a country by the clause's subject.
 */
export function findCrossClauseRelations(sentences: WordSentence[], mentions: Mention[][], table: EntityTable, found: RawRelation[]): RawRelation[] {
  const out: RawRelation[] = [];
  for (const s of sentences) {
    const v = buildView(s, mentions[s.index], table);
    const w = s.words;
    for (let i = 0; i < w.length; i++) {
      if (/^(flee|retreat|withdraw)$/.test(w[i].lemma) && w[i].pos === "VERB") {
        const loser = subjectOf(v, i);
        for (const c of found.filter((r) => r.sentence === s.index && r.type === "CONTROLS")) {
          for (const k of loser?.keys ?? []) if (k !== c.source) out.push({ type: "OPPOSES", source: c.source, target: k, sentence: s.index, trigger: i });
        }
      }
      if (/^(imported|bought|purchased|acquired|obtained)$/.test(w[i].lower) && w[i + 1]?.lower === "from") {
        pairs("SUPPORTS", objectAfter(v, i + 1, { within: 3 }), subjectOf(v, i), v, i, out);
      }
    }
  }
  return out;
}
