import type { Document, Tokens } from "wink-nlp";
import { foldLetters } from "./fold.js";
import { nlp, its } from "./nlp.js";
import { TITLES } from "./vocabulary.js";
import { isAcronym, isCapitalised } from "./words.js";

// wink-nlp types `its.lemma` as needing model add-ons the lite model provides at run time.
const tokensOut = (tokens: Tokens, f: unknown) => tokens.out(f as typeof its.value) as unknown[];

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** True when whitespace precedes the token (so "al" "-" "Shabab" can be joined back). */
  spaceBefore: boolean;
  // What a word adds (see words.ts), set here so that a word of one token is the token itself.
  cap: boolean;
  acronym: boolean;
  forms?: string[];
}

export interface TokenisedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/**
 * Sentences with tokens, POS tags and lemmas, all with offsets into `text`. Line breaks always end
 * a sentence: in wire copy a line is a headline, a caption or a paragraph, never half a sentence.
 */
export function splitSentences(text: string, from = 0): TokenisedSentence[] {
  const out: TokenisedSentence[] = [];
  const blockRe = /[^\n]+/g;
  blockRe.lastIndex = from;
  for (let block = blockRe.exec(text); block; block = blockRe.exec(text)) {
    if (!block[0].trim()) continue;
    const folded = foldLetters(block[0]);
    const doc = nlp.readDoc(folded);
    const cursor = { at: 0 };
    // The block's tokens are read out once; each sentence is a range of them.
    const tokens = doc.tokens();
    const values = tokensOut(tokens, its.value) as string[];
    const pos = tokensOut(tokens, its.pos) as string[];
    const lemmas = lemmasOf(doc, tokens, values, pos);
    // A sentence wink ends at an abbreviated title goes on into the next when that opens with a capital, the name.
    let held: Token[] | undefined;
    for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
      const found = withTitleWords(locate(block.index, block[0], folded, cursor, { values, lemmas, pos, first, last }));
      if (held && !found[0]?.cap) out.push({ index: out.length, start: 0, end: 0, text: "", tokens: held });
      const tokens = held && found[0]?.cap ? [...held, ...found] : found;
      held = endsInTitle(tokens) ? tokens : undefined;
      if (!held) out.push({ index: out.length, start: 0, end: 0, text: "", tokens });
    }
    if (held) out.push({ index: out.length, start: 0, end: 0, text: "", tokens: held });
  }
  // Offsets come from aligning token values with the text, so they are exact whatever wink did.
  for (const s of out) {
    if (!s.tokens.length) continue;
    s.start = s.tokens[0].start;
    s.end = s.tokens[s.tokens.length - 1].end;
    s.text = text.slice(s.start, s.end);
  }
  const kept = out.filter((s) => s.tokens.length > 0);
  kept.forEach((s, index) => (s.index = index));
  return kept;
}

/**
 * wink knows some abbreviated ranks ("Gen.", "Col.") and splits the others from their full stop, ending
 * the sentence there ("Military spokesman Maj. | Gen. X said", "Adm. | X"): a capitalised word the
 * titles vocabulary knows with a full stop, the stop right after it, is one word, as wink gives "Gen.".
 */
function withTitleWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [title, stop] = [tokens[i], tokens[i + 1]];
    if (!stop || stop.text !== "." || stop.spaceBefore || !title.cap || !TITLES.has(`${title.lower}.`)) out.push(title);
    else {
      const text = `${title.text}.`;
      out.push({ ...title, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), end: stop.end, acronym: isAcronym(text) });
      i++;
    }
  }
  return out;
}

/** Whether a sentence ends in an abbreviated title, which its name must follow. */
function endsInTitle(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.text.endsWith(".") && last.text !== "." && TITLES.has(last.lower);
}

/**
 * Lower-case lemmas. Outside contractions wink's lemma depends only on the token and its POS tag,
 * so each (token, tag) pair is lemmatised once per process: the lemmatiser is a good part of what
 * reading tokens costs, and articles repeat their words. Contractions carry their own lemma.
 */
const lemmaByTag = new Map<string, Map<string, string>>();
let cachedLemmas = 0;
const LEMMA_CACHE_LIMIT = 200_000;

function lemmasOf(doc: Document, tokens: Tokens, values: string[], pos: string[]): string[] {
  const contraction = tokensOut(tokens, its.contractionFlag) as boolean[];
  const lemmas = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    let byValue = lemmaByTag.get(pos[i]);
    if (!byValue) lemmaByTag.set(pos[i], (byValue = new Map()));
    let lemma = contraction[i] ? undefined : byValue.get(values[i]);
    if (lemma === undefined) {
      lemma = ((doc.tokens().itemAt(i).out(its.lemma as unknown as typeof its.value) as string | undefined) ?? values[i]).toLowerCase();
      if (!contraction[i]) {
        if (++cachedLemmas > LEMMA_CACHE_LIMIT) {
          lemmaByTag.clear();
          cachedLemmas = 0;
        }
        byValue.set(values[i], lemma);
      }
    }
    lemmas[i] = lemma;
  }
  return lemmas;
}

interface TokenRange {
  values: string[];
  lemmas: string[];
  pos: string[];
  /** Index of the first and the last token of the sentence (inclusive). */
  first: number;
  last: number;
}

const WHITESPACE = /\s/;

/**
 * Where token `v` starts at or after `from`: nearly always right there or after a space, which
 * startsWith tells without a search (indexOf on a long paragraph was a tenth of reading tokens).
 * A token never opens with a space, so no earlier match is skipped.
 */
function tokenAt(block: string, v: string, from: number): number {
  let at = from;
  while (block.charCodeAt(at) === 32) at++;
  return v.charCodeAt(0) !== 32 && block.startsWith(v, at) ? at : block.indexOf(v, from);
}

/** Tokens are found in `folded` (what wink read) and spelled as in `block`, the same length. */
function locate(blockStart: number, block: string, folded: string, cursor: { at: number }, { values, lemmas, pos, first, last }: TokenRange): Token[] {
  const tokens: Token[] = [];
  for (let i = first; i <= last; i++) {
    const value = values[i];
    if (pos[i] === "SPACE" || !value.trim()) continue;
    const at = tokenAt(folded, value, cursor.at);
    if (at < 0) continue;
    const v = folded === block ? value : block.slice(at, at + value.length);
    const start = blockStart + at;
    const before = at === 0 ? 32 : block.charCodeAt(at - 1);
    tokens.push({
      text: v,
      lower: v.toLowerCase(),
      lemma: v === value ? lemmas[i] : v.toLowerCase(),
      pos: pos[i],
      start,
      end: start + v.length,
      spaceBefore: before === 32 || (before > 127 ? WHITESPACE.test(block[at - 1]) : before >= 9 && before <= 13),
      cap: isCapitalised(v),
      acronym: isAcronym(v),
      forms: undefined,
    });
    cursor.at = at + v.length;
  }
  return tokens;
}
