/**
 * Checks raw article bytes before extraction: a clear, located error for what cannot be an
 * article (empty, binary, not UTF-8, too large), instead of a confusing extraction.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class ArticleInputError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
    readonly offset?: number,
  ) {
    super(`${source}${offset !== undefined ? ` (byte ${offset})` : ""}: ${problem}`);
    this.name = "ArticleInputError";
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

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}
