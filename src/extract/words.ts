import type { Token, TokenisedSentence } from "./sentences.js";

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
  /** An acronym: two to six capitals, optionally dotted ("LNA", "U.S."), capitals and a number ("M23"), or two runs of capitals ("CSP-DPA"). */
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
}

const ARTICLE_PREFIX = /^(al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|bani|beni|ould|wad)-\p{Lu}/u;

export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text) || ARTICLE_PREFIX.test(text);
}

// "M23" too: a capital and a number name groups ("the M23 movement").
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4}|[A-Z]{1,4}\d{1,3}|[A-Z]{2,5}-[A-Z]{1,5})$/;

function join(tokens: Token[]): Word {
  const last = tokens[tokens.length - 1];
  // Nearly every word is one token, whose text and lower case are already there.
  const text = tokens.length === 1 ? last.text : tokens.map((t) => t.text).join("");
  return {
    text,
    lower: tokens.length === 1 ? last.lower : text.toLowerCase(),
    lemma: tokens.length === 1 ? last.lemma : text.toLowerCase(),
    pos: tokens.length === 1 ? last.pos : tokens.some((t) => t.pos === "PROPN") ? "PROPN" : last.pos,
    start: tokens[0].start,
    end: last.end,
    cap: isCapitalised(text),
    acronym: ACRONYM.test(text),
    forms: undefined,
  };
}

/**
 * The word's lemma, or where the tagger took a verb for a noun ("retaken", "arming"), the stems
 * its inflection allows: enough to look it up in a list of verbs.
 */
const INFLECTIONS = [["ing", ""], ["ing", "e"], ["ed", ""], ["ed", "e"], ["en", ""], ["en", "e"], ["n", ""], ["s", ""], ["es", ""]] as const;

export function verbForms(w: Word): string[] {
  if (w.forms) return w.forms;
  const x = w.lower;
  const forms = [w.lemma, x];
  for (const [suffix, add] of INFLECTIONS) {
    if (!x.endsWith(suffix) || x.length - suffix.length < 3) continue;
    const stem = x.slice(0, -suffix.length);
    forms.push(stem + add);
    if (/([bdgmnprt])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  w.forms = forms;
  return forms;
}

/** The text of words a..b as written, one space where the text has any. */
export function surfaceOf(words: Word[], a: number, b: number): string {
  return words.slice(a, b).map((w, k) => (k && w.start > words[a + k - 1].end ? " " : "") + w.text).join("");
}

export function toWords(sentence: TokenisedSentence): WordSentence {
  const words: Word[] = [];
  let group: Token[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const glued = group.length > 0 && !t.spaceBefore && (t.text === "-" || prev?.text === "-") && /\w/.test(t.text + (prev?.text ?? ""));
    if (glued) group.push(t);
    else {
      if (group.length) words.push(join(group));
      group = [t];
    }
  }
  if (group.length) words.push(join(group));
  return { index: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, words };
}
