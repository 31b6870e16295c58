/** CONTROLS: taking control of, capturing, holding, being controlled by, being home to. */
import { groupAt, objectAfter, subjectOf, type Group, type View } from "../clauses.js";
import type { Word } from "../words.js";
import { actsAsVerb, APPROXIMATELY, holderNamed, isVerbOf, BE, pairs, type RawRelation, type Triggers } from "./shared.js";
import { countryByIso3, countryForm } from "../gazetteer.js";
import { COMPASS, CONTROL_PARTICIPLES, CONTROL_VERBS, HELD_BY, HELD_NOUNS, LOSE_VERBS, MONTHS, PLACE_HEADS, STRONGHOLD_NOUNS, WEEKDAYS } from "../vocabulary.js";

const PART_OF_PLACE = new Set(["suburbs", "suburb", "outskirts", "parts", "part", "neighbourhoods", "neighborhoods", "districts", "areas", "quarters"]);
// Verbs of holding rather than taking: whoever held a place before is no side they were against.
const POSSESSIVE_MARK = /^'s?$/;
// Verbs whose subject does what the noun after them names: "spearheaded the capture of".
const LEADING_LEMMAS = new Set(["spearhead", "lead", "complete", "announce", "claim"]);
const HOLDING_LEMMAS = new Set(["hold", "control", "govern", "rule", "administer"]);
// A taking named by a noun: "Baku's recapture of the territory", "spearheaded the capture of Bakhmut".
const CAPTURE_NOUNS = new Set(["capture", "recapture", "seizure", "takeover", "conquest"]);
// Land named as such, held around a place: "a pocket of territory around", "the zone around".
const AREA_NOUNS = new Set(["territory", "area", "areas", "zone", "zones", "countryside"]);
// Verbs before "to" that claim or believe a hold rather than intend one: "claims to control", "is said to hold".
const CLAIMING_LEMMAS = new Set(["claim", "affirm", "assert", "say", "believe", "report", "think", "appear", "seem", "continue"]);
// A share of a whole held, and where most of it lies: "a third of the country, mostly in X".
const SHARES = new Set(["third", "thirds", "half", "quarter", "quarters", "percent", "%", "most", "much", "part", "parts", "swathes", "swaths"]);
const MOSTLY = new Set(["mostly", "mainly", "largely", "chiefly", "primarily"]);
// What a side holds in a place, taken with it: "overran their positions in X".
const POSITION_NOUNS = new Set(["positions", "position"]);
// How far after a control verb a list of the places it takes may reach.
const LIST_REACH = 28;
const HOLD_FORMS = new Set(["hold", "holds", "held", "holding"]);
const GRIP_NOUNS = new Set(["grip", "hold", "stranglehold", "chokehold"]);
const TAKE_CONTROL = /^(take|took|taken|taking|maintain|maintains|maintained|exercise|exercises|exercised|keep|keeps|kept|gain|gained|regain|regained|reclaim|reclaimed|seize|seized|assume|assumed|wrest|wrested|has|have|had|retain|retains|retained|establish|established|restore|restored|extend|extends|extended|consolidate|consolidates|consolidated|tighten|tightens|tightened|cement|cements|cemented|assert|asserts|asserted|reassert|reasserts|reasserted|impose|imposes|imposed|wield|wields|wielded|exert|exerts|exerted|win|wins|won|secure|secures|secured|grab|grabs|grabbed|retake|retakes|retook|retaken|recover|recovers|recovered|hold|holds|held)$/;

/** Every word a rule below starts from (see Triggers). */
export const CONTROL_TRIGGERS: Triggers = {
  words: ["control", "home", "sway", "hands", ...GRIP_NOUNS, ...CONTROL_PARTICIPLES, ...STRONGHOLD_NOUNS, ...CAPTURE_NOUNS],
  lemmas: [...LOSE_VERBS, "sweep", "fall"],
  verbs: [...CONTROL_VERBS],
  // "Houthi-held Sanaa" (HELD_BY)
  hyphened: true,
};

export function controlRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // Intentions are not control: "a campaign to capture Tripoli", "failed to seize".
  // (A claim is: "the rebels claim to control the town", "is believed to hold"; as the claimant says, not hedged.)
  if (w[i - 1]?.lower === "to" && !CLAIMING_LEMMAS.has(w[i - 2]?.lemma ?? "")) return;
  // "reclaimed full control of", "extended its control over": a word of degree or the holder's own may come between.
  const taking = /^(full|total|complete|effective|partial|its|their)$/.test(w[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  // "tightened their grip on Bukavu", "its hold on the port": the possessor holds the place.
  if (GRIP_NOUNS.has(word.lower) && w[i + 1]?.lower === "on" && /^(their|its|his|'s|')$/.test(w[i - 1]?.lower ?? "")) {
    const owner = w[i - 1].text.startsWith("'") ? groupAt(v, i - 2) : subjectOf(v, i);
    return pairs("CONTROLS", owner, objectAfter(v, i + 1, { kind: "location", within: 4 }), v, i, out);
  }
  // "Bahir Dar remains under the full control of the army": the holder named after, the place before.
  const under = w.slice(Math.max(0, i - 4), i).findLastIndex((x) => x.lower === "under");
  if (word.lower === "control" && w[i + 1]?.lower === "of" && under >= 0) {
    const at = Math.max(0, i - 4) + under;
    const place = v.groups.filter((g) => g.kind === "location" && g.end <= at && !w.slice(g.end, at).some((x) => x.text === "," || x.text === ";")).pop();
    return pairs("CONTROLS", objectAfter(v, i + 1, { kind: "actor", within: 4 }), place, v, i, out);
  }
  // "Goma, now under M23 control", "the town was under army control": the holder named before the word.
  const holder = word.lower === "control" ? v.groups.find((g) => g.end === i && g.kind === "actor") : undefined;
  if (holder && w[holder.start - 1]?.lower === "under") {
    const place = v.groups.filter((g) => g.kind === "location" && g.end < holder.start - 1 && !w.slice(g.end, holder.start - 1).some((x) => x.text === ";" || /^(VERB)$/.test(x.pos))).pop();
    return pairs("CONTROLS", holder, place, v, i, out);
  }
  // "the PUK, which holds sway in Sulaimani province"; "the Taliban swept into Kabul"
  // ("the Misseriya hold sway around Diffra"; "Sweida province, where Druze factions such as the Men of Dignity hold sway")
  if (word.lower === "sway" && HOLD_FORMS.has(w[i - 1]?.lower ?? "") && !/^(in|over|around)$/.test(w[i + 1]?.lower ?? "")) {
    const where = placeBeforeWhere(v, i - 1);
    return pairs("CONTROLS", where && v.groups.filter((g) => g.kind === "actor" && g.start > where.at && g.end < i).pop(), where?.place, v, i, out);
  }
  if ((word.lower === "sway" && HOLD_FORMS.has(w[i - 1]?.lower ?? "") && /^(in|over|around)$/.test(w[i + 1]?.lower ?? "")) || (word.lemma === "sweep" && w[i + 1]?.lower === "into")) {
    return pairs("CONTROLS", subjectOf(v, word.lower === "sway" ? i - 1 : i), objectAfter(v, i + 1, { kind: "location", within: 4 }), v, i, out);
  }
  // "Bakhmut has been in Russian hands since May", "the port, which remains in government hands": whose hands hold it.
  if (word.lower === "hands") {
    const held = heldInHands(v, i);
    if (held) return pairs("CONTROLS", held.holder, held.place, v, i, out);
  }
  // "the army was in full control of the town": in control, as much as taking it.
  const inControl = w[taking]?.lower === "in" && /^(is|are|was|were|remain|remains|remained|be|been)$/.test(w[taking - 1]?.lower ?? "");
  if (word.lower === "control" && /^(of|over)$/.test(w[i + 1]?.lower ?? "") && (TAKE_CONTROL.test(w[taking]?.lower ?? "") || inControl)) {
    let place = objectAfter(v, i + 1, { kind: "location", within: 5 });
    // "control of Kachin State's jade mining centre Hpakant": the place owned, not its owner.
    if (place && w[place.end]?.text === "'s") place = objectAfter(v, place.end, { kind: "location", within: 5 });
    // ("in full control of the area around X": being in control names its place after.)
    return pairs("CONTROLS", subjectOf(v, i), place ?? (inControl ? undefined : lastPlaceBefore(v, i)), v, i, out);
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
    // "captured the town of Tal Rifaat, which had been held by Kurdish fighters": held before it was taken.
    if (w[i - 1]?.lower === "been" && w[i - 2]?.lower === "had" && w.slice(0, i).some((x) => x.pos === "VERB" && CONTROL_VERBS.has(x.lemma))) return;
    const src = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    let j = i - 1;
    // "Laukkai, which is now controlled by the MNDAA": back over the relative pronoun and its adverbs.
    while (j >= 0 && (BE.test(w[j].lower) || w[j].text === "," || w[j].pos === "ADV" || /^(which|that)$/.test(w[j].lower))) j--;
    // "Laukkai, the capital of the Kokang zone, which is now controlled by …": the relative stands for the apposition's head.
    let held = groupAt(v, j);
    // "Cuito Cuanavale, a former garrison town on the Cuito River, has been held by …": the place an apposition
    // between commas describes is the subject, not the last name inside the apposition.
    const apposed = w[j + 1]?.text === "," && !/^(which|that)$/.test(w[j + 2]?.lower ?? "") ? apposedPlace(v, j) : undefined;
    if (apposed) held = apposed;
    // "The gold mine near Bambari has been controlled by Wagner": the place the one before the verb lies near.
    const near = held && /^(near|outside|in|at)$/.test(w[held.start - 1]?.lower ?? "") ? v.groups.find((g) => g.kind === "location" && g.end === held!.start - 1) : undefined;
    if (near) held = near;
    const of = held && (w[held.start - 1]?.pos === "DET" ? held.start - 2 : held.start - 1);
    if (held && of && w[of]?.lower === "of") {
      const opener = w.slice(Math.max(0, of - 5), of).findLastIndex((x) => x.text === ",");
      const at = opener < 0 ? -1 : Math.max(0, of - 5) + opener;
      const head = at > 0 && /^(the|a|an)$/.test(w[at + 1]?.lower ?? "") ? groupAt(v, at - 1) : undefined;
      if (head?.kind === "location") held = head;
    }
    return pairs("CONTROLS", src, held, v, i, out);
  }
  // "took the town of Kidal", "took over the palace": taken as a place is held; "took part in" takes none.
  // ("taken control of" is read at "control".)
  // ("the pipeline running to the port of Beira": a road or a line runs somewhere, a side runs a place.)
  const path = word.lemma === "run" && w[i + 1]?.pos === "ADP";
  if (isVerbOf(CONTROL_VERBS, word) && actsAsVerb(v, i) && word.lemma !== "gain" && word.lemma !== "enter" && w[i + 1]?.lower !== "control" && !path) {
    // "Foday Sankoh was captured on the outskirts of Freetown": a person taken takes no place.
    if (BE.test(w[i - 1]?.lower ?? "") && [subjectOf(v, i), groupAt(v, i - 2)].some((g) => g?.keys.some((k) => v.table.get(k)?.type === "PERSON"))) return;
    // The verb's object, or a place it lists ("captured the districts …, including al-Qardabiya"),
    // never a place something else is in ("overran a base in Lower Shabelle").
    // A second predicate on the way is another verb's ("hold much of X and have encircled Goma, the capital of Y").
    // `joined`: the place is one coordinated after an earlier object ("Minova, …, and the town of Sake"),
    // where the "and" (or "as well as") before it leads to it as well as a word of place.
    const objectOfVerb = (g: Group, joined = false) => {
      // "captured all the villages near the river, including Bardera": a place listed is taken itself.
      const listed = w.slice(i + 1, g.start).findLastIndex((x) => x.lower === "including");
      // "recaptured in August 2021 the town of X": a time between the verb and its object is no place.
      const between = w.slice(i + 2 + listed, g.start).filter((x, n, all) => !(x.lower === "in" && isTimeWord(all[n + 1])) && !isTimeWord(x));
      const coordinated = (k: number) => /^(VERB|AUX)$/.test(w[k].pos) && (w[k - 1]?.pos === "CCONJ" || (w[k - 1]?.pos === "AUX" && w[k - 2]?.pos === "CCONJ"));
      // "retook several villages in the province of Cabo Delgado": what is taken is in the place, not the place.
      // Nor what lies "south of" it.
      // ("has taken the war to the skies, launching strikes on Mekelle": a clause after a comma is another verb's.)
      const clause = (n: number) => between[n].text === "," && between[n + 1]?.pos === "VERB";
      // ("held a pocket of territory around the town of X", "retaken the zone around X": the land about a place
      // is held with it; camps or bases around a town are not the town.)
      const around = (n: number) => between[n].lower === "around" && AREA_NOUNS.has(between[n - 1]?.lower ?? "");
      const aroundArea = between.length > 0 && around(between.length - 1);
      // ("control now around 85 % of the zone of X": "around" a number is how much is held, not where.)
      const approximate = (n: number) => APPROXIMATELY.has(between[n].lower) && between[n + 1]?.pos === "NUM";
      // ("control a third of the country, mostly in the province of X": where most of a share held lies is held.)
      const mostlyIn = (n: number) => between[n].lower === "in" && MOSTLY.has(between[n - 1]?.lower ?? "") && between[n - 2]?.text === "," && between.slice(0, n - 2).some((x, k) => SHARES.has(x.lower) && between[k + 1]?.lower === "of");
      if (!positionsIn(between, g, v) && between.some((x, n) => coordinated(i + 2 + listed + n) || clause(n) || (/^(in|near|around|across|outside)$/.test(x.lower) && !around(n) && !approximate(n) && !mostlyIn(n)) || (COMPASS.has(x.lower) && between[n + 1]?.lower === "of"))) return false;
      const lead = listed >= 0 && between.length === 0 ? "including" : between.filter((x) => !/^(DET|ADJ|NUM)$/.test(x.pos)).pop()?.lower;
      // "hold Rutshuru and Masisi territories": the last of the names the verb takes.
      // "overran Gaddafi's sprawling Bab al-Aziziya compound": a side's own place, named, is taken;
      // "overran RENAMO's headquarters at Casa Banana": what a side holds, taken at its site, takes the site.
      const site = lead === "at" && (HELD_NOUNS.has(w[g.start - 2]?.lower ?? "") || PLACE_HEADS.get(w[g.start - 2]?.lower ?? "") === "SITE");
      return lead === undefined || site || aroundArea || positionsIn(between, g, v) || POSSESSIVE_MARK.test(lead) || /^(including|of|capital|city|town|village|cities|towns|villages|areas|parts|,|")$/.test(lead) || (lead === "and" && (joined || w[g.start - 2]?.cap === true)) || (joined && lead === "as") || (lead === "over" && word.lemma === "take");
    };
    let place: Group | undefined;
    for (let j = i; j < i + 16 && !place; ) {
      const g = objectAfter(v, j, { kind: "location", within: i + 16 - j });
      if (!g) break;
      if (objectOfVerb(g)) place = placeOf(v, g);
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
    // "a strong presence in Chalatenango and Morazan, where they control wide rural zones": the places "where" stands for.
    // ("where Gbagbo's elite Republican Guard held out": holding out is resisting, not holding.)
    const where = place || !HOLDING_LEMMAS.has(word.lemma) || w[i + 1]?.lower === "out" ? undefined : placeBeforeWhere(v, i);
    const holder = where ? v.groups.find((g) => g.kind === "actor" && g.start > where.at && g.end <= i && !POSSESSIVE_MARK.test(w[g.end]?.text ?? "")) : undefined;
    if (where && holder) return pairs("CONTROLS", holder, where.place, v, i, out);
    // ("overran the U.N. safe area of Srebrenica": a party describing the place's noun names no other object.)
    // (Nor does its owner: "overran RENAMO's headquarters at Casa Banana", "their positions".)
    const describing = (g: Group) => w[g.end] !== undefined && ((!w[g.end].cap && /^(NOUN|ADJ)$/.test(w[g.end].pos)) || POSSESSIVE_MARK.test(w[g.end].text) || /^(their|its|his|her)$/.test(w[g.start].lower));
    // ("the last positions held by Ukrainian troops at X": who held what is taken names no other object.)
    const heldBy = (g: Group) => w[g.start - 1]?.lower === "by" && CONTROL_PARTICIPLES.has(w[g.start - 2]?.lower ?? "");
    if (place && !v.groups.some((g) => g.kind === "actor" && g.start > i && g.start < place.start && !/^(from|of)$/.test(w[g.start - 1]?.lower ?? "") && !describing(g) && !heldBy(g))) {
      pairs("CONTROLS", subjectOf(v, i), place, v, i, out);
      pairs("CONTROLS", subjectOf(v, i), capitalNamed(v, place), v, i, out);
      // "seizing the political capital Yamoussoukro and the cocoa port of San Pedro": each place coordinated is taken too.
      // A list may run on past the first object's window when its items are described ("seized Minova, a key
      // supply hub on the shores of Lake Kivu, and the town of Sake"); the clause still bounds it.
      for (let j = place.end - 1, last = place; j < i + LIST_REACH; ) {
        const next = objectAfter(v, j, { kind: "location", within: i + LIST_REACH - j });
        // (By name only: "and much of the park" is a common noun read back to a place, and perhaps only part of it.)
        if (!next) break;
        const gap = w.slice(last.end, next.start);
        if (!gap.some((x, n) => x.lower === "and" || (x.lower === "as" && gap[n + 1]?.lower === "well")) || gap.some(anotherPredicate) || !objectOfVerb(next, true) || !w.slice(next.start, next.end).some((x) => x.cap)) break;
        // ("and the Lake Albert port of Ntoroko": the place a named kind of place is "of".)
        pairs("CONTROLS", subjectOf(v, i), placeOf(v, next), v, i, out);
        pairs("CONTROLS", subjectOf(v, i), capitalNamed(v, next), v, i, out);
        last = next;
        j = next.end - 1;
      }
      // "seized a chunk of the Kursk region, including the town of Sudzha": the place named in the list is taken too.
      const including = w.slice(place.end, place.end + 3).findIndex((x) => x.lower === "including");
      if (including >= 0) pairs("CONTROLS", subjectOf(v, i), objectAfter(v, place.end + including, { kind: "location", within: 5 }), v, i, out);
      // "retook Omdurman from the RSF"
      // "captured Kismayo, the last al-Shabaab stronghold": or whose stronghold the apposition says it was.
      const from = objectAfter(v, place.end - 1, { kind: "actor", within: 5, after: /^from$/ }) ?? strongholdOf(v, place.end);
      const taker = subjectOf(v, i);
      // A side the takers are named with is not the one the place was taken from.
      if (!from?.keys.some((k) => taker?.keys.includes(k)) && !HOLDING_LEMMAS.has(word.lemma)) pairs("OPPOSES", taker, from, v, i, out);
    }
  }
  // "Houthi-held Sanaa", "the RSF-controlled city of Nyala": a named holder before the participle.
  if (HELD_BY.test(word.text)) {
    // "the Hezbollah-controlled southern suburbs of Beirut": what is held is part of the place, not all of it.
    const partOf = w.slice(i + 1, i + 4).findIndex((x, k) => PART_OF_PLACE.has(x.lower) && w[i + 2 + k]?.lower === "of");
    if (partOf >= 0) return;
    const holder = holderNamed(v, i);
    // ("Moroccan-controlled Western Sahara": a country read as a state is held as a place.)
    const held = objectAfter(v, i, { within: 4 });
    const place = held?.kind === "location" || held?.keys.every((k) => v.table.get(k)?.type === "STATE") ? held : objectAfter(v, i, { kind: "location", within: 4 });
    // "the Houthi-held Red Sea port of Hodeidah": a place named after "of" is the one the place before describes.
    const named = place && w[place.end]?.lower === "of" ? v.groups.find((g) => g.kind === "location" && g.start === place.end + 1) : undefined;
    if (holder) pairs("CONTROLS", holder, named ?? place, v, i, out);
    return;
  }
  // "The western town of Duekoue fell to pro-Ouattara forces": the place falls to its new holder.
  if (word.lemma === "fall" && w[i + 1]?.lower === "to" && actsAsVerb(v, i)) {
    let k = i - 1;
    while (k > 0 && w[k].pos === "ADV") k--;
    const place = v.groups.find((g) => g.kind === "location" && g.end === k + 1);
    return pairs("CONTROLS", objectAfter(v, i + 1, { kind: "actor", within: 4 }), place, v, i, out);
  }
  // "Baku's recapture of the territory", "Wagner's fighters spearheaded the capture of Bakhmut": who takes it.
  if (CAPTURE_NOUNS.has(word.lower) && w[i + 1]?.lower === "of") {
    const place = objectAfter(v, i + 1, { kind: "location", within: 6 });
    const owner = POSSESSIVE_MARK.test(w[i - 1]?.text ?? "") ? groupAt(v, i - 2) : w[i - 1]?.lower === "the" && LEADING_LEMMAS.has(w[i - 2]?.lemma ?? "") ? subjectOf(v, i - 2) : undefined;
    return pairs("CONTROLS", owner, place, v, i, out);
  }
  // "near Pale, the Bosnian Serb stronghold east of the capital": a place apposed to a side's stronghold is held by it.
  if (STRONGHOLD_NOUNS.has(word.lower)) {
    const comma = w.slice(Math.max(0, i - 7), i).findLastIndex((x) => x.text === ",");
    const at = comma < 0 ? -1 : Math.max(0, i - 7) + comma;
    const place = at > 0 ? v.groups.find((g) => g.kind === "location" && g.end === at) : undefined;
    const owner = place && !w.slice(at, i).some((x) => /^(former|once|old)$/.test(x.lower)) ? strongholdOf(v, at) : undefined;
    if (owner && place) return pairs("CONTROLS", owner, place, v, i, out);
  }
  // "the Hezbollah stronghold of Dahiyeh": a side's stronghold is held by it.
  if (STRONGHOLD_NOUNS.has(word.lower) && w[i + 1]?.lower === "of") {
    // "the rebels' northern stronghold of Saada": describing words may come between.
    let o = i - 1;
    while (o > 0 && w[o].pos === "ADJ" && !groupAt(v, o)) o--;
    const owner = groupAt(v, o) ?? (/^'s?$/.test(w[o]?.text ?? "") ? groupAt(v, o - 1) : undefined);
    if (owner?.kind === "actor") pairs("CONTROLS", owner, objectAfter(v, i + 1, { kind: "location", within: 3 }), v, i, out);
  }
  // "Tripoli, home of the GNA"
  if (word.lower === "home" && w[i + 1]?.lower === "of" && w[i - 1]?.text === ",") pairs("CONTROLS", objectAfter(v, i + 1, { kind: "actor", within: 3 }), groupAt(v, i - 2), v, i, out);
}

// Words between a place and "in … hands" that leave the place the subject: "has been", "which remains", "fell back into".
const HANDS_LEMMAS = new Set(["be", "remain", "stay", "fall", "pass", "return", "come", "end", "which", "that", "now", "still", "firmly", "back", "once", "again"]);

/** "in Russian hands", "in government hands", "into Taliban hands", "in the hands of the M23": the holder, and the place before. */
function heldInHands(v: View, i: number): { holder: Group; place: Group } | undefined {
  const w = v.s.words;
  let holder: Group | undefined;
  let prep = i - 1;
  if (w[i + 1]?.lower === "of" && w[i - 1]?.lower === "the") {
    holder = objectAfter(v, i + 1, { kind: "actor", within: 3 });
    prep = i - 2;
  } else {
    holder = v.groups.find((g) => g.kind === "actor" && g.end === i);
    if (holder) prep = holder.start - 1;
    else {
      // A demonym names its state ("Russian hands"); "government hands" is the home country's government.
      const c = countryForm(w[i - 1]?.text ?? "");
      const home = v.table.homeIsClear && w[i - 1]?.lower === "government" ? countryByIso3(v.table.home ?? "") : undefined;
      const key = c && c.form !== "capital" ? v.table.state(c.country, v.s.index).key : home ? (v.table.get(`gov:${home.iso3}`) ?? v.table.state(home, v.s.index)).key : undefined;
      if (key) holder = { start: i - 1, end: i, keys: [key], kind: "actor" };
      prep = i - 2;
    }
  }
  if (w[prep]?.lower === "the") prep--;
  if (!holder || !/^(in|into)$/.test(w[prep]?.lower ?? "")) return undefined;
  let k = prep - 1;
  while (k > 0 && (HANDS_LEMMAS.has(w[k].lemma) || HANDS_LEMMAS.has(w[k].lower) || w[k].pos === "AUX" || w[k].text === ",")) k--;
  const place = v.groups.find((g) => g.kind === "location" && g.end === k + 1);
  return place ? { holder, place } : undefined;
}

/**
 * The place an apposition ending at `end` describes: "Ramadi, the provincial capital that X once declared part of
 * its state," is Ramadi. The apposition opens with a determiner or a possessive right after the place's comma and
 * holds no comma of its own; a verb in it only in a relative clause ("that … declared").
 */
function apposedPlace(v: View, end: number): Group | undefined {
  const w = v.s.words;
  for (let k = end; k > end - 20 && k > 0; k--) {
    if (w[k].text === ";") return undefined;
    if (w[k].text !== ",") continue;
    const opener = w[k + 1];
    if (!opener || !(/^(a|an|the)$/.test(opener.lower) || POSSESSIVE_MARK.test(w[k + 2]?.text ?? ""))) return undefined;
    const inside = w.slice(k + 1, end + 1);
    const relative = inside.findIndex((x) => /^(that|which|who|whom|where)$/.test(x.lower));
    if (inside.slice(0, relative < 0 ? inside.length : relative).some((x) => /^(VERB|AUX)$/.test(x.pos) && !/(ed|en)$/.test(x.lower))) return undefined;
    const place = v.groups.find((g) => g.end === k);
    return place?.kind === "location" ? place : undefined;
  }
  return undefined;
}

/** The place a "where" shortly before `i` stands for, and where the "where" is: "in Chalatenango and Morazan, where they control …". */
function placeBeforeWhere(v: View, i: number): { place: Group; at: number } | undefined {
  const w = v.s.words;
  // ("where Druze armed factions such as the Men of Dignity movement hold sway": the holder may be long.)
  const where = w.slice(Math.max(0, i - 14), i).findLastIndex((x) => x.lower === "where");
  if (where < 0 || w.slice(Math.max(0, i - 14) + where, i).some((x) => x.text === "," || x.text === ";")) return undefined;
  const at = Math.max(0, i - 14) + where;
  // ("Chalatenango and Morazan, where": a name the gazetteer lacks may end the list.)
  const place = w[at - 1]?.text === "," ? v.groups.filter((g) => g.kind === "location" && g.end <= at - 1 && w.slice(g.end, at - 1).every((x) => x.cap || x.lower === "and" || (x.pos === "NOUN" && !x.cap))).pop() : undefined;
  return place ? { place, at } : undefined;
}

/** Whose stronghold an apposition at `comma` calls the place before it: ", the last major Khmer Rouge stronghold". */
function strongholdOf(v: View, comma: number): Group | undefined {
  const w = v.s.words;
  if (w[comma]?.text !== "," || !/^(the|a|an)$/.test(w[comma + 1]?.lower ?? "")) return undefined;
  const at = w.slice(comma + 2, comma + 9).findIndex((x) => STRONGHOLD_NOUNS.has(x.lower));
  if (at < 0) return undefined;
  // ", the last stronghold of the Shabaab"
  if (w[comma + 3 + at]?.lower === "of") return objectAfter(v, comma + 3 + at, { kind: "actor", within: 3 });
  // ("Saada, the group's northern stronghold": a reference takes its "the" in.)
  const owner = v.groups.filter((g) => g.kind === "actor" && g.start > comma && g.end <= comma + 2 + at).pop();
  // (The owner is the last party before the noun, with only describing words after it: "the Taliban's former stronghold".)
  return owner && w.slice(owner.end, comma + 2 + at).every((x) => x.pos === "ADJ" || /^'s?$/.test(x.text)) ? owner : undefined;
}

/**
 * The place after "of" that a kind of place ending `g` is: "the Lake Albert port of Ntoroko" is Ntoroko, and so is
 * the last of a list ("Kalunguta and the Lake Albert port of Ntoroko").
 */
function placeOf(v: View, g: Group): Group {
  const w = v.s.words;
  const of = w[g.end]?.lower === "of" && PLACE_HEADS.has(w[g.end - 1].lower) ? v.groups.find((x) => x.kind === "location" && x.start === g.end + 1) : undefined;
  return of ? { ...g, end: of.end, keys: [...g.keys.slice(0, -1), ...of.keys] } : g;
}

/**
 * Whether the words between a verb of taking and the place `g` are a side's positions there: "seized the last
 * positions held by the army at the airport", "overran their positions in X". Taking the positions a side held in
 * a town or at a site takes the place; a region or a country is more than the positions in it.
 */
function positionsIn(between: Word[], g: Group, v: View): boolean {
  const p = between.findIndex((x) => POSITION_NOUNS.has(x.lower));
  if (p < 0 || !g.keys.every((k) => /^(CITY|SITE)$/.test(String(v.table.get(k)?.type)))) return false;
  // Nothing but who held them between the positions and "in" or "at" ("held by Ukrainian troops").
  const prep = between.findIndex((x, n) => n > p && /^(in|at)$/.test(x.lower));
  const by = between.slice(p + 1, prep);
  if (prep < 0 || (by.length > 0 && !(CONTROL_PARTICIPLES.has(by[0].lower) && by[1]?.lower === "by"))) return false;
  // ("positions in the town of X": then only its article and a word for the place.)
  return between.slice(prep + 1).every((x) => /^(DET|ADJ)$/.test(x.pos) || x.lower === "of" || PLACE_HEADS.has(x.lower));
}

/**
 * The capital a place held is said to have after it: "much of the Jubba valley, including its de facto capital,
 * Jilib", "the state of Unity, rich in oil, with its capital Bentiu". Who holds the land holds its capital.
 */
function capitalNamed(v: View, g: Group): Group | undefined {
  const w = v.s.words;
  let k = g.end;
  // (Past one short description of the place set off by commas: ", rich in oil,".)
  const close = w[k]?.text === "," && !/^(including|with)$/.test(w[k + 1]?.lower ?? "") ? w.slice(k + 1, k + 6).findIndex((x) => x.text === ",") : -1;
  if (close >= 0 && !w.slice(k + 1, k + 1 + close).some((x) => /^(VERB|AUX|PROPN)$/.test(x.pos))) k += 1 + close;
  if (w[k]?.text !== "," || !/^(including|with)$/.test(w[k + 1]?.lower ?? "") || !/^(its|their)$/.test(w[k + 2]?.lower ?? "")) return undefined;
  // ("its de facto capital", "its provincial capital": words of kind may come first.)
  const at = w.slice(k + 3, k + 6).findIndex((x) => x.lower === "capital");
  if (at < 0) return undefined;
  const name = k + 4 + at + (w[k + 4 + at]?.text === "," ? 1 : 0);
  return v.groups.find((x) => x.kind === "location" && x.start === name);
}

/** "took control of large parts" of the place named just before. */
function lastPlaceBefore(v: View, i: number): Group | undefined {
  // Not where the story was filed ("YEREVAN, Armenia (AP) —").
  return v.groups.filter((g) => g.kind === "location" && g.end <= i && g.start > v.dateline).pop();
}

/** The actor the article names exactly so ("Houthi", "RSF"), by name or alias. */

/**
 * Words between two places of a list that start a predicate of their own: "who hold Sanaa … and whose leader
 * … has cast", "occupying Gori and bombing … the port of Poti". (A description between them has none:
 * "Islam Qala, Afghanistan's biggest border crossing with Iran, and the Torghundi crossing".)
 */
function anotherPredicate(x: Word, n: number, gap: Word[]): boolean {
  return x.pos === "AUX" || /^(who|whose|which|that|where)$/.test(x.lower) || ((x.pos === "VERB" || /ing$/.test(x.lower)) && /^(and|,)$/.test(gap[n - 1]?.lower ?? ""));
}

/** A month, a year or a weekday: "in August 2021", "on Sunday". */
function isTimeWord(x: { lower: string; pos: string } | undefined): boolean {
  return !!x && (MONTHS.includes(x.lower) || WEEKDAYS.includes(x.lower) || (x.pos === "NUM" && /^\d{4}$/.test(x.lower)));
}
