/**
 * Checks raw article bytes before extraction: a clear, located error for what cannot be an
 * article (empty, binary, not UTF-8, too large), instead of a confusing extraction.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleInputError extends Error {
  /** The problem without the file name, for lists that already name the file. */
  readonly reason: string;
  constructor(
    readonly source: string,
    readonly problem: string,
    readonly offset?: number,
  ) {
    const reason = `${offset !== undefined ? `byte ${offset}: ` : ""}${problem}`;
    super(`${source}${offset !== undefined ? ` (byte ${offset})` : ""}: ${problem}`);
    this.name = "ArticleInputError";
    this.reason = reason;
  }
}

export function decodeArticle(bytes: Uint8Array, source: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleInputError(source, `too large: ${bytes.length} bytes, the limit is ${MAX_ARTICLE_BYTES} (split it into articles)`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ArticleInputError(source, "binary data (NUL byte), not a text article", nul);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(source, "not valid UTF-8 text (convert it, e.g. `iconv -f latin1 -t utf-8`)", firstInvalidUtf8(bytes));
  }
  if (!/\p{L}/u.test(text)) throw new ArticleInputError(source, "empty: no text to read");
  return text;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
