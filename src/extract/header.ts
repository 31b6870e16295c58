/**
 * The article's own metadata: a `date YYYY-MM-DD` line (alone, or inline before the first
 * sentence) and a title line. Everything after the header is the body.
 */
export interface Header {
  date: string | null;
  title: string | null;
  /** Offset in the normalised text where the body starts. */
  bodyStart: number;
  /** [start, end) of the title in the normalised text, when there is one. */
  titleSpan: [number, number] | null;
}

const DATE_LINE = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?/i;
const FILE_DATE = /(\d{4}-\d{2}-\d{2})/;

export function isValidIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A date in a file name such as `2020-01-07-sirte.txt`. */
export function dateFromFileName(name: string): string | null {
  const m = FILE_DATE.exec(name);
  return m && isValidIsoDate(m[1]) ? m[1] : null;
}

export function parseHeader(text: string): Header {
  let pos = 0;
  let date: string | null = null;
  const m = DATE_LINE.exec(text);
  if (m && isValidIsoDate(m[1])) {
    date = m[1];
    pos = m[0].length;
  }
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  // A title is a short first line without closing punctuation, followed by a line break.
  const lineEnd = text.indexOf("\n", pos);
  const line = lineEnd < 0 ? "" : text.slice(pos, lineEnd).trim();
  if (line && line.length <= 200 && !/[.!?:"]$/.test(line) && /\n\s*\S/.test(text.slice(lineEnd))) {
    const start = text.indexOf(line, pos);
    return { date, title: line, bodyStart: pos, titleSpan: [start, start + line.length] };
  }
  return { date, title: null, bodyStart: pos, titleSpan: null };
}
