import { citiesNamed, countryForm } from "./gazetteer.js";
import { findProperSpans, personSegment, properSpans, segmentSpan } from "./spans.js";
import { ACTOR_HEADS, PLACE_HEADS, appointedAt, byBeforeDescribed, ledByAt, bareTitleAt, titledByCopula, GOVERNMENT_NOUNS, GROUP_NOUNS, headKind, heldThen, IDEOLOGY_WORDS, JIHADIST_NAME, KIN_NOUNS, PERSON_NOUNS, SPEECH_VERBS, TITLES, WEAPON_HEADS, weaponHeadAt } from "./vocabulary.js";
import { datelineDash, POSSESSIVE, surfaceOf, whoAfterDescription, type Word, type WordSentence } from "./words.js";

/**
 * What the whole article says about names before any single mention is resolved: acronyms it
 * defines, names it uses for people and for armed groups. Mentions before a definition
 * ("GNA" in the headline, "Haftar" before "Khalifa Haftar") resolve through it.
 */
export interface Knowledge {
  /** "GNA" → "Government of National Agreement". */
  acronyms: Map<string, string>;
  /** The other way: a full name → the first acronym defined for it. */
  acronymOf: Map<string, string>;
  /** Full names used for people ("Khalifa Haftar"). */
  people: Set<string>;
  /** Names followed somewhere by a word for an armed group ("al-Shabab" extremists). */
  groups: Set<string>;
  /** The names each such word follows: "rebels" → {"M23"}. */
  namesByNoun: Map<string, Set<string>>;
  /** Capitalised words used as a noun after "the" somewhere ("the Taliban said"), not only before one ("Kurdish villages"). */
  nouns: Set<string>;
}

/** The one group the article calls by this noun ("M23 rebels" for "Rwanda-backed rebels"), if only one. */
export function onlyGroupCalled(k: Knowledge, noun: string): string | undefined {
  const names = k.namesByNoun.get(noun.replace(/s$/, ""));
  return names?.size === 1 ? [...names][0] : undefined;
}


const NOT_INITIALLED = /^(of|for|and|the)$/i;
const ARABIC_ARTICLE = /^(al|el)-/i;

/** The initials of words a..b: their capitalised words but "of", "for", "and", "the", an Arabic article left out ("al-Qaeda" gives Q). */
function initials(words: Word[], a: number, b: number): string {
  let letters = "";
  for (let k = a; k < b; k++) if (words[k].cap && !NOT_INITIALLED.test(words[k].text)) letters += words[k].text.replace(ARABIC_ARTICLE, "")[0].toUpperCase();
  return letters;
}

/** The words an acronym in brackets abbreviates: the longest run whose initials spell it. */
export function acronymExpansion(words: Word[], open: number, acronym: string): [number, number] | null {
  const letters = acronym.replace(/[.-]/g, "").toUpperCase();
  for (let a = Math.max(0, open - 9); a < open; a++) {
    if (!words[a].cap || words[a].lower === "the") continue;
    if (initials(words, a, open) === letters) return [a, open];
  }
  const spans = findProperSpans(words.slice(0, open));
  const last = spans[spans.length - 1];
  // "Front for Change and Concord in Chad (FACT)": a translated name keeps its acronym but not its initials;
  // it runs back over its connecting words to its head.
  let start = open;
  while (start > 0 && open - start < 9 && (words[start - 1].cap || (NAME_JOINS.has(words[start - 1].lower) && words[start - 2]?.cap && words[start]?.cap))) start--;
  while (start < open && (!words[start].cap || words[start].lower === "the")) start++;
  // ("African Union Support and Stabilisation Mission in Somalia (AUSSOM)": or a head inside it, the first letters agreeing.)
  const head = headKind(words[start] ?? { text: "", lower: "" }) !== undefined || (words[start]?.text[0] === letters[0] && words.slice(start + 1, open).some((w) => w.cap && headKind(w) !== undefined));
  if (head && open - start >= 3 && (!last || last.start >= start) && !countryForm(words[start].text)) return [start, open];
  // ("Union for Peace in the Central African Republic (UPC)", "Movement for the Justice and the Equality (JEM)": or it runs
  // over "in the", "of the", "for the", "and the" inside it back to a head that starts the acronym — no "and" after a
  // country, which joins two names: "the Government of Indonesia and the Free Aceh Movement (GAM)".)
  let from = start;
  while (from > 0 && open - from < 12 && (words[from - 1].cap || inJoinRun(words, from - 1) || (NAME_JOINS.has(words[from - 1].lower) && words[from - 2]?.cap && words[from]?.cap))) from--;
  if (words[from].lower === "the") from++;
  // ("Popular Front for the Renaissance … (FPRC)": the head may come second, a translated name's adjective before it.)
  const initialHead = (f: number) => [f, f + 1].some((h) => h < open && words[h].cap && headKind(words[h]) !== undefined && (h === f || words[h].text[0] === letters[0]));
  // ("the rebels of Darfur of the Movement for the Justice and the Equality (JEM)", "the rebels Tuaregs of the National
  // Movement of Liberation of the Azawad (MNLA)": the place or people that a noun for fighters before the run is
  // of is not the name's; its head after "of the" opens it.)
  const fighters = GROUP_NOUNS.has(words[from - 1]?.lower ?? "") || (words[from - 1]?.lower === "of" && GROUP_NOUNS.has(words[from - 2]?.lower ?? ""));
  let named = from;
  while (fighters && named < start && !initialHead(named)) {
    named++;
    while (named < start && !(words[named].cap && /^(of|the)$/.test(words[named - 1].lower))) named++;
  }
  if (named < start && open - named < 12 && initialHead(named)) return [named, open];
  if (!last || last.end < open - 1 || last.end - last.start < 2) return null;
  // ("Branko Crvenkovski of the Social Democratic Union of Macedonia (SDSM)": the body after a person's name.)
  const segs = segmentSpan(words, last);
  const body = segs.find((g, n) => n > 0 && g.kind === "name" && personSegment(segs[n - 1]));
  if (body) return [body.start, last.end];
  return [words[last.start].lower === "the" ? last.start + 1 : last.start, last.end];
}

/**
 * Whether word `j` is in a run of two or three joining words between two capitalised words of a translated name:
 * "for the", "and the", and a translation's "to" ("Group of Support to Islam and to Muslims", "Mission of Support to
 * the Security", "Movement of Support to the Revolution and to the Republic"); "the" only last, no "and" after a country.
 */
function inJoinRun(words: Word[], j: number): boolean {
  let a = j, b = j + 1;
  while (a > 0 && JOIN_RUN.test(words[a - 1].lower) && !words[a - 1].cap) a--;
  while (b < words.length && JOIN_RUN.test(words[b].lower) && !words[b].cap) b++;
  if (!JOIN_RUN.test(words[j]?.lower ?? "") || b - a < 2 || b - a > 3 || !words[a - 1]?.cap || !words[b]?.cap) return false;
  if (words.slice(a, b - 1).some((x) => x.lower === "the") || words.slice(a, b).filter((x) => x.lower === "and").length > 1) return false;
  return !(words[a].lower === "and" && countryForm(words[a - 1].text));
}
const JOIN_RUN = /^(in|of|for|and|to|the)$/;

const NAME_PARTICLES = new Set(["de", "da", "do", "dos", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el"]);

/** Words that join the parts of a translated name: "Front for Change and Concord in Chad". */
const NAME_JOINS = new Set(["of", "for", "and", "in", "to", "de", "du", "des", "la", "le", "el", "al", "pour", "et", "y", "del"]);

function isPersonName(words: Word[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 4) return false;
  // "Staffan de Mistura", "Ursula von der Leyen": lower-case particles inside a name.
  for (let k = a; k < b; k++) if ((!words[k].cap && (k === a || k === b - 1 || !NAME_PARTICLES.has(words[k].lower))) || words[k].acronym || /^\d/.test(words[k].text)) return false;
  // ("County Tyrone", "Lake Chad": a kind of place opening a name makes it a place's.)
  if (PLACE_HEADS.get(words[a].lower) !== undefined || /^(lake|mount|river)$/.test(words[a].lower)) return false;
  const s = surfaceOf(words, a, b);
  return !countryForm(s) && !headKind(words[b - 1]);
}

/** The article's names of several words that end in an actor head, with their initials: what an acronym it never spells out may abbreviate. */
function initialledNames(sentences: WordSentence[]): Array<{ full: string; init: string }> {
  const names: Array<{ full: string; init: string }> = [];
  for (const sentence of sentences) {
    const { words } = sentence;
    for (const s of properSpans(sentence)) {
      const full = surfaceOf(words, s.start, s.end);
      if (s.end - s.start > 1 && headKind(words[s.end - 1])) names.push({ full, init: initials(words, s.start, s.end) });
      // "Tehreek-e-Taliban Pakistan … the TTP": a jihadist name with no head noun, each capitalised part of a hyphened word an initial.
      else if (JIHADIST_NAME.test(full)) {
        names.push({ full, init: full.split(/[\s-]+/).filter((p) => /^\p{Lu}/u.test(p) && !NOT_INITIALLED.test(p)).map((p) => p.replace(ARABIC_ARTICLE, "")[0].toUpperCase()).join("") });
      }
    }
  }
  return names;
}

/** The name whose initials spell an acronym ("U.N." or "UN"): apart from the loop over words, whose word no closure may capture. */
const nameWithInitials = (names: Array<{ full: string; init: string }>, acronym: string) => names.find((n) => n.init === acronym.replace(/\./g, ""));

/**
 * "the Islamist group Hayat Tahrir al-Sham": one word before a group's noun, with the group's own name
 * right after the noun, only describes that name. ("Kurdish forces" may stand alone before a name.)
 */
export function describesNameAfter(words: Word[], a: number, b: number, nounAt: number): boolean {
  return b - a === 1 && words[nounAt + 1]?.cap === true && words[nounAt + 1].pos === "PROPN" && words[nounAt].lower !== "forces";
}

/**
 * What a name right before word `b` is said to be, or to have done, that only an armed group is or does:
 * "The New IRA is the largest of the dissident republican groups", "Ansar Dine is an Islamist
 * movement", "JNIM claimed responsibility for the attack".
 */
function saidToBeGroup(words: Word[], b: number): boolean {
  const next = words[b];
  if (!next) return false;
  if (next.lemma === "claim" || (next.pos === "AUX" && words[b + 1]?.lemma === "claim")) return words.slice(b + 1, b + 4).some((x) => x.lower === "responsibility");
  if (!/^(is|was)$/.test(next.lower)) return false;
  for (let j = b + 1; j < Math.min(words.length, b + 9); j++) {
    const x = words[j];
    // ("X is the group's leader", "X was shot by the group": what the group has or does is not X.)
    if (x.pos === "VERB" || x.pos === "AUX" || x.text === "," || POSSESSIVE.test(x.text) || TITLES.get(x.lower) !== undefined) return false;
    // ("one of the … groups": the plural too.)
    const noun = x.lower.endsWith("s") && words[j - 1]?.lower !== "a" ? x.lower.slice(0, -1) : x.lower;
    if (!x.cap && (GROUP_NOUNS.has(noun) || ACTOR_HEADS.get(noun) === "ARMED_GROUP")) return words[j + 1]?.lower !== "of" || words[j - 1]?.lower === "the";
  }
  return false;
}

/**
 * "the Islamist group Hayat Tahrir al-Sham": whether the name a..b is a word before a group's noun
 * that only describes the group's own name after it. (Asked only where a group's noun follows.)
 */
function describesGroupName(words: Word[], a: number, b: number): boolean {
  let nounAt = GROUP_NOUNS.has(words[b]?.lower ?? "") || ACTOR_HEADS.get(words[b]?.lower ?? "") ? b : b + 1;
  while (GROUP_NOUNS.has(words[nounAt + 1]?.lower ?? "") || ACTOR_HEADS.get(words[nounAt + 1]?.lower ?? "")) nounAt++;
  return describesNameAfter(words, a, b, nounAt);
}

/**
 * Whether the apposition after the comma at `b` ("X, an Iran-aligned group,") calls the name an armed group.
 * ("Moura, the army said" is no apposition: a verb follows the noun.)
 * ("X, the Baloch Liberation Army": a capitalised head names another party, it describes none.)
 * ("Yahya Sinwar, the group's leader": what the group owns describes the name, not the group.)
 */
function apposedGroup(words: Word[], b: number): boolean {
  const describing = words.slice(b + 2, b + 6).findIndex((x) => !x.cap && (GROUP_NOUNS.has(x.lower) || ACTOR_HEADS.get(x.lower) === "ARMED_GROUP"));
  const after = words[b + 3 + describing];
  // ("Benghazi, the rebel stronghold": a group noun before another noun only describes that noun.)
  const modifies = after !== undefined && !after.cap && after.pos === "NOUN" && !GROUP_NOUNS.has(after.lower) && ACTOR_HEADS.get(after.lower) === undefined;
  // ("Aden, a day after troops loyal to …": a group noun past a preposition or verb is in another phrase.)
  const elsewhere = words.slice(b + 2, b + 2 + describing).some((x) => /^(ADP|VERB|AUX|SCONJ)$/.test(x.pos));
  return describing >= 0 && !modifies && !elsewhere && !/^(VERB|AUX)$/.test(after?.pos ?? "") && !POSSESSIVE.test(after?.text ?? "");
}

/** Adverbs before "known as": "also", "better", "formally", "officially". */
export const KNOWN_ADVERBS = /^(also|better|formally|formerly|officially|commonly|widely|locally|popularly|previously|now)$/;

/**
 * "X, known as Gheniwa, head of the SSA", "X, also known as Abu Ubaidah, who leads …", "X, alias \"Gabino\", …":
 * another name for X set off by commas says nothing of its own, and what follows it is said of X. The index of
 * the comma that closes the aside after the comma at `comma`, or `comma` itself where no such aside opens.
 */
export function pastAlias(words: ReadonlyArray<Word>, comma: number): number {
  if (words[comma]?.text !== ",") return comma;
  let j = comma + 1;
  if (KNOWN_ADVERBS.test(words[j]?.lower ?? "")) j++;
  if (words[j]?.lower === "known" && words[j + 1]?.lower === "as") j += 2;
  else if (words[j]?.lower === "alias") j++;
  else return comma;
  // The other name: capitalised or quoted words, up to the closing comma.
  if (!words[j]?.cap && !/^["“]$/.test(words[j]?.text ?? "")) return comma;
  for (let e = j + 1; e < Math.min(words.length, j + 7); e++) {
    if (words[e].text === ",") return e;
    if (!words[e].cap && !/^["“”'-]$/.test(words[e].text) && !/^(al|el|bin|ben|ibn|abu|de|da|dos)$/.test(words[e].lower)) return comma;
  }
  return comma;
}

/**
 * Acronyms given beside a name of several words without brackets: "the South-West Africa People's
 * Organization, or SWAPO", "the Nicaraguan Democratic Force, known as FDN", "RENAMO - the Mozambican
 * National Resistance -". Their letters need not spell the name (a translated one keeps its own).
 */
function apposedAcronyms(sentence: WordSentence): Array<[string, string]> {
  const { words } = sentence;
  const spans = properSpans(sentence).filter((s) => s.end - s.start >= 2 && !s.quoted && !countryForm(surfaceOf(words, s.start, s.end)));
  const found: Array<[string, string]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].acronym || countryForm(words[i].text)) continue;
    const after = words[i + 1]?.text;
    const closes = after === undefined || /^([,.;)]|[—–-]+)$/.test(after);
    // ", or SWAPO", ", known as ISI", ", also known as ISIS"
    let j = i - 1;
    if (words[j]?.lower === "as" && words[j - 1]?.lower === "known") j = KNOWN_ADVERBS.test(words[j - 2]?.lower ?? "") ? j - 3 : j - 2;
    else if (words[j]?.lower === "or") j--;
    else j = -1;
    const before = j > 0 && words[j].text === "," && closes ? spans.find((s) => s.end === j) : undefined;
    if (before) found.push([words[i].text, surfaceOf(words, before.start, before.end)]);
    // "RENAMO - the Mozambican National Resistance -" (or "," after it)
    const dashed = /^[—–-]+$/.test(after ?? "") && words[i + 2]?.lower === "the" && (i === 0 || /^[,(—–-]$/.test(words[i - 1].text) || words[i - 1].pos !== "PROPN") ? spans.find((s) => s.start === i + 3) : undefined;
    if (dashed && /^([,;]|[—–-]+)$/.test(words[dashed.end]?.text ?? "")) found.push([words[i].text, surfaceOf(words, dashed.start, dashed.end)]);
  }
  return found;
}

/**
 * "Al-Qaeda in the Islamic Maghreb (Aqmi)", "the Forces Armed Malian (FAMa)": an acronym written as a word, as
 * translations and some styles do, is one wherever the article uses it once it stands in brackets after a name
 * of several words that starts with its letter.
 */
function markWrittenAcronyms(sentences: WordSentence[]) {
  const written = new Set<string>();
  for (const { words } of sentences) {
    for (let i = 1; i + 2 < words.length; i++) {
      const w = words[i + 1];
      if (words[i].text !== "(" || words[i + 2].text !== ")" || w.acronym || !WRITTEN_ACRONYM.test(w.text) || countryForm(w.text)) continue;
      const exp = acronymExpansion(words, words[i - 1].text === '"' ? i - 1 : i, w.text);
      if (exp && exp[1] - exp[0] >= 2 && words[exp[0]].text[0] === w.text[0]) written.add(w.text);
    }
  }
  if (written.size) for (const { words } of sentences) for (const w of words) if (written.has(w.text)) w.acronym = true;
}
const WRITTEN_ACRONYM = /^[A-Z](?=[A-Za-z]*[a-z])[A-Za-z]{2,7}$/;

export function gatherKnowledge(sentences: WordSentence[]): Knowledge {
  const k: Knowledge = { acronyms: new Map(), acronymOf: new Map(), people: new Set(), groups: new Set(), namesByNoun: new Map(), nouns: new Set() };
  markWrittenAcronyms(sentences);
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.cap && words[i - 1]?.lower === "the" && !/^(NOUN|PROPN|ADJ)$/.test(words[i + 1]?.pos ?? "")) k.nouns.add(w.text);
      // ("Banda Aceh (ANTARA News) -": a dateline's agency abbreviates nothing before it.)
      if (w.text === "(" && words[i + 1]?.acronym && !(sentence.index <= 1 && i < datelineDash(words))) {
        const exp = acronymExpansion(words, words[i - 1]?.text === '"' ? i - 1 : i, words[i + 1].text);
        if (exp) {
          const full = surfaceOf(words, exp[0], exp[1] - (words[exp[1] - 1].text === '"' ? 1 : 0)).replace(/^"|"$/g, "");
          for (let j = i + 1; j < words.length && words[j].text !== ")"; j++) if (words[j].acronym) k.acronyms.set(words[j].text, full);
        }
      }
    }
    for (const [acronym, full] of apposedAcronyms(sentence)) if (!k.acronyms.has(acronym)) k.acronyms.set(acronym, full);
    let before: { start: number; end: number; led: boolean } | undefined;
    for (const span of properSpans(sentence)) {
      const segs = segmentSpan(words, span);
      // "Branko Crvenkovski of the Social Democratic Union": the name before the body it belongs to is a person's.
      for (const g of segs) if (personSegment(g) && isPersonName(words, g.start, g.end)) k.people.add(surfaceOf(words, g.start, g.end));
      const nameSeg = segs[segs.length - 1];
      const t = segs.some((g) => g.kind === "title") ? segs.find((g) => g.kind === "title") : null;
      let a = nameSeg?.kind === "name" ? nameSeg.start : span.end;
      const b = span.end;
      const next = words[b];
      // "UN envoy for Syria Geir Pedersen": a title, its place, then the name.
      const titledFor = nameSeg !== undefined && nameSeg.start > span.start && /^(for|to)$/.test(words[span.start - 1]?.lower ?? "") && TITLES.get(words[span.start - 2]?.lower ?? "") !== undefined;
      // "led by Hadi al-Ameri and Abu Mahdi al-Muhandis": the second of two leaders named after "by" is a leader too.
      const led = ledByAt(words, byBeforeDescribed(words, span.start)) >= 0 || (before?.led === true && before.end === span.start - 1 && words[span.start - 1].lower === "and");
      before = { start: span.start, end: span.end, led };
      const titled = titledFor || t !== null || TITLES.get(words[span.start - 1]?.lower ?? "") !== undefined || titledByCopula(words, span.start) || led;
      // "Ali Hassan, Somalia's defence minister,": the apposition may open with its owner.
      // "Renato Rivera, coordinator of the OECO,": or with no article.
      // ("Abdulkadir Ahmed Aw-Ali, known as Firdhiye, the chairman of …": past another name set off by commas.)
      const c = pastAlias(words, b);
      const apposedRole = next?.text === "," && (((/^(a|an|the)$/.test(words[c + 1]?.lower ?? "") || POSSESSIVE.test(words[c + 2]?.text ?? "")) && words.slice(c + 2, c + 7).some((x) => TITLES.get(x.lower))) || bareTitleAt(words, c) >= 0);
      const speaker = (next && SPEECH_VERBS.has(next.lower)) || (SPEECH_VERBS.has(words[span.start - 1]?.lower ?? "") && (next === undefined || next.text === "," || next.text === "."));
      // "Hezbollah's leader, Hassan Nasrallah." ends the sentence as often as it goes on with a comma.
      const afterTitleComma = words[span.start - 1]?.text === "," && words.slice(Math.max(0, span.start - 9), span.start).some((x) => TITLES.get(x.lower)) && (next === undefined || next.text === "," || next.text === ".");
      // "Deby's son, Mahamat Idriss Deby,": a relative named in apposition.
      const relative = words[span.start - 1]?.text === "," && KIN_NOUNS.has(words[span.start - 2]?.lower ?? "") && words[span.start - 3]?.text === "'s";
      // "Riek Machar, who leads the SPLM-IO", "Amritpal Singh, a 30-year-old preacher who heads …", "X, the Indian diplomat
      // who …": "who" is said of people, and a name of two words or more it follows is a person's (a place's or a body's
      // is no person's name: the name's own words decide that below).
      const personRelative = next?.text === "," && (words[c + 1]?.lower === "who" || whoAfterDescription(words, c + 1, true) > 0);
      // "Hassan Ali was elected president of …": someone given an office.
      const given = appointedAt(words, b) >= 0;
      // "the Union for Peace in Central Africa (UPC) of Ali Darassa": a group, its acronym, then whose it is.
      const owner = words[span.start - 1]?.lower === "of" && words[span.start - 2]?.text === ")" && words[span.start - 3]?.acronym === true;
      // "the Eritrean government of Isaias Afwerki", "the regime of Bashar al-Assad", "Peru's government under Alberto
      // Fujimori": whose a government is, is a person (no city: "the government of Buenos Aires").
      // ("the government under then-President X": a title held at the time may come between.)
      const ruledAt = heldThen(words[span.start - 1]) ? span.start - 2 : span.start - 1;
      const ruler = /^(of|under)$/.test(words[ruledAt]?.lower ?? "") && GOVERNMENT_NOUNS.has(words[ruledAt - 1]?.lower ?? "") && b - a >= 2 && !citiesNamed(surfaceOf(words, a, b)).length;
      // "Jonas Savimbi's National Union for the Total Independence of Angola", "Ali Darassa's UPC": a full name owning a
      // body named by an acronym or two capitalised words is a man's (no town's, no jihadist name's: "Islamic State's Sahel affiliate").
      // ("Kim Jong Un's government", "Aung San Suu Kyi's elected government": or a government, which only a state's head has.)
      const ownsGovernment = GOVERNMENT_NOUNS.has(words[b + 1]?.lower ?? "") || (words[b + 1]?.pos === "VERB" && GOVERNMENT_NOUNS.has(words[b + 2]?.lower ?? ""));
      const ownsBody = next?.text === "'s" && b - a >= 2 && ((words[b + 1]?.cap === true && (words[b + 1].acronym || words[b + 2]?.cap === true)) || ownsGovernment) && !citiesNamed(surfaceOf(words, a, b)).length && !JIHADIST_NAME.test(surfaceOf(words, a, b));
      // "of the former policeman Jimmy Chérizier", "the businessman Erik Prince": a full name after a word for what a person does.
      const calling = PERSON_NOUNS.has(words[span.start - 1]?.lower ?? "") && a === span.start;
      if ((titled || calling || apposedRole || speaker || afterTitleComma || personRelative || relative || given || owner || ruler || ownsBody) && isPersonName(words, a, b) && (titled || b - a >= 2)) k.people.add(surfaceOf(words, a, b));
      // "al-Shabab extremists", "the Houthi movement": a name before a word for an armed group is one.
      // ("MiG-29 fighter jets" name a weapon: the noun is the weapon's; so do "F-16 fighters".)
      const armedHead = next && !next.cap && !WEAPON_HEADS.has(words[b + 1]?.lower ?? "") && !weaponHeadAt(words, b) && (GROUP_NOUNS.has(next.lower) || ACTOR_HEADS.get(next.lower) === "ARMED_GROUP" || (next.pos === "ADJ" && GROUP_NOUNS.has(words[b + 1]?.lower ?? "")));
      if (armedHead && !describesGroupName(words, span.start, b) && !(b - span.start === 1 && IDEOLOGY_WORDS.has(words[span.start].lower)) && !countryForm(surfaceOf(words, span.start, b))) {
        const name = surfaceOf(words, span.start, b).replace(/^the /i, "");
        k.groups.add(name);
        const noun = (GROUP_NOUNS.has(next.lower) || ACTOR_HEADS.get(next.lower) ? next.lower : words[b + 1].lower).replace(/s$/, "");
        if (!k.namesByNoun.has(noun)) k.namesByNoun.set(noun, new Set());
        k.namesByNoun.get(noun)!.add(name);
      }
      // "The Houthis, an Iran-aligned group," "Kataib Hezbollah, the Iran-backed armed group": an apposition says what the name is.
      if (next?.text === "," && /^(a|an|the)$/.test(words[b + 1]?.lower ?? "") && apposedGroup(words, b) && !countryForm(surfaceOf(words, span.start, b))) k.groups.add(surfaceOf(words, span.start, b).replace(/^the /i, ""));
      else if (saidToBeGroup(words, b) && !titled && !countryForm(surfaceOf(words, span.start, b))) k.groups.add(surfaceOf(words, span.start, b).replace(/^the /i, ""));
    }
  }
  // An acronym the article never spells out may still abbreviate a name it uses ("EU").
  // The names' initials are worked out only once such an acronym turns up.
  let names: Array<{ full: string; init: string }> | undefined;
  for (const { words } of sentences) for (const w of words) {
    if (!w.acronym || k.acronyms.has(w.text) || countryForm(w.text)) continue;
    names ??= initialledNames(sentences);
    const hit = nameWithInitials(names, w.text);
    if (hit) k.acronyms.set(w.text, hit.full);
  }
  for (const [acronym, full] of k.acronyms) if (!k.acronymOf.has(full)) k.acronymOf.set(full, acronym);
  // "Kataib Hezbollah announced …" speaks like a person; the article says elsewhere it is a group.
  for (const g of k.groups) k.people.delete(g);
  return k;
}
