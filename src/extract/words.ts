import { lexiconLemma, lexiconPos } from "./nlp.js";
import type { Token, TokenisedSentence } from "./sentences.js";
import type { ProperSpan } from "./spans.js";

/**
 * Words: tokens glued back where the text has no space between them across a hyphen, so
 * "al-Shabab", "UN-recognized" and "Sheikh-Ali" are one word each. Possessive "'s" stays apart.
 */
export interface Word {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Starts with a capital letter, or is an Arabic-article name such as "al-Shabab". */
  cap: boolean;
  /** An acronym: two to eight capitals ("MINUSCA", "MONUSCO"), optionally dotted ("LNA", "U.S."), capitals and a number ("M23"), or two runs of capitals ("CSP-DPA"). */
  acronym: boolean;
  /** What verbForms() found, kept with the word: the relation rules ask it of every noun, often. */
  forms?: string[];
}

export interface WordSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  words: Word[];
  /** Its proper spans, once properSpans() has worked them out. */
  spans: ProperSpan[] | undefined;
}

const ARTICLE_PREFIX = /^(al|el|ad|as|ash|an|ar|at|az|wal|ibn|bin|abu|bani|beni|ould|wad)-\p{Lu}/u;
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;
// Patterns with \p{…} are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which, written in a function, builds the pattern again at every call (about 0.1 µs).
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_RUN = /^\p{Lu}{2,}/u;

export function isCapitalised(text: string): boolean {
  // Asked of every word: ASCII letters answer without a regular expression.
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // ("d'Ivoire" of "Côte d'Ivoire": a French article elided before a capital.)
  const elided = text.charCodeAt(1) === 39 || text.charCodeAt(1) === 8217;
  if (c < 128 && !elided && !text.includes("-")) return false;
  return UPPER_FIRST.test(text) || ARTICLE_PREFIX.test(text) || (elided && ELIDED_ARTICLE.test(text));
}

/** A quotation mark, straight or curly. */
export const QUOTE_MARK = /^["“”]$/;

/** Whether word `k` stands inside words quoted: an odd number of quotation marks before it in the sentence. */
export function insideQuote(words: Word[], k: number): boolean {
  let marks = 0;
  for (let j = 0; j < k; j++) if (QUOTE_MARK.test(words[j].text)) marks++;
  return marks % 2 === 1;
}

// "M23" too: a capital and a number name groups ("the M23 movement").
// ("JeM", "LeT": a transliterated name's joining word kept in lower case between two capitals.)
const ACRONYM = /^(?:[A-Z]{2,8}|(?:[A-Z]\.){2,4}|[A-Z]{1,4}\d{1,3}|[A-Z]{2,5}-[A-Z]{1,5}|[A-Z][a-z][A-Z])$/;

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

export const isAcronym = (text: string) => isUpperAscii(text.charCodeAt(0)) && ACRONYM.test(text);

/** Tokens glued into one word ("al", "-", "Shabab"). */
function join(tokens: Token[]): Word & { spaceBefore: boolean } {
  const last = tokens[tokens.length - 1];
  const text = tokens.map((t) => t.text).join("");
  return {
    text,
    lower: text.toLowerCase(),
    lemma: text.toLowerCase(),
    pos: tokens.some((t) => t.pos === "PROPN") ? "PROPN" : last.pos,
    start: tokens[0].start,
    end: last.end,
    // A token's fields in a token's order: words of one token and of several then share one shape.
    spaceBefore: tokens[0].spaceBefore,
    cap: isCapitalised(text),
    acronym: isAcronym(text),
    forms: undefined,
  };
}

/**
 * The word's lemma, or where the tagger took a verb for a noun ("retaken", "arming"), the stems
 * its inflection allows: enough to look it up in a list of verbs.
 */
const INFLECTIONS = [["ing", ""], ["ing", "e"], ["ed", ""], ["ed", "e"], ["en", ""], ["en", "e"], ["n", ""], ["s", ""], ["es", ""]] as const;

// A word's forms depend on its spelling and lemma alone: worked out once per process for each.
const formsOf = new Map<string, Map<string, string[]>>();
let cachedForms = 0;
const FORMS_CACHE_LIMIT = 100_000;

export function verbForms(w: Word): string[] {
  if (w.forms) return w.forms;
  let byLemma = formsOf.get(w.lower);
  if (!byLemma) formsOf.set(w.lower, (byLemma = new Map()));
  const known = byLemma.get(w.lemma);
  if (known) return (w.forms = known);
  const x = w.lower;
  const forms = [w.lemma, x];
  for (const [suffix, add] of INFLECTIONS) {
    if (!x.endsWith(suffix) || x.length - suffix.length < 3) continue;
    const stem = x.slice(0, -suffix.length);
    forms.push(stem + add);
    if (/([bdgmnprt])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  if (++cachedForms > FORMS_CACHE_LIMIT) {
    formsOf.clear();
    cachedForms = 0;
  }
  byLemma.set(w.lemma, forms);
  w.forms = forms;
  return forms;
}

/** The text of words a..b as written, one space where the text has any. */
export function surfaceOf(words: Word[], a: number, b: number): string {
  // Negative bounds count from the end, as slice() does.
  if (a < 0 || b < 0) return surfaceOf(words, Math.max(0, a < 0 ? words.length + a : a), Math.max(0, b < 0 ? words.length + b : b));
  const end = Math.min(b, words.length);
  if (a >= end) return "";
  let text = words[a].text;
  for (let k = a + 1; k < end; k++) text += (words[k].start > words[k - 1].end ? " " : "") + words[k].text;
  return text;
}

const WORD_CHARACTER = /\w/;

export function toWords(sentence: TokenisedSentence): WordSentence {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  // Tokens first..i-1 make the word being built; a token glued to the one before extends it.
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const glued = i < tokens.length && !t.spaceBefore && (t.text === "-" || prev.text === "-") && WORD_CHARACTER.test(t.text + prev.text);
    if (glued) continue;
    // Nearly every word is one token, which already carries all a word has.
    const w = i - first === 1 ? tokens[first] : join(tokens.slice(first, i));
    if (w.lower.startsWith("re") && w.lower.length > 5 && w.lemma === w.lower && (w.pos === "NOUN" || w.pos === "ADJ")) prefixedVerb(w);
    words.push(w);
    first = i;
  }
  return { index: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, words, spans: undefined };
}

/** "retook", "rearmed": the tagger calls a prefixed verb it does not know a noun; the verb it knows. */
function prefixedVerb(w: Word) {
  const stem = w.lower.slice(2);
  const lemma = lexiconLemma(stem);
  if (lemma === stem || lexiconPos(stem) !== "VERB" || lexiconLemma(w.lower) !== w.lower) return;
  w.pos = "VERB";
  w.lemma = `re${lemma}`;
}

/** A dateline's city: "CAIRO", "ADDIS ABABA" in capitals. */
export const isDatelineCity = (text: string) => UPPER_RUN.test(text) && text === text.toUpperCase();

/** "Hamas's", "Hamas'", "Hamas’": the possessive mark, however it is written. */
export const POSSESSIVE = /^('s|'|’)$/;

/**
 * Where a dateline's city ends ("SAN SALVADOR, El Salvador (AP) —" 2), or -1 when no comma or
 * bracket follows a name of up to three words; "ISLAMABAD/KABUL," files from two cities.
 */
const NAME_PARTICLES = new Set(["es", "de", "del", "da", "do", "al", "el", "la", "of"]);

export function datelineCityEnd(words: readonly Word[]): number {
  if (!words[0]?.cap) return -1;
  let c = 1;
  let n = 1;
  for (; words[c] && !/^[,(]$/.test(words[c].text); c++) {
    if (words[c].text === "/" && isDatelineCity(words[c - 1].text) && isDatelineCity(words[c + 1]?.text ?? "")) n = 0;
    // ("Dar es Salaam", "Rio de Janeiro": a particle inside the name.)
    else if ((!words[c].cap && !(NAME_PARTICLES.has(words[c].lower) && words[c + 1]?.cap)) || ++n > 3) break;
  }
  return /^[,(]$/.test(words[c]?.text ?? "") ? c : -1;
}

/**
 * The dash that ends a dateline ("CAIRO (AP) —", "BAMAKO, July 30 (Reuters) -", "BANGUI, Central
 * African Republic -", "PORT MORESBY (AFP) -"), or -1: what comes before it names where the story was filed, not a party.
 */
export function datelineDash(words: readonly Word[]): number {
  const c = datelineCityEnd(words);
  if (c < 0) return -1;
  // "CAIRO (AP) —" in capitals; "Baghdad, Iraq –", "Bukavu (DR Congo) (AFP) -" in names and brackets only.
  const capitals = words.slice(0, c).every((w) => isDatelineCity(w.text));
  for (let i = c + 1; i <= c + 11 && i < words.length; i++) {
    if (/^[—–-]+$/.test(words[i].text)) return i;
    if (!capitals && !words[i].cap && !/^[,()]$/.test(words[i].text)) return -1;
  }
  return -1;
}

/** How many words open a list of examples at `j`: "including" 1, "such as" 2, anything else 0. */
export function listOpenerAt(words: readonly Word[], j: number): number {
  const w = words[j]?.lower;
  return w === "including" ? 1 : w === "such" && words[j + 1]?.lower === "as" ? 2 : 0;
}

/** How many words at `k` say that a name follows ("known as", "called", "dubbed", "named"), or 0. */
export function namingWordsAt(w: readonly Word[], k: number): number {
  if (!/^(known|called|dubbed|named)$/.test(w[k]?.lower ?? "")) return 0;
  return w[k + 1]?.lower === "as" ? 2 : 1;
}

/**
 * "a 30-year-old preacher who", "a former French Foreign Legion officer who": where the "who" is after an
 * apposition of a few describing words opening at `at` with "a"/"an" (no comma or verb first); -1 if none.
 * (`orThe`: "the Indian diplomat who" too.)
 */
export function whoAfterDescription(words: ReadonlyArray<Word>, at: number, orThe = false): number {
  if (!(orThe ? /^(a|an|the)$/ : /^(a|an)$/).test(words[at]?.lower ?? "")) return -1;
  for (let k = at + 1; k < at + 7 && k < words.length; k++) {
    if (words[k].lower === "who") return k > at + 1 ? k : -1;
    if (words[k].text === "," || words[k].pos === "VERB" || words[k].pos === "AUX") return -1;
  }
  return -1;
}

// What may describe a name in an apposition before a participle or a relative pronoun: "a local armed group",
// "the largest of the factions", "an Islamist-leaning force", "the al-Qaeda-linked group".
const APPOSED_TAGS = new Set(["DET", "ADJ", "NOUN", "NUM", "ADV"]);
const HYPHENED_DESCRIBING = /^[\p{L}'-]+-\p{Ll}+$/u;
const JOINED_PARTICIPLE = /^\p{Ll}+(ed|en|wn)$/u;

/**
 * "Radaa, an Islamist-leaning force headed by …", "the MNDAA, a force drawn from the Kokang minority and led by …":
 * the comma closing the name that an apposition ending right before `i` describes, past its describing words (hyphened
 * ones too, which the tagger reads as names) and past a participle phrase joined to the one at `i` by "and"; -1 if
 * none. `named(j)` says whether word `j` is inside a name: the apposition holds none outside that joined phrase.
 */
export function apposedNameComma(w: readonly Word[], i: number, named: (j: number) => boolean): number {
  let j = i - 1;
  while (j > 0 && j > i - 16 && w[j].text !== ",") {
    if (j === i - 1 && w[j].lower === "and") {
      // ("drawn from the ethnic Chinese Kokang minority and": back to the first participle, right after the noun.)
      let p = j - 1;
      while (p > j - 10 && p > 0 && w[p].text !== "," && !(w[p].pos === "VERB" && JOINED_PARTICIPLE.test(w[p].lower) && w[p - 1].pos === "NOUN" && !named(p - 1))) p--;
      if (!(w[p]?.pos === "VERB" && JOINED_PARTICIPLE.test(w[p].lower))) return -1;
      j = p - 1;
    } else if (!named(j) && (APPOSED_TAGS.has(w[j].pos) || w[j].lower === "of" || HYPHENED_DESCRIBING.test(w[j].text))) j--;
    // ("a force of exiles and local men": common nouns joined inside it.)
    else if (w[j].lower === "and" && w[j - 1]?.pos === "NOUN" && !named(j - 1)) j--;
    else return -1;
  }
  return w[j]?.text === "," && j < i - 1 ? j : -1;
}
