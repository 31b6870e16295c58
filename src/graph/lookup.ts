/**
 * Name lookup: an actor or location is found by its name, any alias, or the acronym of either,
 * case-insensitively. The importer stores the keys; the repository normalises queries the same way.
 */

/** Words an acronym skips: "Government of National Accord" → GNA. */
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "in", "on", "de", "du", "des", "al", "el", "a"]);

export function normaliseName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Initials of a multi-word name, or null when it has fewer than two words that count. */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s\-–]+/).filter((word) => /^\p{L}/u.test(word) && !ACRONYM_SKIP.has(word.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((word) => word[0]!.toUpperCase()).join("");
}

export function lookupKeys(name: string, aliases: readonly string[]): string[] {
  const names = [name, ...aliases];
  const acronyms = names.map(acronymOf).filter((acronym): acronym is string => acronym !== null);
  return [...new Set([...names, ...acronyms].map(normaliseName).filter((key) => key !== ""))];
}

/**
 * A Lucene phrase query for one key: the full-text index narrows the candidates, and the exact
 * key comparison in Cypher decides. Quoting makes every other Lucene operator literal.
 */
export function fulltextPhrase(key: string): string {
  return `"${key.replace(/[\\"]/g, "\\$&")}"`;
}

/** Characters the Lucene query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, "\\$&");
}

/**
 * A typo-tolerant, ranked Lucene query for user text: every word must match, exactly (boosted),
 * as a prefix, or within an edit distance that grows with its length. Null when the text has no
 * words. Lower-cased, so AND/OR/NOT typed by the user stay words, and escaped, so the rest do too.
 */
export function fuzzyQuery(text: string): string | null {
  const words = normaliseName(text).split(/[^\p{L}\p{N}'’]+/u).map(escapeLucene).filter((word) => word !== "");
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^4 OR ${word}*^2${fuzzy(word)})`).join(" AND ");
}

function fuzzy(word: string): string {
  const letters = word.replaceAll("\\", "").length;
  if (letters < 4) return "";
  return ` OR ${word}~${letters < 7 ? 1 : 2}`;
}
