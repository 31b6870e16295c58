import { decodeHTML } from "entities";

/**
 * Cleaned text plus, for every character of it, the offset of the character it came from in the
 * input. Extraction works on `text`; evidence is cut from the input through `origin`, so it stays
 * verbatim even where entities were decoded, tags dropped or stray spaces removed.
 */
export interface Normalised {
  text: string;
  origin: Int32Array;
  inputLength: number;
}

// Broken entities from machine translation pipelines keep the name but lose the ampersand
// (",quot;"), so the comma there belongs to the entity, not to the sentence.
// Sticky: only an entity starting right here counts.
const ENTITY = /,(#\d+|quot|amp|apos);|&(#\d+|#x[0-9a-f]+|[a-z]{2,8});/iy;
const BLOCK_TAG = /^<\/?(p|br|div|li|h[1-6]|tr|td|th|section|article|header|footer|title|nav|aside|main|blockquote|figcaption)\b/i;
// A saved web page: what browsers never show (scripts, styles) is not the article, nor are declarations and comments.
const HIDDEN_ELEMENT = /^<(script|style|noscript|template)\b/i;
const DECLARATION = /^<!(--[\s\S]*?--|[^<>]{0,500})>/;
const QUOTES: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00a0": " " };

/** Maps a span of the normalised text back to the input: [start, end) in input offsets. */
export function toInputSpan(n: Normalised, start: number, end: number): [number, number] {
  const s = n.origin[start] ?? n.inputLength;
  const e = end > start ? (n.origin[end - 1] ?? n.inputLength - 1) + 1 : s;
  return [s, e];
}

// Characters that may need more than copying; runs of any others are copied whole.
// A table by UTF-16 code: asked of every character of the input.
const SPECIAL = new Uint8Array(0x10000);
for (const c of ["\r", "<", "&", ",", " ", ".", ...Object.keys(QUOTES)]) SPECIAL[c.charCodeAt(0)] = 1;
const [SPACE, STOP, COMMA] = [" ", ".", ","].map((c) => c.charCodeAt(0));

/** True when the character at `k` is copied as it is; `prev` is the character emitted before it. */
function plainAt(input: string, k: number, prev: number): boolean {
  const c = input.charCodeAt(k);
  if (!SPECIAL[c]) return true;
  // Spaces, full stops and commas are special only next to a full stop or before an entity's name.
  if (c === SPACE) return input.charCodeAt(k + 1) !== STOP;
  if (c === STOP) return prev !== STOP;
  if (c === COMMA) return !/[#qa]/i.test(input[k + 1] ?? "");
  return false;
}

// (A module constant: tsx compiles a literal with \p{…} to `new RegExp(…)`, built again at every evaluation.)
const WORD_END = /[\p{L}\p{N}"')]/u;

export function normalise(input: string): Normalised {
  const parts: string[] = [];
  // Never longer than the input: every decoded entity is shorter than its source.
  const origin = new Int32Array(input.length);
  let length = 0;
  // The last character emitted (a code point): what the full-stop rules look back at.
  let last = "";
  const emit = (s: string, at: number) => {
    parts.push(s);
    for (const ch of s) {
      origin[length++] = at;
      last = ch;
    }
  };
  let i = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < input.length) {
    if (plainAt(input, i, last.length === 1 ? last.charCodeAt(0) : -1)) {
      let end = i + 1;
      while (end < input.length && plainAt(input, end, input.charCodeAt(end - 1))) end++;
      parts.push(input.slice(i, end));
      for (let k = i; k < end; k++) origin[length++] = k;
      last = input[end - 1];
      i = end;
      continue;
    }
    const ch = input[i];
    if (ch === "\r") {
      emit("\n", i);
      i += input[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (ch === "<") {
      const skipped = hiddenElementEnd(input, i);
      if (skipped > i) {
        emit("\n", i);
        i = skipped;
        continue;
      }
      const tag = /^<\/?[a-z][^<>]{0,500}>/i.exec(input.slice(i, i + 512));
      if (tag) {
        if (BLOCK_TAG.test(tag[0])) emit("\n", i);
        i += tag[0].length;
        continue;
      }
    }
    if (ch === "&" || ch === ",") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(input);
      if (m) {
        const decoded = decodeHTML(`&${m[1] ?? m[2]};`);
        if (decoded !== `&${m[1] ?? m[2]};`) {
          emit(QUOTES[decoded] ?? decoded, i);
          i += m[0].length;
          continue;
        }
      }
    }
    // A space before a full stop, and a second full stop after one, are layout debris.
    if (ch === " " && input[i + 1] === "." && WORD_END.test(last)) {
      i++;
      continue;
    }
    if (ch === "." && last === "." && input[i + 1] !== ".") {
      i++;
      continue;
    }
    if (ch === " " && last === "." && input[i + 1] === "." && input[i + 2] !== ".") {
      i++;
      continue;
    }
    emit(QUOTES[ch] ?? ch, i);
    i++;
  }
  // A view of the used part, not a copy: a typed array this size lives outside the heap, and each one costs an allocation the collector tracks.
  return { text: parts.join(""), origin: origin.subarray(0, length), inputLength: input.length };
}

/** Where a comment, a declaration or a hidden element starting at `i` ends; `i` when none starts there. */
function hiddenElementEnd(input: string, i: number): number {
  const head = input.slice(i, i + 512);
  const hidden = HIDDEN_ELEMENT.exec(head);
  if (hidden) {
    const close = new RegExp(`</${hidden[1]}\\s*>`, "ig");
    close.lastIndex = i;
    return close.exec(input) ? close.lastIndex : input.length;
  }
  if (head.startsWith("<!--")) {
    const end = input.indexOf("-->", i + 4);
    return end < 0 ? input.length : end + 3;
  }
  const declaration = DECLARATION.exec(head);
  return declaration ? i + declaration[0].length : i;
}
