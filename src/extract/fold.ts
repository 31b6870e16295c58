/**
 * wink's tokenizer knows letters up to Latin-1 and cuts a word at any other one ("Erdoğan" → "Erdo",
 * "ğ", "an"; "Karadžić"; "Łódź"). The tokenizer is given a copy where each such letter is its base
 * letter, one character for one, so offsets hold and the words keep their spelling in the text.
 */
const FOLD = new Map<number, string>();
for (let c = 0x100; c <= 0x24f; c++) foldInto(c);
for (let c = 0x1e00; c <= 0x1eff; c++) foldInto(c);
// Letters with a stroke or without a dot have no decomposition.
for (const [from, to] of Object.entries({ ı: "i", ł: "l", Ł: "L", đ: "d", Đ: "D", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ƀ: "b", ƶ: "z", Ƶ: "Z" })) FOLD.set(from.charCodeAt(0), to);

function foldInto(code: number) {
  const base = String.fromCharCode(code).normalize("NFD")[0];
  if (/[A-Za-z]/.test(base)) FOLD.set(code, base);
}

const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;

/** `text` with the letters wink cannot tokenize as their base letters; the same length, and itself when there are none. */
export function foldLetters(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) out += FOLD.get(text.charCodeAt(i)) ?? text[i];
  return out;
}
