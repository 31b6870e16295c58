/** CONTROLS: taking control of, capturing, holding, being controlled by, being home to. */
import { groupAt, objectAfter, subjectOf, type Group, type View } from "../clauses.js";
import { actsAsVerb, isVerbOf, BE, pairs, type RawRelation, type Triggers } from "./shared.js";
import { COMPASS, CONTROL_PARTICIPLES, CONTROL_VERBS, HELD_BY, LOSE_VERBS, STRONGHOLD_NOUNS } from "../vocabulary.js";

/** Every word a rule below starts from (see Triggers). */
export const CONTROL_TRIGGERS: Triggers = {
  words: ["control", "home", ...CONTROL_PARTICIPLES, ...STRONGHOLD_NOUNS],
  lemmas: [...LOSE_VERBS],
  verbs: [...CONTROL_VERBS],
  // "Houthi-held Sanaa" (HELD_BY)
  hyphened: true,
};

export function controlRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // Intentions are not control: "a campaign to capture Tripoli", "failed to seize".
  if (w[i - 1]?.lower === "to") return;
  if (word.lower === "control" && w[i + 1]?.lower === "of" && /^(take|took|taken|taking|gain|gained|seize|seized|assume|assumed|wrest|wrested|has|have|had|retain|retains)$/.test(w[i - 1]?.lower ?? "")) {
    const place = objectAfter(v, i + 1, { kind: "location", within: 5 }) ?? lastPlaceBefore(v, i);
    return pairs("CONTROLS", subjectOf(v, i), place, v, i, out);
  }
  // "The army lost control of Lashio to the MNDAA", "lost the town to": the winner holds it now.
  if (LOSE_VERBS.has(word.lemma) && actsAsVerb(v, i)) {
    const place = objectAfter(v, i, { kind: "location", within: 5 });
    const to = place ? w.slice(place.end, place.end + 3).findIndex((x) => x.lower === "to") : -1;
    const winner = to >= 0 ? objectAfter(v, place!.end + to, { kind: "actor", within: 4 }) : undefined;
    pairs("CONTROLS", winner, place, v, i, out);
    pairs("OPPOSES", winner, winner && subjectOf(v, i), v, i, out);
    return;
  }
  if (CONTROL_PARTICIPLES.has(word.lower) && w[i + 1]?.lower === "by") {
    const src = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    let j = i - 1;
    while (j >= 0 && (BE.test(w[j].lower) || w[j].text === ",")) j--;
    return pairs("CONTROLS", src, groupAt(v, j), v, i, out);
  }
  if (isVerbOf(CONTROL_VERBS, word) && actsAsVerb(v, i) && word.lemma !== "take" && word.lemma !== "gain" && word.lemma !== "enter") {
    // The verb's object, or a place it lists ("captured the districts …, including al-Qardabiya"),
    // never a place something else is in ("overran a base in Lower Shabelle").
    // A second predicate on the way is another verb's ("hold much of X and have encircled Goma, the capital of Y").
    const objectOfVerb = (g: Group) => {
      // "captured all the villages near the river, including Bardera": a place listed is taken itself.
      const listed = w.slice(i + 1, g.start).findLastIndex((x) => x.lower === "including");
      const between = w.slice(i + 2 + listed, g.start);
      const coordinated = (k: number) => /^(VERB|AUX)$/.test(w[k].pos) && (w[k - 1]?.pos === "CCONJ" || (w[k - 1]?.pos === "AUX" && w[k - 2]?.pos === "CCONJ"));
      // "retook several villages in the province of Cabo Delgado": what is taken is in the place, not the place.
      // Nor what lies "south of" it.
      if (between.some((x, n) => coordinated(i + 2 + listed + n) || /^(in|near|around|across|outside)$/.test(x.lower) || (COMPASS.has(x.lower) && between[n + 1]?.lower === "of"))) return false;
      const lead = listed >= 0 && between.length === 0 ? "including" : between.filter((x) => !/^(DET|ADJ|NUM)$/.test(x.pos)).pop()?.lower;
      // "hold Rutshuru and Masisi territories": the last of the names the verb takes.
      return lead === undefined || /^(including|of|capital|city|town|village|cities|towns|villages|areas|parts|,|")$/.test(lead) || (lead === "and" && w[g.start - 2]?.cap === true);
    };
    let place: Group | undefined;
    for (let j = i; j < i + 16 && !place; ) {
      const g = objectAfter(v, j, { kind: "location", within: i + 16 - j });
      if (!g) break;
      if (objectOfVerb(g)) place = g;
      j = g.end - 1;
    }
    // "the capital, Sanaa, which the Houthis have held since 2014": the place the relative pronoun stands for.
    const rel = place ? -1 : w.slice(Math.max(0, i - 6), i).findLastIndex((x) => /^(which|that)$/.test(x.lower));
    if (rel >= 0) {
      const r = Math.max(0, i - 6) + rel;
      const named = v.groups.filter((g) => g.kind === "location" && (g.end === r || (g.end === r - 1 && w[r - 1].text === ","))).pop();
      const holder = v.groups.find((g) => g.kind === "actor" && g.start > r && g.end <= i);
      if (named && holder) return pairs("CONTROLS", holder, named, v, i, out);
    }
    if (place && !v.groups.some((g) => g.kind === "actor" && g.start > i && g.start < place.start && !/^(from|of)$/.test(w[g.start - 1]?.lower ?? ""))) {
      pairs("CONTROLS", subjectOf(v, i), place, v, i, out);
      // "retook Omdurman from the RSF"
      const from = objectAfter(v, place.end - 1, { kind: "actor", within: 5, after: /^from$/ });
      pairs("OPPOSES", subjectOf(v, i), from, v, i, out);
    }
  }
  // "Houthi-held Sanaa", "the RSF-controlled city of Nyala": a named holder before the participle.
  const held = HELD_BY.exec(word.text);
  if (held) {
    // The name may start a word or two before ("Ansar Allah-held").
    const holder = namedActor(v, held[1]) ?? namedActor(v, `${w[i - 1]?.text} ${held[1]}`) ?? namedActor(v, `${w[i - 2]?.text} ${w[i - 1]?.text} ${held[1]}`);
    if (holder) pairs("CONTROLS", { start: i, end: i + 1, keys: [holder], kind: "actor" }, objectAfter(v, i, { kind: "location", within: 4 }), v, i, out);
    return;
  }
  // "the Hezbollah stronghold of Dahiyeh": a side's stronghold is held by it.
  if (STRONGHOLD_NOUNS.has(word.lower) && w[i + 1]?.lower === "of") {
    const owner = groupAt(v, i - 1) ?? (w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : undefined);
    if (owner?.kind === "actor") pairs("CONTROLS", owner, objectAfter(v, i + 1, { kind: "location", within: 3 }), v, i, out);
  }
  // "Tripoli, home of the GNA"
  if (word.lower === "home" && w[i + 1]?.lower === "of" && w[i - 1]?.text === ",") pairs("CONTROLS", objectAfter(v, i + 1, { kind: "actor", within: 3 }), groupAt(v, i - 2), v, i, out);
}

/** "took control of large parts" of the place named just before. */
function lastPlaceBefore(v: View, i: number): Group | undefined {
  return v.groups.filter((g) => g.kind === "location" && g.end <= i).pop();
}

/** The actor the article names exactly so ("Houthi", "RSF"), by name or alias. */
function namedActor(v: View, name: string): string | undefined {
  for (const r of v.table.records.values()) if (r.kind === "actor" && r.type !== "PERSON" && (r.name === name || r.aliases.has(name))) return r.key;
  return undefined;
}
