import { slug } from "./entities.js";
import type { Mention, MentionResult } from "./mentions.js";
import { QUOTE_MARK, type WordSentence } from "./words.js";

/** Plural nouns a side with no name of its own may go by ("fighters" only when set apart: below). */
const SIDE_NOUNS = new Set(["militias", "rebels", "mercenaries", "royalists", "loyalists", "fighters"]);
/** Words that set a band apart from any side the story names ("local militias", "foreign fighters", "pro-government militias"). */
const SET_APART = /^(local|foreign|clan|tribal|pro-[a-z]+)$/;

const covering = (own: Mention[], i: number) => own.some((m) => m.start <= i && i < m.end);

/**
 * "the royalists", "militias have been armed by the government", "foreign fighters": a side the story
 * names only by a plural noun for fighters is a party of its own, one for each noun, where the story
 * never uses that noun for a party it names ("M23 fighters", "the rebels" taken back to the M23).
 */
export function unnamedSides(sentences: WordSentence[], found: MentionResult): void {
  const { table, mentions } = found;
  // The nouns some named party goes by in this story.
  const taken = new Set<string>();
  const namedGroup = [...table.records.values()].some((r) => r.kind === "actor" && (r.type === "ARMED_GROUP" || r.type === "POLITICAL_GROUP"));
  for (const s of sentences) for (const m of mentions[s.index]) if (m.kind === "actor") for (let k = m.start; k < m.end; k++) taken.add(s.words[k].lower);
  for (const s of sentences) {
    const { words } = s;
    const own = mentions[s.index];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.cap || !SIDE_NOUNS.has(w.lower) || covering(own, i)) continue;
      // ("rebel commanders", "militias' leaders": the noun describes another.)
      if (words[i + 1]?.pos === "NOUN" && !words[i + 1].cap) continue;
      // ("militias such as X", "rebels known as Y": the names after the noun are the parties.)
      if (/^(such|including|like|known|called|dubbed|led|loyal)$/.test(words[i + 1]?.lower ?? "")) continue;
      let a = i;
      // (Describing words: "local", "clan"; not "the end of the month tribal fighters".)
      while (a > 0 && !words[a - 1].cap && (words[a - 1].pos === "ADJ" || SET_APART.test(words[a - 1].lower)) && !covering(own, a - 1)) a--;
      // ('called them "mercenaries"': a noun in quotation marks is someone's word for a side, not the story's.)
      if (QUOTE_MARK.test(words[a - 1]?.text ?? "")) continue;
      // ("columns of rebels", "a coalition of rebels", "a grouping of local militias": the band is the noun before.)
      if (words[a - 1]?.lower === "of" && words[a - 2]?.pos === "NOUN") continue;
      const apart = words.slice(a, i).some((x) => SET_APART.test(x.lower));
      // ("the rebels" points back: a side of its own only where the story names no group at all.)
      if (!apart && /^(DET|PRON)$/.test(words[a - 1]?.pos ?? "") && namedGroup) continue;
      // (One set apart is no named party's, whatever that party is called.)
      if (!apart && (w.lower === "fighters" || taken.has(w.lower))) continue;
      const start = apart ? a : i;
      const name = words.slice(start, i + 1).map((x) => x.lower).join(" ");
      const r = table.upsert({ key: `org:side-${slug(w.lower)}`, kind: "actor", type: "ARMED_GROUP", name }, s.index, name);
      own.push({ sentence: s.index, start, end: i + 1, key: r.key, kind: "actor" });
    }
    own.sort((x, y) => x.start - y.start);
  }
}
