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
// (",quot;"), so the comma there belongs to the entity, not to the sentence. Sticky: it is tried at
// one offset only, where a global search would scan the rest of the text at every comma.
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

export function normalise(input: string): Normalised {
  const out: string[] = [];
  const origin: number[] = [];
  const emit = (s: string, at: number) => {
    for (const ch of s) {
      out.push(ch);
      origin.push(at);
    }
  };
  let i = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < input.length) {
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
      if (m && m.index === i) {
        const decoded = decodeHTML(`&${m[1] ?? m[2]};`);
        if (decoded !== `&${m[1] ?? m[2]};`) {
          emit(QUOTES[decoded] ?? decoded, i);
          i += m[0].length;
          continue;
        }
      }
    }
    // A space before a full stop, and a second full stop after one, are layout debris.
    if (ch === " " && input[i + 1] === "." && /[\p{L}\p{N}"')]/u.test(out[out.length - 1] ?? "")) {
      i++;
      continue;
    }
    if (ch === "." && out[out.length - 1] === "." && input[i + 1] !== ".") {
      i++;
      continue;
    }
    if (ch === " " && out[out.length - 1] === "." && input[i + 1] === "." && input[i + 2] !== ".") {
      i++;
      continue;
    }
    emit(QUOTES[ch] ?? ch, i);
    i++;
  }
  return { text: out.join(""), origin: Int32Array.from(origin), inputLength: input.length };
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
