import { countryForm, mayOpenCountryForm, mayOpenLongerCountryForm, type CountryInfo, type CountryForm } from "./gazetteer.js";
import { ACTOR_HEADS, COMPASS, GROUP_NOUNS, headKind, JIHADIST_NAME, NAME_POSSESSORS, NOT_NAMES, PLACE_HEADS, PORTFOLIO_WORDS, STATE_FORCE_NOUNS, TITLES } from "./vocabulary.js";
import { datelineDash, surfaceOf, type Word, type WordSentence } from "./words.js";
import { lexiconLemma, lexiconPos } from "./nlp.js";

/**
 * Runs of capitalised words ("proper spans") and their segmentation into country forms, titles
 * and a name: "Turkish President Recep Tayyip Erdogan" → Turkish | President | Recep Tayyip Erdogan.
 */
export interface ProperSpan {
  start: number;
  end: number;
  quoted: boolean;
  /** Its segments, once segmentSpan() has worked them out. */
  segments?: Segment[];
}

export type Segment =
  | { kind: "country"; start: number; end: number; country: CountryInfo; form: CountryForm }
  | { kind: "title"; start: number; end: number; title: string; leads: boolean }
  | { kind: "name"; start: number; end: number; person?: boolean };

/** A name splitSpan found to be a person's because a body's name follows it ("X of the Y Party"). */
export const personSegment = (g: Segment) => g.kind === "name" && g.person === true;

// ("the" only after "of" or "for": "In western Myanmar the Arakan Army" is two names.)
const CONNECTORS = new Set(["of", "for", "de", "du", "da", "do", "dos", "das", "del", "la", "al", "el", "bin", "ibn", "abu", "&"]);
// Asked of every word: compiled once here (a pattern written in a function is a new object at every call).
const LETTER = /\p{L}/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
const HYPHEN_UPPER = /-\p{Lu}/u;
const HYPHEN_PARTICIPLE = /\p{L}-\p{Ll}+ed$/u;
const ARTICLE_PREFIX = /^(al|el|ad|as|ash|an|ar|at|az|wal|ibn|bin|abu|bani|beni)-/i;
const OPENING_MARK = /^["(]$/;
const SMALL_NUMBER = /^\d{1,3}$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const NAME_CONNECTORS = /^(of|for|the|&)$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** "Ki-moon", "Jong-un": a given name's hyphened syllables, not "UN-recognized", "Iran-backed" or "Pro-government". */
function syllableName(text: string): boolean {
  const dash = text.indexOf("-");
  const first = text.slice(0, dash);
  return dash >= 2 && dash <= 4 && first !== first.toUpperCase() && !WORD_PREFIXES.has(first.toLowerCase()) && !countryForm(first) && !/ed$/.test(text);
}
const WORD_PREFIXES = new Set(["pro", "anti", "non", "post", "pre", "ex", "self", "neo", "semi", "co", "counter", "inter", "cross", "ultra", "multi", "sub", "mid", "so", "well", "far", "all", "half", "re", "de", "un", "tri", "bi", "mini", "vice", "war", "long", "top", "low", "high", "one", "two", "air", "sea", "big", "key", "oil", "gas", "red", "new", "old", "hard", "full", "part"]);

function nameLike(w: Word, sentenceStart: boolean): boolean {
  if (!w.cap || NOT_NAMES.has(w.lower)) return false;
  if (!LETTER.test(w.text)) return false;
  // "UN-recognized" is an adjective, not a name.
  // ("Ban Ki-moon": a name's syllable before the hyphen is neither an acronym, a country nor a prefix.)
  if (HYPHEN_LOWER.test(w.text) && !ARTICLE_PREFIX.test(w.text) && !HYPHEN_UPPER.test(w.text) && !syllableName(w.text)) return false;
  // "Al-Qaeda-linked fighters": a participle after the name makes an adjective of it.
  if (HYPHEN_PARTICIPLE.test(w.text)) return false;
  if (sentenceStart && w.pos !== "PROPN" && !w.acronym && !countryForm(w.text) && !TITLES.get(w.lower)) return false;
  // A head noun alone ("Forces aligned with ...") is a common noun that happens to start a sentence.
  if (sentenceStart && ACTOR_HEADS.get(w.lower)) return false;
  // "Dozens of Malian soldiers", "Residents said": a plural the lexicon knows is a common noun.
  // ("Al-Shabab" is no plural: the lexicon lemmatises only the part before the hyphen.)
  if (sentenceStart && !w.acronym && !w.text.includes("-") && lexiconPos(w.lower) === "NOUN" && lexiconLemma(w.lower) !== w.lower && !countryForm(w.text)) return false;
  return true;
}

/** Where any word is capitalised: a sentence's start, inside quotes or brackets, after a dateline's dash. */
const opensText = (words: Word[], i: number, dateline: number) => i === 0 || OPENING_MARK.test(words[i - 1]?.text ?? "") || (dateline >= 0 && i === dateline + 1);


/**
 * A possessive continues a name only after a word that names a body of people ("People's",
 * "Workers'") and when the name goes on to an actor head: "Haftar's Libyan National Army" is two names.
 */
function possessiveInName(words: Word[], j: number): boolean {
  const mark = words[j].text;
  if (mark !== "'s" && !(mark === "'" && words[j - 1].lower.endsWith("s"))) return false;
  if (!NAME_POSSESSORS.has(words[j - 1].lower)) return false;
  for (let k = j + 1; k < Math.min(words.length, j + 5) && nameLike(words[k], false); k++) if (headKind(words[k])) return true;
  return false;
}

function andInName(words: Word[], i: number): boolean {
  const [first, and, second] = [words[i], words[i + 1], words[i + 2]];
  if (and?.lower !== "and" || !second || !nameLike(second, false) || !first.cap) return false;
  // Common nouns ("Justice", "Peace") are capitalised only inside a name; "Hamas and Islamic Jihad" are two.
  if (lexiconPos(first.lower) !== "NOUN" || lexiconPos(second.lower) !== "NOUN") return false;
  for (let k = i + 2; k < Math.min(words.length, i + 6) && nameLike(words[k], false); k++) if (headKind(words[k])) return true;
  return false;
}

function andClosesBodyName(words: Word[], start: number, j: number): boolean {
  const [and, last, after] = [words[j], words[j + 1], words[j + 2]];
  if (and?.lower !== "and" || !last || !nameLike(last, false) || after?.cap) return false;
  // ("Civic Alliance for Justice and Democracy": the head may come after a describing word.)
  const joint = words.slice(start + 1, j).findIndex((w) => w.lower === "of" || w.lower === "for");
  if (joint < 0 || !words.slice(start, start + 1 + joint).some((w) => headKind(w))) return false;
  return lexiconPos(last.lower) === "NOUN" && lexiconPos(words[j - 1].lower) === "NOUN";
}

/**
 * A sentence's proper spans. Gathering knowledge and finding mentions both read every sentence's
 * spans and their segments: each is worked out once per sentence (and per span), kept with it and
 * shared read-only (a WeakMap keyed by the words cost 0.4 µs a sentence to fill).
 */
export function properSpans(s: WordSentence): ProperSpan[] {
  return (s.spans ??= findProperSpans(s.words));
}

/** The proper spans of any run of words, worked out anew. */
export function findProperSpans(words: Word[]): ProperSpan[] {
  const spans: ProperSpan[] = [];
  const dateline = datelineDash(words);
  let i = 0;
  while (i < words.length) {
    // A quoted run of capitalised words is one name even with "and" inside it.
    // (Or a short preposition: a group "calling itself "Peace at Home Council"".)
    if (words[i].text === '"') {
      let j = i + 1;
      while (j < words.length && j - i <= 9 && words[j].text !== '"' && (words[j].cap || /^(of|for|and|the|de|at|in|on)$/.test(words[j].lower))) j++;
      const inner = words.slice(i + 1, j);
      const named = inner.length >= 3 && inner.filter((w) => w.cap).length >= inner.length - 2;
      if (j < words.length && words[j].text === '"' && j > i + 1 && words[i + 1].cap && words[j - 1].cap && (ACTOR_HEADS.get(words[j - 1].lower) || named)) {
        spans.push({ start: i + 1, end: j, quoted: true, segments: undefined });
        i = j + 1;
        continue;
      }
    }
    // Only a capitalised word or an ordinal opens a name: most words are turned away before any pattern is tried.
    if (!words[i].cap && !isDigit(words[i].text.charCodeAt(0))) {
      i++;
      continue;
    }
    const datedName = words[i].cap && SMALL_NUMBER.test(words[i + 1]?.text ?? "") && words[i + 2]?.cap && ACTOR_HEADS.get(words[i + 2].lower);
    // "the 33rd Front", "the 10th Brigade": an ordinal opens a unit's name.
    // ("the 94th Infantry Battalion", "the 3rd Mechanised Infantry Division": a word or two may describe the head.)
    const ordinalName = ORDINAL.test(words[i].text) && words[i + 1]?.cap && (headKind(words[i + 1]) !== undefined || (words[i + 2]?.cap && (headKind(words[i + 2]) !== undefined || (words[i + 3]?.cap && headKind(words[i + 3]) !== undefined))));
    // "Security forces clashed …", "Rebel fighters …": a describing word opening the text before a noun for fighters.
    const describingOpener = opensText(words, i, dateline) && PORTFOLIO_WORDS.has(words[i].lower) && words[i + 1] !== undefined && !words[i + 1].cap && (GROUP_NOUNS.has(words[i + 1].lower) || STATE_FORCE_NOUNS.has(words[i + 1].lower));
    // "Regular Zairian units …", "Elite Ugandan troops …": a describing word opening the text before a demonym and a
    // common noun is no part of a name (the demonym is read alone).
    const adjectiveOpener = opensText(words, i, dateline) && lexiconPos(words[i].lower) === "ADJ" && countryForm(words[i + 1]?.text ?? "")?.form === "demonym" && !countryForm(surfaceOf(words, i, i + 2)) && words[i + 2] !== undefined && !words[i + 2].cap;
    if (describingOpener || adjectiveOpener || (!datedName && !ordinalName && !nameLike(words[i], opensText(words, i, dateline)))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < words.length && nameLike(words[j], false)) j++;
      // "Tigray People's Liberation Front", "Kurdistan Workers' Party": a possessive inside a name.
      else if (j + 1 < words.length && possessiveInName(words, j)) j += 2;
      // "Justice and Equality Movement": two common nouns joined by "and" inside a name with a head.
      else if (j === i + 1 && andInName(words, i)) j += 2;
      // "Group for the Support of Islam and Muslims", "Forces for Freedom and Change": a body's head, "for" or "of", then common nouns joined.
      else if (j > i + 2 && andClosesBodyName(words, i, j)) j += 2;
      // "Trinidad and Tobago": a country whose name holds "and".
      else if (j + 1 < words.length && words[j].lower === "and" && countryForm(surfaceOf(words, i, j + 2))) j += 2;
      // "March 23 Movement": a number inside a name that a head noun closes.
      else if (j + 1 < words.length && SMALL_NUMBER.test(words[j].text) && ACTOR_HEADS.get(words[j + 1].lower) && words[j + 1].cap) j += 2;
      // "Front 33", "Brigade 47": a unit's number after its head noun.
      else if (j < words.length && SMALL_NUMBER.test(words[j].text) && words[j - 1].cap && ACTOR_HEADS.get(words[j - 1].lower) === "ARMED_GROUP" && !words[j + 1]?.cap && words[j + 1]?.pos !== "NOUN") j++;
      else if (j + 1 < words.length && CONNECTORS.has(words[j].lower) && (nameLike(words[j + 1], false) || (words[j + 1].lower === "the" && words[j + 2] && nameLike(words[j + 2], false)))) j += words[j + 1].lower === "the" ? 3 : 2;
      // "Islamic State in the Sahel", "al-Qaeda in the Islamic Maghreb (AQIM)": a jihadist movement's name goes on
      // with the region it fights in, or with a place its acronym closes ("… in Iraq (IRI)"); "al-Shabaab in Somalia" is where it is.
      else if (j + 1 < words.length && words[j].lower === "in" && JIHADIST_NAME.test(surfaceOf(words, i, j) + " ") && jihadistRegion(words, j + 1)) j = jihadistRegion(words, j + 1);
      // "the Islamic Resistance in Iraq": a resistance named with "the" holds the country it fights in ("Hezbollah in Lebanon" is where it is).
      else if (j + 1 < words.length && words[j].lower === "in" && words[j - 1].text === "Resistance" && words[i - 1]?.lower === "the" && countryNameAt(words, j + 1)) j += 1 + countryNameAt(words, j + 1);
      // "United Nations Interim Force in Lebanon", "African Union Mission in Somalia": a mission's name holds where it serves.
      else if (j + 1 < words.length && words[j].lower === "in" && /^(Mission|Force)$/.test(words[j - 1].text) && j - i >= 2 && placeAfterIn(words, j + 1)) j = placeAfterIn(words, j + 1)!.end;
      // "African Union Mission to Somalia", "American Mission for Aid to Greece": a mission's name holds the country it is sent to.
      else if (j + 1 < words.length && words[j].lower === "to" && words.slice(i + 1, j).some((w) => w.text === "Mission") && countryNameAt(words, j + 1)) j += 1 + countryNameAt(words, j + 1);
      else break;
    }
    // "al Qaeda", "al Shabab": an Arabic article written apart opens the name.
    const article = i > 0 && /^(al|el)$/.test(words[i - 1].text) && (spans.length === 0 || spans[spans.length - 1].end < i - 1);
    spans.push({ start: article ? i - 1 : i, end: j, quoted: false, segments: undefined });
    i = j;
  }
  return spans;
}

/** Where a place named after "in" ends ("the Sahel", "Lebanon"), and whether "the" opened it. */
function placeAfterIn(words: Word[], p: number): { end: number; the: boolean } | undefined {
  const the = words[p]?.lower === "the";
  let q = the ? p + 1 : p;
  if (!words[q] || !nameLike(words[q], false)) return undefined;
  while (words[q] && nameLike(words[q], false)) q++;
  return { end: q, the };
}

/** Where "the Sahel", "the Islamic Maghreb" or "Iraq (IRI)" after a jihadist name's "in" ends, or 0. */
function jihadistRegion(words: Word[], p: number): number {
  const place = placeAfterIn(words, p);
  return place && (place.the || (words[place.end]?.text === "(" && words[place.end + 1]?.acronym)) ? place.end : 0;
}

function longestCountry(words: Word[], p: number, end: number) {
  if (p >= end || !mayOpenCountryForm(words[p].text)) return null;
  // Runs of several words are tried only from a word that opens a form of several words, or is glued
  // to the next ("Washington, D.C."): most capitalised words open none, and each run tried is a new string.
  const runs = words[p + 1] !== undefined && words[p + 1].start > words[p].end && !mayOpenLongerCountryForm(words[p].text) ? 1 : 6;
  for (let n = Math.min(runs, end - p); n >= 1; n--) {
    const hit = countryForm(surfaceOf(words, p, p + n));
    if (hit) return { n, country: hit.country, form: hit.form };
  }
  return null;
}

// The words titles open with: a word that opens none starts no title of any length.
/** Titles whose portfolio may be any word before them. */
const PORTFOLIO_TITLES = new Set(["minister", "secretary"]);
const TITLE_OPENINGS = new Set([...TITLES.keys()].map((t) => t.split(" ")[0]));

export function longestTitle(words: Word[], p: number, end: number) {
  if (p >= end || !TITLE_OPENINGS.has(words[p].lower)) return null;
  for (let n = Math.min(3, end - p); n >= 1; n--) {
    const t = n === 1 ? words[p].lower : n === 2 ? `${words[p].lower} ${words[p + 1].lower}` : `${words[p].lower} ${words[p + 1].lower} ${words[p + 2].lower}`;
    const hit = TITLES.get(t);
    if (hit) return { n, title: t, leads: hit.leads };
  }
  return null;
}

/**
 * Where "of" a country starts among words s..end, counted from s, or -1. Apart from splitSpan,
 * which runs for every span: a closure there over its arguments would be made at every call.
 */
function ofCountryAt(words: Word[], s: number, end: number): number {
  return words.slice(s, end).findIndex((w, k) => w.lower === "of" && longestCountry(words, s + k + 1, end));
}

/**
 * Where, counted from s + 1, a title follows what names a body (an acronym or a head noun) with a
 * name after it, or -1. A loop of its own: splitSpan runs for every span, and a closure there
 * would be made (with a copy of the words) at every call.
 */
function titleAfterBodyName(words: Word[], s: number, end: number): number {
  for (let q = s + 1; q < end; q++) {
    const t = (words[q - 1].acronym || headKind(words[q - 1])) && longestTitle(words, q, end);
    if (t && q + t.n < end) return q - s - 1;
  }
  return -1;
}

/** A noun for how an office is held, which leaves its holder at its head as "Interim President X" does (the lexicon's describing words need no list). */
const TENURE_NOUNS = new Set(["caretaker"]);
/** How a people's word ends ("Bosnian", "Sudanese", "Kurdish", "Iraqi"): a describing word that names a body's country. */
const DEMONYM_ENDING = /(an|ese|ish|i)$/;

/**
 * How many words (one or two) before a title open span s..end, when the title, and any title right
 * after it ("Chief Minister", "Governor Sir"), leave a person's full name of two to four plain
 * words to close it; else 0. ("Hassan Sheikh Mohamud": one word after the title is no full name.)
 */
function titleAfterPrefix(words: Word[], s: number, end: number): number {
  for (let q = s + 1; q <= s + 2 && q < end; q++) {
    const w = words[q - 1];
    if (!w.cap || w.acronym || TITLES.get(w.lower) !== undefined || PORTFOLIO_WORDS.has(w.lower) || headKind(w) !== undefined || NAME_CONNECTORS.test(w.lower)) return 0;
    let r = q;
    for (let t = longestTitle(words, r, end); t; t = longestTitle(words, r, end)) r += t.n;
    if (r > q && plainPersonName(words, r, end)) return q - s;
  }
  return 0;
}

/** A country's name (not its demonym) opening at p: how many words it takes, or 0. */
function countryNameAt(words: Word[], p: number): number {
  const c = longestCountry(words, p, words.length);
  return c?.form === "name" ? c.n : 0;
}

/**
 * Splits a proper span into country forms, titles and names: mostly one final name; a person and the
 * body after "of" ("X of the Y Party"), a body and the person after "of", or a body before a title are two.
 */
export function segmentSpan(words: Word[], span: ProperSpan): Segment[] {
  return (span.segments ??= splitSpan(words, span));
}

/** Whether the k words from p name a portfolio before "Minister" or "Secretary", a name following. */
function portfolioBefore(words: Word[], p: number, k: number, end: number): boolean {
  if (!PORTFOLIO_TITLES.has(words[p + k]?.lower ?? "") || p + k + 1 >= end || longestTitle(words, p, end)) return false;
  for (let q = p; q < p + k; q++) if (words[q].acronym || headKind(words[q])) return false;
  return true;
}

/**
 * Whether words a..b can only be a person's name: two to four capitalised words, none a title, a
 * head noun, a describing word of offices, a kind of place, an acronym or a country's form.
 */
function plainPersonName(words: Word[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const w = words[k];
    if (!w.cap || w.acronym || w.lower === "the" || TITLES.get(w.lower) !== undefined || headKind(w) !== undefined || PORTFOLIO_WORDS.has(w.lower) || PLACE_HEADS.get(w.lower) !== undefined || countryForm(w.text)) return false;
  }
  return true;
}

/** Whether a head noun comes before an "in" or "to" inside the span: the name goes on with the place a mission serves in. */
function headBeforePlace(words: Word[], span: ProperSpan): boolean {
  const at = words.slice(span.start + 1, span.end - 1).findIndex((w) => w.lower === "in" || w.lower === "to");
  return at >= 0 && words.slice(span.start, span.start + 1 + at).some((w) => headKind(w) !== undefined);
}

/**
 * "National Army Syrian", "Armed Forces Sudanese", "Forces Armed Malian": a translation (from French, Arabic …)
 * puts a name's people-word after its head, one capitalised word at most between; the word stays in the name.
 */
export function demonymAfterHead(words: ReadonlyArray<Pick<Word, "text" | "lower">>, start: number, p: number, form: string): boolean {
  if (form !== "demonym") return false;
  return (p - 1 >= start && headKind(words[p - 1]) !== undefined) || (p - 2 >= start && headKind(words[p - 2]) !== undefined && !countryForm(words[p - 1].text));
}

function splitSpan(words: Word[], span: ProperSpan): Segment[] {
  const out: Segment[] = [];
  // ("American Mission for Aid to Greece": a mission's name may close with where it serves, its head before "to" or "in".)
  const endsInActorHead = headKind(words[span.end - 1]) !== undefined || headBeforePlace(words, span);
  let p = span.start;
  while (p < span.end) {
    const c = longestCountry(words, p, span.end);
    // "Libyan National Army" is a name, "Turkish President" is not: a head noun at the end decides.
    if (c && !(endsInActorHead && p + c.n < span.end) && !(c.n === 1 && words[p].lower === "of") && !demonymAfterHead(words, span.start, p, c.form)) {
      out.push({ kind: "country", start: p, end: p + c.n, country: c.country, form: c.form });
      p += c.n;
      continue;
    }
    // "Senior Gen. Min Aung Hlaing", "Acting President X": a rank's qualifier is part of the title.
    // "Information Minister X", "Petroleum Minister X": any capitalised word names a minister's portfolio.
    // ("External Affairs Minister X", "Union Home Minister X": two such words.)
    // ("Brigade Commander X", "Parliament Speaker X": a head noun alone before a title names no body, only the office's.)
    const bareHead = p === span.start && !words[p].acronym && headKind(words[p]) !== undefined && !!longestTitle(words, p + 1, span.end);
    const qualified = PORTFOLIO_WORDS.has(words[p].lower) || bareHead ? 1 : portfolioBefore(words, p, 1, span.end) ? 1 : portfolioBefore(words, p, 2, span.end) && !longestTitle(words, p + 1, span.end) ? 2 : 0;
    const t = span.quoted ? null : longestTitle(words, p + qualified, span.end);
    if (t && p + qualified + t.n < span.end) {
      out.push({ kind: "title", start: p, end: p + qualified + t.n, title: t.title, leads: t.leads && !qualified });
      p += qualified + t.n;
      continue;
    }
    // "Minister of Foreign Affairs of New Zealand, X", "The Minister of the Interior, X": after a title, "of" opens
    // its portfolio, which runs to "of" a country or to the comma before the name ("Secretary of State Marco Rubio" is unsplit).
    const last = out[out.length - 1];
    // "President of Tajikistan Emomali Rahmon": the title's country, then the name.
    // ("President of the Republic of Kazakhstan Kassym-Jomart Tokayev": the country's full name after "the".)
    const countryAt = words[p + 1]?.lower === "the" ? p + 2 : p + 1;
    const titleCountry = last?.kind === "title" && words[p].lower === "of" ? longestCountry(words, countryAt, span.end) : null;
    if (titleCountry && countryAt + titleCountry.n < span.end) {
      out.push({ kind: "country", start: countryAt, end: countryAt + titleCountry.n, country: titleCountry.country, form: titleCountry.form });
      p = countryAt + titleCountry.n;
      continue;
    }
    // "The President of the Republic, Dina Boluarte": what a title is "of", when no name of a body, is the title's too.
    const apposedName = words[span.end]?.text === "," && !!words[span.end + 1]?.cap;
    const ofNoBody = apposedName && last?.kind === "title" && words.slice(p + 1, span.end).every((x) => !x.acronym && !headKind(x) && !countryForm(x.text));
    if (last?.kind === "title" && (PORTFOLIO_TITLES.has(words[p - 1].lower) || ofNoBody) && /^(of|for)$/.test(words[p].lower)) {
      let e = p + 1;
      while (e < span.end && !(words[e].lower === "of" && longestCountry(words, e + 1, span.end))) e++;
      if (e === span.end && !(words[span.end]?.text === "," && words[span.end + 1]?.cap)) {
        out.push({ kind: "name", start: p + 1, end: span.end });
        break;
      }
      last.end = e;
      p = e;
      if (e < span.end) p++;
      continue;
    }
    let s = p;
    while (s < span.end && NAME_CONNECTORS.test(words[s].lower)) s++;
    // "Colonel Sofiya Qureshi of the Indian Army": a titled person, then the body they serve in.
    // ("Prime Minister X of the Internal Revolutionary Organization-Democratic Party for National Unity": a head inside the body's name will do.)
    // ("Branko Crvenkovski of the Social Democratic Union": untitled, a person's name is two to four plain words and "of the" a body.)
    const firstOf = words.slice(s, span.end).findIndex((w) => w.lower === "of");
    const titledHere = out.some((g) => g.kind === "title");
    const bodyNamed = firstOf > 0 && words.slice(s + firstOf + 1, span.end).some((w) => headKind(w) !== undefined);
    const ofBody = firstOf > 0 && ((titledHere && (endsInActorHead || bodyNamed)) || (bodyNamed && words[s + firstOf + 1]?.lower === "the" && plainPersonName(words, s, s + firstOf))) ? firstOf : -1;
    if (ofBody > 0) {
      out.push({ kind: "name", start: s, end: s + ofBody, person: true });
      const body = words[s + ofBody + 1]?.lower === "the" ? s + ofBody + 2 : s + ofBody + 1;
      if (body < span.end) out.push({ kind: "name", start: body, end: span.end });
      break;
    }
    // "the Shining Path of Abimael Guzmán", "the Sudan Liberation Movement of Abdel Wahid Nur": a body, then "of"
    // the person whose it is, named in full (two to four plain words: no place, no country, no kind of body;
    // none a describing word or a plural, as in "the Organisation of Islamic Cooperation", "the Alliance of Sahel States").
    const lastOf = words.slice(s, span.end).findLastIndex((w) => w.lower === "of");
    if (lastOf > 0 && !out.some((g) => g.kind === "title") && plainPersonName(words, s + lastOf + 1, span.end) && words.slice(s + lastOf + 1, span.end).every((w) => !COMPASS.has(w.lower) && lexiconPos(w.lower) !== "ADJ" && lexiconLemma(w.lower) === w.lower)) {
      out.push({ kind: "name", start: s, end: s + lastOf });
      out.push({ kind: "name", start: s + lastOf + 1, end: span.end, person: true });
      break;
    }
    // "President Leila Nkurunziza of Seychelles": a titled name ends where "of" a country begins.
    const of = out.some((g) => g.kind === "title") ? ofCountryAt(words, s, span.end) : -1;
    if (of > 0) {
      out.push({ kind: "name", start: s, end: s + of });
      const c = longestCountry(words, s + of + 1, span.end)!;
      out.push({ kind: "country", start: s + of + 1, end: s + of + 1 + c.n, country: c.country, form: c.form });
      break;
    }
    // "NATO Secretary General Mark Rutte", "European Council President Charles Michel": a body's name, then a title and a person's.
    // Only after what names a body (an acronym or a head noun): "Hassan Sheikh Mohamud" is one name.
    const titled = endsInActorHead ? -1 : titleAfterBodyName(words, s, span.end);
    if (titled >= 0) {
      out.push({ kind: "name", start: s, end: s + 1 + titled });
      p = s + 1 + titled;
      continue;
    }
    // "Balochistan Chief Minister Sarfraz Bugti", "Somaliland President X", "Caretaker Prime Minister X": a word or
    // two before a title, then a person's full name. Words for how the office is held, and describing words
    // ("Interim President X" still heads the state; "First Vice President X"), are the title's; other names
    // ("Bosnian President X", a people's word the gazetteer lacks) are the body or place the office is of.
    const prefixed = out.length === 0 ? titleAfterPrefix(words, s, span.end) : 0;
    if (prefixed > 0) {
      const t = longestTitle(words, s + prefixed, span.end)!;
      if (words.slice(s, s + prefixed).every((w) => TENURE_NOUNS.has(w.lower) || (lexiconPos(w.lower) === "ADJ" && !DEMONYM_ENDING.test(w.lower)))) {
        out.push({ kind: "title", start: s, end: s + prefixed + t.n, title: t.title, leads: t.leads });
        p = s + prefixed + t.n;
      } else {
        out.push({ kind: "name", start: s, end: s + prefixed });
        p = s + prefixed;
      }
      continue;
    }
    if (s < span.end) out.push({ kind: "name", start: s, end: span.end });
    break;
  }
  return out;
}
