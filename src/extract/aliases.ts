import type { EntityTable } from "./entities.js";
import { KNOWN_ADVERBS } from "./knowledge.js";
import type { Mention } from "./mentionContext.js";
import type { Word, WordSentence } from "./words.js";

/**
 * Names a story gives one party side by side: "the South-West Africa People's Organization, or
 * SWAPO", "RENAMO - the Mozambican National Resistance -", "the Inter-Services Intelligence
 * directorate, known as ISI", "the Houthis, who … are formally known as Ansar Allah". Each is read as
 * a party of its own unless joined, and then what the story says of one name (that it is an armed
 * group, that "the group" or "the rebels" is it) is not said of the other.
 */

/** Whether words a..b (between two names) say the second is another name of the first. */
function namesAgain(words: Word[], a: number, b: number): boolean {
  const between = words.slice(a, b).map((w) => w.lower);
  if (between[0] !== ",") return false;
  // ", or SWAPO"
  if (between.length === 2 && between[1] === "or") return true;
  // ", known as ISI", ", also known as Hashed al-Shaabi", ", better known by his nom de guerre Timochenko"
  let k = 1;
  if (KNOWN_ADVERBS.test(between[k] ?? "")) k++;
  if (between[k] !== "known") return false;
  // (", known as the RSF": the article is not part of the name.)
  if (between[k + 1] === "as") return k + 2 === between.length || (k + 3 === between.length && between[k + 2] === "the");
  return between[k + 1] === "by" && between.length - (k + 2) <= 4 && between.slice(k + 2).every((x) => !/^[,;.]$/.test(x));
}

/** "RENAMO - the Mozambican National Resistance -": an acronym set off by a dash from the name it stands for. */
function dashedName(words: Word[], first: Mention, second: Mention): boolean {
  return first.end - first.start === 1 && words[first.start].acronym && /^[—–-]+$/.test(words[first.end]?.text ?? "") && words[first.end + 1]?.lower === "the" && second.start === first.end + 2 && second.end - second.start >= 2 && /^([—–-]+|,)$/.test(words[second.end]?.text ?? "");
}

/** "the Houthis, who have controlled Sanaa … and are formally known as Ansar Allah": the relative's own name for its antecedent. */
function relativeKnownAs(words: Word[], ms: Mention[], second: number): Mention | undefined {
  const at = ms[second].start;
  if (words[at - 1]?.lower !== "as" || words[at - 2]?.lower !== "known") return undefined;
  let v = at - 3;
  if (KNOWN_ADVERBS.test(words[v]?.lower ?? "")) v--;
  if (!/^(is|are|was|were)$/.test(words[v]?.lower ?? "")) return undefined;
  // Back to "X, who" with no other name and no clause break between.
  for (let j = second - 1; j >= 0; j--) {
    const m = ms[j];
    if (words[m.end]?.text === "," && /^(who|which)$/.test(words[m.end + 1]?.lower ?? "") && !words.slice(m.end + 2, v).some((w) => /^[;:.]$/.test(w.text)) && ms.slice(j + 1, second).every((x) => x.kind === "location")) return m;
    if (m.kind === "actor") return undefined;
  }
  return undefined;
}

/** Whether two records may be one party: both named bodies or both people, not states or their organs. */
function joinable(table: EntityTable, a: string, b: string): boolean {
  if (a === b) return false;
  const ra = table.get(a), rb = table.get(b);
  if (!ra || !rb || ra.kind !== "actor" || rb.kind !== "actor") return false;
  const person = (k: string) => k.startsWith("person:");
  return (a.startsWith("org:") && b.startsWith("org:")) || (person(a) && person(b));
}

/**
 * Joins the names a sentence gives one party side by side into one record: the fuller name keeps
 * its key (the acronym's is dropped, as with one in brackets), the record takes the other's names and
 * the more specific of the two types, and every mention of the other name becomes one of it.
 */
export function joinApposedAliases(sentences: WordSentence[], mentions: Mention[][], table: EntityTable): void {
  const into = new Map<string, string>();
  const final = (k: string): string => {
    while (into.has(k)) k = into.get(k)!;
    return k;
  };
  for (const s of sentences) {
    const ms = mentions[s.index] ?? [];
    for (let j = 1; j < ms.length; j++) {
      const second = ms[j];
      const prev = ms[j - 1];
      const first = namesAgain(s.words, prev.end, second.start) || dashedName(s.words, prev, second) ? prev : relativeKnownAs(s.words, ms, j);
      if (!first) continue;
      const a = final(first.key), b = final(second.key);
      // "the Congolese army, known as FARDC": a state's army goes by its acronym too; the army keeps its key.
      const armyAcronym = a.startsWith("army:") && b.startsWith("org:") && second.end - second.start === 1 && s.words[second.start].acronym;
      if (armyAcronym) {
        table.join(b, a);
        into.set(b, a);
        continue;
      }
      if (!joinable(table, a, b)) continue;
      // The fuller name keeps the key: "RENAMO - the Mozambican National Resistance" is the resistance's.
      const acronymOnly = (m: Mention) => m.end - m.start === 1 && s.words[m.start].acronym;
      const [keep, drop] = acronymOnly(first) && !acronymOnly(second) ? [b, a] : [a, b];
      table.join(drop, keep);
      into.set(drop, keep);
    }
  }
  if (!into.size) return;
  for (const ms of mentions) for (const m of ms) if (into.has(m.key)) m.key = final(m.key);
}
