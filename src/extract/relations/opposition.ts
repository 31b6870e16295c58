/** OPPOSES: clashes, offensives, attacks, and campaigns to take a place from someone. */
import { groupAt, helpedAt, isBoundary, isCountryGroup, objectAfter, subjectOf, type Group, type View } from "../clauses.js";
import { actsAsVerb, alongsideAfter, BE, holderNamed, isVerbOf, onSideOf, sidesWith, pairs, within, type RawRelation, type Triggers } from "./shared.js";
import { ALLY_WORDS, COALITION_NOUNS, DESCRIBING_NOUNS, FORCE_HELD, GROUP_NOUNS, HELD_BY, HELD_NOUNS, OPPOSE_NOUNS, OPPOSE_VERBS, OWNED_ATTACKS, PARTY_PEOPLE, VICTIM_PARTICIPLES } from "../vocabulary.js";
import { verbForms, type Word } from "../words.js";
import { countryByIso3, countryForm } from "../gazetteer.js";

const REVOLT_LEMMAS = new Set(["mutiny", "rebel", "revolt", "rise"]);
const REVOLT_NOUNS = new Set(["insurgency", "rebellion", "insurrection", "uprising", "revolt"]);
// Strikes from afar, whose object's place says whom they hit: "bombed villages inside Pakistan" (not "fighting inside").
const STRIKE_LEMMAS = new Set(["bomb", "bombard", "shell", "strike", "pound", "raid", "strafe", "attack", "target"]);
const LAUNCH_VERBS = new Set(["launch", "fire", "shoot"]);
const HYPOTHETICAL = new Set(["if", "unless", "whether"]);
const SOLDIER_NOUNS = new Set(["soldiers", "troops", "servicemen", "gendarmes", "policemen", "police"]);
// Attacks whose author the sentence may name after them.
const ATTACK_NOUNS = new Set(["attack", "attacks", "ambush", "ambushes", "raid", "raids", "bombing", "bombings", "assault", "massacre", "killings"]);
// "carried out by", "claimed by", "attributed to": who made an attack.
const ATTRIBUTED = new Set(["carried", "executed", "perpetrated", "committed", "claimed", "staged", "conducted", "launched"]);
// Who stands for the state when hit: "soldiers", "police", "an army post".
const STATE_VICTIMS = new Set([...SOLDIER_NOUNS, "army", "military", "barracks"]);
// "the killing of X by Y": a death dealt, whose victim is named before its author.
const KILLING_NOUNS = new Set(["killing", "assassination", "murder", "execution"]);
// Verbs of stopping a side's attack, said of the attack rather than the side: "halt Turkey's offensive", "contain the Houthi advance".
const STOP_VERBS = new Set(["halt", "stop", "contain", "resist", "thwart", "block", "blunt", "stem", "check", "withstand", "quell", "crush"]);
const ENVOY_WORDS = new Set(["diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "consul"]);
// Verbs of taking ground: what is taken from a side ("seized the positions held by X") was fought for.
const TAKE_LEMMAS = new Set(["capture", "seize", "take", "retake", "recapture"]);
// "held by X", "still controlled by X": who holds what a verb's object names.
const HOLDING_PARTICIPLES = new Set(["held", "controlled", "occupied", "defended", "garrisoned"]);

// Tried on every word: sets built once (a pattern written in the function is a new object at every call).
const CLASH_NOUNS = new Set(["clashes", "fighting", "battles", "clash", "battle", "hostilities", "conflict", "confrontation", "encounter", "encounters", "firefight", "gunfight", "gunbattle", "shootout", "skirmish", "skirmishes"]);
const FIGHTING_NOUNS = new Set(["clashes", "fighting", "war", "hostilities", "battles"]);
// "ended a ceasefire with the government", "signed a truce with": only sides at war have one.
const TRUCE_NOUNS = new Set(["ceasefire", "cease-fire", "truce", "armistice"]);
// What sides at war make: "peace agreement", "peace talks".
const PEACE_NOUNS = new Set(["agreement", "accord", "deal", "talks", "treaty", "process", "negotiations", "pact"]);
// What parties do to their truce; not what others ask of it ("urged a ceasefire with").
const TRUCE_VERBS = new Set(["sign", "agree", "reach", "conclude", "negotiate", "end", "break", "violate", "abandon", "scrap", "extend", "observe", "declare"]);

/** Every word a rule below starts from (see Triggers). */
export const OPPOSE_TRIGGERS: Triggers = {
  words: [...OPPOSE_NOUNS, ...CLASH_NOUNS, ...KILLING_NOUNS, ...FIGHTING_NOUNS, ...TRUCE_NOUNS, ...COALITION_NOUNS, ...ALLY_WORDS, "war", "fire", "front", "shot", "peace", "power", "responsibility", "independence", "secession"],
  lemmas: ["pit", "turn", "lose", ...STOP_VERBS, "blame", "knock", "defend", "surrender", ...TAKE_LEMMAS, "place", "put", ...REVOLT_LEMMAS],
  verbs: [...OPPOSE_VERBS],
};

export function opposeRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "clashes between X and Y"
  if (OPPOSE_NOUNS.has(word.lower) && w[i + 1]?.lower === "between") {
    // ("clashes between members of the National Guard and …": past the people to their party.)
    const first = objectAfter(v, i + 1, { kind: "actor", within: PARTY_PEOPLE.has(w[i + 2]?.lower ?? "") ? 5 : 3 });
    if (first && first.keys.length > 1) return within("OPPOSES", first, v, i, out);
    // "fighting between the military and a local militia known as Fano"
    const and = first ? w.slice(first.end, first.end + 2).findIndex((x) => x.lower === "and") : -1;
    return pairs("OPPOSES", first, and >= 0 ? objectAfter(v, first!.end + and, { kind: "actor", within: 6 }) : undefined, v, i, out);
  }
  // "soldiers were killed in an ambush by JNIM", "an attack by the RSF on the army": who attacks whom.
  if (OPPOSE_NOUNS.has(word.lower) && w[i + 1]?.lower === "by") {
    const attacker = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    const on = attacker ? w.slice(attacker.end, attacker.end + 2).findIndex((x) => /^(on|against)$/.test(x.lower)) : -1;
    const from = Math.max(0, i - 6);
    const victim = w.slice(from, i).findIndex((x, k) => VICTIM_PARTICIPLES.has(x.lower) && BE.test(w[from + k - 1]?.lower ?? ""));
    const target = (on >= 0 ? objectAfter(v, attacker!.end + on, { kind: "actor", within: 4 }) : undefined) ?? (victim >= 0 ? subjectOf(v, from + victim) : undefined);
    return pairs("OPPOSES", attacker, target, v, i, out);
  }
  // "the killing of rebel commander Ali Hamid by army troops": the killers oppose the party of whom was killed
  // (named before him; a person alone is no party).
  const killedBy = KILLING_NOUNS.has(word.lower) && w[i + 1]?.lower === "of" ? w.slice(i + 2, i + 10).findIndex((x) => x.lower === "by") : -1;
  if (killedBy >= 0) {
    const victims = v.groups.filter((g) => g.kind === "actor" && g.start > i + 1 && g.end <= i + 2 + killedBy && g.keys.every((k) => v.table.get(k)?.type !== "PERSON"));
    const killer = objectAfter(v, i + 2 + killedBy, { kind: "actor", within: 4 });
    for (const victim of victims) pairs("OPPOSES", killer, victim, v, i, out);
    return;
  }
  // "The army blames the ADF for the massacre", "LeT, the group India blames for the Mumbai attacks": whom a side
  // blames for an attack is its enemy.
  if (word.lemma === "blame" && actsAsVerb(v, i)) {
    const blamed = v.groups.find((g) => g.kind === "actor" && g.start > i && g.start <= i + 2);
    const forAt = blamed ? blamed.end : i + 1;
    if (w[forAt]?.lower !== "for" || !w.slice(forAt + 1, forAt + 7).some((x) => ATTACK_NOUNS.has(x.lower) || OPPOSE_NOUNS.has(x.lower))) return;
    // (In a clause describing a party, "the group India blames": the party named before the describing noun.)
    const subj = v.groups.find((g) => g.kind === "actor" && g.end === i) ?? subjectOf(v, i);
    const noun = subj ? subj.start - 1 : -1;
    const comma = w[noun - 1]?.lower === "the" ? noun - 2 : -1;
    const described = !blamed && DESCRIBING_NOUNS.has(w[noun]?.lower ?? "") && w[comma]?.text === "," ? v.groups.find((g) => g.kind === "actor" && (g.end === comma || (g.end === comma - 1 && w[comma - 1].text === ")"))) : undefined;
    return pairs("OPPOSES", subj, blamed ?? described, v, i, out);
  }
  // "The attack was carried out by the BRN", "an ambush that officials attributed to ISWAP", "JNIM claimed
  // responsibility for the attack": an attack whose victim goes unsaid is on the state the story is about.
  const claimed = word.lower === "responsibility" && w[i + 1]?.lower === "for" && /^(claim|take|admit|assume)$/.test(w[i - 1]?.lemma ?? "");
  if (claimed || ATTACK_NOUNS.has(word.lower)) {
    const after = w.slice(i + 1, i + 9);
    const by = claimed ? -1 : after.findIndex((x, k) => (x.lower === "by" && ATTRIBUTED.has(after[k - 1]?.lower === "out" ? after[k - 2]?.lower ?? "" : after[k - 1]?.lower ?? "")) || (/^(to|on)$/.test(x.lower) && /^(attributed|blamed)$/.test(after[k - 1]?.lower ?? "")));
    const attacker = claimed ? subjectOf(v, i - 1) : by >= 0 ? objectAfter(v, i + 1 + by, { kind: "actor", within: 4 }) : undefined;
    // ("the attack on Israeli troops was carried out by Hezbollah": a victim named is read where it is.)
    const named = w.slice(i + 1, i + 12).some((x, k) => /^(on|against)$/.test(x.lower) && objectAfter(v, i + 1 + k, { kind: "actor", within: 4 }) !== undefined);
    // Only where the sentence says the state's forces were hit ("20 soldiers were killed … in an attack
    // attributed to ISSP"), and by a side it names ("attributed to the group" may be anyone's).
    const forcesHit = w.some((x) => STATE_VICTIMS.has(x.lower));
    // ("claimed by Islamic State's Sahel affiliate": the possessor is not who attacked.)
    const byName = !!attacker && w.slice(attacker.start, attacker.end).some((x) => x.cap && x.lower !== "the") && !/^'s?$/.test(w[attacker.end]?.text ?? "");
    if (attacker && byName && forcesHit && !named) pairs("OPPOSES", attacker, homeState(v, i, attacker), v, i, out);
  }
  // "the RED-Tabara rebels, who have carried out attacks inside Burundi", "IS-K has claimed attacks in Iran and
  // Pakistan": a group's attacks in a country are on its state.
  // ("the PKK, which has waged an insurgency inside Turkey": a revolt in a country is against its state too.)
  if ((ATTACK_NOUNS.has(word.lower) || REVOLT_NOUNS.has(word.lower)) && /^(in|inside)$/.test(w[i + 1]?.lower ?? "")) {
    // ("has also claimed attacks in Iran": the subject of the verb the attacks are the object of.)
    let verb = i - 1;
    while (verb > 0 && /^(DET|ADJ|NUM)$/.test(w[verb].pos)) verb--;
    const attacker = subjectOf(v, i) ?? (w[verb]?.pos === "VERB" ? subjectOf(v, verb) : undefined);
    const where = objectAfter(v, i, { kind: "location", within: 2 });
    // (A country named as a place or, in a list, as a state.)
    const countries = where?.keys.map((k) => v.table.get(k)).filter((r) => (r?.type === "COUNTRY" || r?.type === "STATE") && r.country);
    const groups = attacker?.keys.every((k) => /^(ARMED_GROUP|POLITICAL_GROUP)$/.test(v.table.get(v.table.actorFor(k, v.s.index))?.type ?? ""));
    // (By name: "the group" read back to a party may be the wrong one of a family of names.)
    const byName = attacker && w.slice(attacker.start, attacker.end).some((x) => x.cap && x.lower !== "the");
    if (attacker && byName && groups && where && countries?.length === where.keys.length) {
      for (const r of countries) {
        const c = countryByIso3(r!.country!);
        if (c) pairs("OPPOSES", attacker, { ...where, keys: [v.table.state(c, v.s.index).key] }, v, i, out);
      }
    }
  }
  // "the OPM, which is fighting for the independence of Papua from Indonesia": a fight to break away is against the state left.
  if ((word.lower === "independence" || word.lower === "secession") && w[i - 1]?.lower !== "since") {
    const fight = w.slice(Math.max(0, i - 4), i).findLastIndex((x) => /^(fight|struggle|battle|war|rebel|campaign)$/.test(x.lemma));
    const from = w.slice(i + 1, i + 5).findIndex((x) => x.lower === "from");
    // (A country named after "from" is the state broken from.)
    if (fight >= 0 && from >= 0) pairs("OPPOSES", subjectOf(v, Math.max(0, i - 4) + fight), objectAfter(v, i + from, { kind: "actor", within: 4, after: /^from$/ }), v, i, out);
  }
  // "the peace agreement between the Government of Indonesia and GAM", "peace talks between X and Y": only sides at war make peace.
  if (word.lower === "peace" && PEACE_NOUNS.has(w[i + 1]?.lower ?? "") && w[i + 2]?.lower === "between") {
    const first = objectAfter(v, i + 2, { kind: "actor", within: 3 });
    if (first && first.keys.length > 1) return within("OPPOSES", first, v, i, out);
    const and = first ? w.slice(first.end, first.end + 2).findIndex((x) => x.lower === "and") : -1;
    return pairs("OPPOSES", first, and >= 0 ? objectAfter(v, first!.end + and, { kind: "actor", within: 5 }) : undefined, v, i, out);
  }
  // "the TTP ended a ceasefire with the government": the parties to a truce had been fighting.
  if (TRUCE_NOUNS.has(word.lower) && w[i + 1]?.lower === "with") {
    let verb = i - 1;
    while (verb > i - 4 && verb > 0 && /^(DET|ADJ|NUM)$/.test(w[verb].pos)) verb--;
    if (!TRUCE_VERBS.has(w[verb]?.lemma ?? "")) return;
    const other = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    // (Read from the other party: "ended" a truce is no denial of the fighting.)
    return pairs("OPPOSES", subjectOf(v, verb), other, v, other?.start ?? i, out);
  }
  // "The junta placed President Ali Bongo under house arrest": arrest by another name.
  if ((word.lemma === "place" || word.lemma === "put") && actsAsVerb(v, i)) {
    const held = objectAfter(v, i, { kind: "actor", within: 4 });
    if (held && w[held.end]?.lower === "under" && w.slice(held.end + 1, held.end + 3).some((x) => /^(arrest|detention|custody)$/.test(x.lower))) pairs("OPPOSES", subjectOf(v, i), held, v, i, out);
    return;
  }
  // "The clashes pitted the ELN against the 33rd Front"
  if (word.lemma === "pit") {
    const first = objectAfter(v, i, { kind: "actor", within: 3 });
    return pairs("OPPOSES", first, first ? objectAfter(v, first.end - 1, { kind: "actor", within: 4, after: /^against$/ }) : undefined, v, i, out);
  }
  // "turned against the government", "defending itself against the FDLR"
  // "mutinied against the government", "rebelled against", "rose up against": a revolt is against whom it names.
  if (REVOLT_LEMMAS.has(word.lemma) && (w[i + 1]?.lower === "against" || (w[i + 1]?.lower === "up" && w[i + 2]?.lower === "against"))) return pairs("OPPOSES", subjectOf(v, i), objectAfter(v, w[i + 1].lower === "up" ? i + 2 : i + 1, { kind: "actor", within: 4 }), v, i, out);
  if ((word.lemma === "turn" || word.lemma === "defend") && (w[i + 1]?.lower === "against" || (/^(itself|themselves)$/.test(w[i + 1]?.lower ?? "") && w[i + 2]?.lower === "against"))) return pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i + (w[i + 1].lower === "against" ? 1 : 2), { kind: "actor", within: 8 }), v, i, out);
  // "it had shot down two Indian military jets", "knocked out several South African tanks": what is brought
  // down or put out of action is the other side's (the tagger may take "shot" for a noun).
  const downed = (word.lemma === "shoot" || word.lower === "shot") && w[i + 1]?.lower === "down";
  if ((downed || (word.lemma === "knock" && w[i + 1]?.lower === "out")) && !/^(is|are|was|were|be|been|being)$/.test(w[i - 1]?.lower ?? "")) return pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
  // "Congolese soldiers surrendered to the rebels": who surrenders fought the one surrendered to.
  if (word.lemma === "surrender" && w[i + 1]?.lower === "to") return pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
  // "X clashed …", "after fierce fighting with government troops", "traded fire with", "its war with Israel": the clause's subject, or the main clause's.
  if ((CLASH_NOUNS.has(word.lower) || (word.lower === "war" && w[i - 1]?.lower !== "the") || (word.lower === "fire" && /^(trade|exchange)/.test((w[i - 1]?.pos === "ADJ" ? w[i - 2] : w[i - 1])?.lemma ?? ""))) && w[i + 1]?.lower === "with") {
    let start = i;
    while (start > 0 && !isBoundary(v, start - 1)) start--;
    // ("Hezbollah was weakened by its own war with Israel": whose war "its" says, the party the sentence opens with.)
    const its = w.slice(Math.max(0, i - 2), i).some((x) => /^(its|their)$/.test(x.lower));
    const src = subjectOf(v, i) ?? (start > 0 ? subjectOf(v, start - 1) : undefined) ?? (its ? v.groups.find((g) => g.kind === "actor" && g.start === 0) : undefined);
    return pairs("OPPOSES", src, objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
  }
  // "the Tajik military opened fire at positions of the Kyrgyz border guards", "opened fire on protesters"
  if (word.lower === "fire" && w[i - 1]?.lemma === "open" && /^(at|on)$/.test(w[i + 1]?.lower ?? "")) {
    return pairs("OPPOSES", subjectOf(v, i - 1), objectAfter(v, i + 1, { kind: "actor", within: 4 }) ?? heldAfter(v, i), v, i, out);
  }
  // "X and Y entered into armed clashes"
  // ("Ethiopia and Eritrea were allies in the war": a war the subjects were in, not one between them.)
  let before = i - 1;
  while (before > 0 && /^(DET|ADJ|NUM)$/.test(w[before].pos)) before--;
  // ("war games", "war crimes": "war" describing another noun is none.)
  // ("helped meet the heavy cost of the war": a war something is of names no sides either.)
  // ("X and Y strike targets as the war spills over": a war that is the subject of a verb of its own is not theirs.)
  // ("complaining that X and Y run the war": a war the story already told of, which the subjects run or pay for, is not between them.)
  const toldOf = word.lower === "war" && w[i - 1]?.lower === "the" && w[i - 2]?.pos === "VERB";
  if (FIGHTING_NOUNS.has(word.lower) && !toldOf && !/^(against|on|with)$/.test(w[i + 1]?.lower ?? "") && !/^(in|during|amid|after|before|of)$/.test(w[before]?.lower ?? "") && !/^(NOUN|VERB|AUX)$/.test(w[i + 1]?.pos ?? "")) {
    const subj = subjectOf(v, i);
    if (subj && subj.keys.length > 1) within("OPPOSES", subj, v, i, out);
  }
  // "an offensive against X", "declared war on X", "losses to X", "gained ground on X", "capture Tripoli from X"
  // "…, which led a coalition against the Houthis": a coalition formed against a side opposes it.
  // "in response to the attacks on US service members": an attack answered was the other side's.
  const answered = w.slice(Math.max(0, i - 4), i).some((x, n, all) => (x.lower === "response" && all[n + 1]?.lower === "to") || (x.lower === "retaliation" && all[n + 1]?.lower === "for"));
  // "one of Kinshasa's closest partners against the M23": allies against a side oppose it.
  // ("announced a common front against the army": those who form it are allies too.)
  // ('a "common front" against the army': in quotes too.)
  const commonFront = word.text === "front" && /^(common|united|joint)$/.test(w[i - 1]?.lower ?? "") && (w[i + 1]?.lower === "against" || (w[i + 1]?.text === '"' && w[i + 2]?.lower === "against"));
  const alliedAgainst = ((COALITION_NOUNS.has(word.lower) || ALLY_WORDS.has(word.lower)) && w[i + 1]?.lower === "against") || commonFront;
  // (Its founders are the subject of the verb that forms it: "X and Y had announced in 2022 a common front".)
  const formedBy = commonFront ? w.slice(Math.max(0, i - 8), i).findLastIndex((x) => x.pos === "VERB") : -1;
  const founders = formedBy >= 0 ? subjectOf(v, Math.max(0, i - 8) + formedBy) : undefined;
  if (alliedAgainst) within("ALLIED_WITH", founders, v, i, out);
  if (((OPPOSE_NOUNS.has(word.lower) && /^(against|on|to)$/.test(w[i + 1]?.lower ?? "")) || alliedAgainst) && !onSideOf(v, i) && !answered) {
    const tgt = objectAfter(v, i + 1, { kind: "actor", within: 5 }) ?? heldAfter(v, i + 1);
    const possessor = groupAt(v, i - 1) ?? (w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : undefined);
    // "The attack on the army base was carried out by the FLEC": the side named after "by".
    const by = tgt ? w.slice(tgt.end, tgt.end + 6).findIndex((x, k, all) => x.lower === "by" && /ed$/.test((all[k - 1]?.lower === "out" ? all[k - 2] : all[k - 1])?.lower ?? "")) : -1;
    const agent = by > 0 ? objectAfter(v, tgt!.end + by, { kind: "actor", within: 3 }) : undefined;
    const src = possessor ?? agent ?? subjectOf(v, i) ?? founders ?? (i < 3 ? undefined : nextSubject(v, i));
    pairs("OPPOSES", backersOf(v, src, i), tgt, v, i, out);
    return pairs("OPPOSES", src, tgt, v, i, out);
  }
  // "the Cobras took power in Brazzaville from President Lissouba", "seize power from": a coup is against whom it unseats.
  if (word.lower === "power" && /^(seize|take|grab|wrest|snatch)$/.test((w[i - 1]?.lower === "the" ? w[i - 2] : w[i - 1])?.lemma ?? "")) {
    const verb = w[i - 1].lower === "the" ? i - 2 : i - 1;
    const from = w.slice(i + 1, i + 6).findIndex((x) => x.lower === "from");
    // ("seized power from the elected government of Aung San Suu Kyi": the leader of what was unseated is not it.)
    const unseated = from >= 0 ? objectAfter(v, i + 1 + from, { kind: "actor", within: 3 }) : undefined;
    // "the unit that helped Rajoelina seize power from Ravalomanana": the one helped seizes it.
    const helped = w.slice(Math.max(0, verb - 10), verb).findLastIndex((x) => x.lemma === "help");
    const taker = helped >= 0 ? objectAfter(v, Math.max(0, verb - 10) + helped, { kind: "actor", within: 3 }) : subjectOf(v, verb);
    pairs("OPPOSES", taker, unseated, v, i, out);
    return;
  }
  // "seized the last positions held by Ukrainian troops", "took the gorge, the only part still held by the army":
  // who takes what a side holds fights that side.
  if (TAKE_LEMMAS.has(word.lemma) && actsAsVerb(v, i) && w[i - 1]?.lower !== "to") return pairs("OPPOSES", subjectOf(v, i), holderByAfter(v, i), v, i, out);
  if ((word.lemma === "capture" || word.lemma === "take" || word.lemma === "seize") && w[i - 1]?.lower === "to") {
    const from = w.slice(i + 1, i + 6).findIndex((x) => x.lower === "from");
    if (from >= 0) pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i + 1 + from, { kind: "actor", within: 5 }), v, i, out);
    return;
  }
  // "lost much of its territory to Afghan offensives": who loses ground to a side's attacks fights that side.
  if (word.lemma === "lose" && actsAsVerb(v, i)) {
    const to = w.slice(i + 1, i + 7).findIndex((x) => x.lower === "to");
    if (to >= 0 && !w.slice(i + 1, i + 1 + to).some((x) => /^(VERB|AUX|PUNCT)$/.test(x.pos))) pairs("OPPOSES", subjectOf(v, i), attackOwner(v, i + 1 + to), v, i, out);
  }
  // "in a bid to halt Turkey's offensive", "struggled to contain the Houthi advance": who stops an attack fights its owner.
  if (STOP_VERBS.has(word.lemma) && actsAsVerb(v, i)) {
    const owner = attackOwner(v, i);
    if (owner) pairs("OPPOSES", subjectOf(v, i), owner, v, i, out);
    const helped = owner ? helpedAt(v, i) : undefined;
    if (helped) pairs("OPPOSES", subjectOf(v, helped.help), owner, v, i, out);
    return;
  }
  if (isVerbOf(OPPOSE_VERBS, word) && actsAsVerb(v, i)) {
    if (sidesWith(w, i + 1) || onSideOf(v, i)) return;
    if (figurative(w, i)) return;
    // "if it attacked Guyana": an attack supposed is none made.
    // ("if they were to attack Guyana": the supposition may hold a subject and "were to" before the verb.)
    const clause = w.slice(0, i).findLastIndex((x) => x.text === "," || x.text === ";");
    if (w.slice(Math.max(0, i - 3, clause + 1), i).some((x) => HYPOTHETICAL.has(x.lower)) || (w[i - 1]?.lower === "to" && /^(were|was)$/.test(w[i - 2]?.lower ?? "") && w.slice(Math.max(0, i - 6, clause + 1), i).some((x) => x.lower === "if"))) return;
    // "fighting rebels alongside the army": whom they fight comes before "alongside", the side after.
    const beside = alongsideAfter(w, i);
    if (beside >= 0) return pairs("OPPOSES", subjectOf(v, i), objectAfter(v, i, { kind: "actor", within: beside - i }), v, i, out);
    // "lawmakers ousted by the army": a participle describing a common noun says nothing of the clause's subject.
    if (w[i + 1]?.lower === "by" && w[i - 1]?.pos === "NOUN" && !groupAt(v, i - 1)) return;
    // "Dozens of its soldiers were killed, the Observatory said": a passive without "by" names no attacker.
    // "The RUF was driven out of Freetown in February 1998 by ECOMOG": the agent may come after a place and a time.
    if (/^(was|were|been|being)$/.test(w[i - 1]?.lower ?? "") && /(ed|en)$/.test(word.lower) && w[i + 1]?.lower !== "by") {
      const by = w.slice(i + 2, i + 10).findIndex((x) => x.lower === "by");
      const clause = by >= 0 && w.slice(i + 1, i + 2 + by).every((x) => !/^(VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(x.pos) && !/^(and|or|,|;)$/.test(x.text));
      // (Only a subject right before its verb: one far back may be an apposition's, not this verb's.)
      const subj = subjectOf(v, i);
      if (clause && subj && subj.end >= i - 2) pairs("OPPOSES", objectAfter(v, i + 2 + by, { kind: "actor", within: 3 }), subj, v, i, out);
      return;
    }
    // ("Benin and Niger have clashed over the closure of their border": sides clash with each other in a fight, over a dispute.)
    if (word.lemma === "clash" && w[i + 1]?.lower === "over") return;
    const src = subjectOf(v, i) ?? homeSoldiers(v, i);
    // "launched drones at Saudi Arabia": what is launched is not the target; where it is aimed is.
    // "launched more than 300 drones and missiles at Israel": what is launched may take some words.
    // "began firing rockets into Israel": the tagger's noun "firing" is the verb's gerund.
    // "ambushed a convoy of the Malian army", "fired missiles at camps of the KDPI": what a side holds stands for the side.
    const heldBy = heldAfter(v, i) ?? holderByAfter(v, i);
    if (LAUNCH_VERBS.has(word.lemma) || (word.pos === "NOUN" && verbForms(word).some((f) => LAUNCH_VERBS.has(f)))) return pairs("OPPOSES", src, objectAfter(v, i, { kind: "actor", within: 10, after: /^(at|on|against|into)$/ }) ?? heldBy, v, i, out);
    const tgt = word.lemma === "clash" || word.lemma === "fight" && w[i + 1]?.lower === "with" ? objectAfter(v, i, { kind: "actor", within: 3, after: /^with$/ }) : objectAfter(v, i, { kind: "actor", within: 4 }) ?? heldBy ?? attackOwner(v, i);
    // ("the party expelled Omarov, a longtime member, from its ranks": a member expelled is no enemy.)
    if (word.lemma === "expel" && tgt?.keys.every((k) => v.table.get(k)?.type === "PERSON")) return;
    // ("an air strike killed Hassan Ali, who had led the group since 2010": a person killed is a victim; the side
    // fought is their group, which the story names for itself.)
    if (KILL_LEMMAS.has(word.lemma) && tgt?.keys.every((k) => v.table.get(k)?.type === "PERSON")) return;
    // ("the juntas that expelled French forces", "Both countries have expelled a senior diplomat": a state's troops
    // or envoys sent home are a break, not a fight; "expelled the Islamic State from the city" still is one.)
    const sentHome = word.lemma === "expel" && !w.slice(i + 1, i + 10).some((x) => x.lower === "from");
    if (sentHome && (tgt?.keys.every((k) => v.table.get(k)?.type === "STATE") || w.slice(i + 1, i + 5).some((x) => ENVOY_WORDS.has(x.lower)))) return;
    // "struck targets across Houthi-held areas": what a side holds stands for the side.
    const holderAt = tgt ? -1 : w.slice(i + 1, i + 8).findIndex((x) => HELD_BY.test(x.text));
    // "Armenia, with which Azerbaijan fought a war": the side "with which" stands for, before it.
    const withWhich = src && /^(which|whom)$/.test(w[src.start - 1]?.lower ?? "") && w[src.start - 2]?.lower === "with" && /^(clash|fight|battle|war)$/.test(word.lemma);
    if (withWhich) pairs("OPPOSES", src, v.groups.find((g) => g.kind === "actor" && (g.end === src.start - 2 || (g.end === src.start - 3 && w[g.end].text === ","))), v, i, out);
    // "drove out rival movements, including UNITA and the FNLA": those listed are fought one by one (not named as allies).
    const listed = tgt || holderAt >= 0 ? undefined : includedAfter(v, i);
    for (const k of listed?.keys ?? []) pairs("OPPOSES", src, { ...listed!, keys: [k] }, v, i, out);
    pairs("OPPOSES", src, tgt ?? (holderAt >= 0 ? holderNamed(v, i + 1 + holderAt) : undefined) ?? (listed ? undefined : homeForces(v, i, src) ?? struckInside(v, i, src)), v, i, out);
    pairs("OPPOSES", backersOf(v, src, i), tgt, v, i, out);
    // "troops deployed to help the army repel the ADF": who helps fights beside the one helped.
    const helped = helpedAt(v, i);
    if (helped) pairs("OPPOSES", subjectOf(v, helped.help), tgt, v, i, out);
    // "JNIM and the Tuareg rebels have clashed": a coordinated subject fights itself.
    const verbOfSubject = !!src && src.end <= i && w.slice(src.end, i).every((x) => /^(AUX|ADV|PART)$/.test(x.pos));
    // ("The Rwandan and Burundian armies clashed with the rebels": not with each other.)
    // ("fought with rocks and clubs": with what, not with whom; they fought each other.)
    let withWhat = i + 2;
    while (withWhat < w.length && /^(DET|ADJ|NUM)$/.test(w[withWhat].pos)) withWhat++;
    const withOthers = w[i + 1]?.lower === "with" && !/^(each|one)$/.test(w[i + 2]?.lower ?? "") && (GROUP_NOUNS.has(w[withWhat]?.lower ?? "") || objectAfter(v, i + 1, { kind: "actor", within: 6 }) !== undefined);
    if (!tgt && /^(clash|fight|battle)$/.test(word.lemma) && verbOfSubject && !withOthers) within("OPPOSES", src, v, i, out);
  }
}

// Verbs of killing: their object is a victim.
const KILL_LEMMAS = new Set(["kill", "assassinate", "execute", "behead", "eliminate"]);

// What is struck or reached when a verb of force is used of a bargain: "struck a deal with", "a deal X struck with".
const BARGAIN_NOUNS = new Set([...PEACE_NOUNS, ...TRUCE_NOUNS, "bargain", "compromise"]);
// Where a side is pushed when it is urged, not fought: "pushed the rebels toward talks", "drove them to the table".
const PERSUADED_TO = new Set(["talks", "negotiations", "dialogue", "table", "peace", "settlement", "compromise", ...BARGAIN_NOUNS]);

/** A verb of force used of a bargain or of persuasion: no fight between subject and object. */
function figurative(w: Word[], i: number): boolean {
  const lemma = w[i].lemma;
  if (lemma === "strike") {
    // ("struck a deal with", "struck a new deal with"; "under a deal Washington struck with the insurgents")
    const after = w.slice(i + 1, i + 4).some((x) => BARGAIN_NOUNS.has(x.lower));
    const before = w.slice(Math.max(0, i - 4), i).some((x) => BARGAIN_NOUNS.has(x.lower));
    return after || (before && w[i + 1]?.lower === "with");
  }
  if (lemma === "push" || lemma === "drive" || lemma === "press") {
    // "has pushed the Taliban toward talks", "drove the rebels to the negotiating table"
    const to = w.slice(i + 1, i + 8).findIndex((x) => /^(toward|towards|to|into)$/.test(x.lower));
    return to >= 0 && w.slice(i + 2 + to, i + 6 + to).some((x) => PERSUADED_TO.has(x.lower));
  }
  return false;
}

/**
 * "ambushed a convoy of the Malian army", "strikes on what it described as bases of Jaish al-Adl":
 * the side that holds what is attacked after word i ("what X said were" and "what X described as" passed over).
 */
function heldAfter(v: View, i: number): Group | undefined {
  const w = v.s.words;
  // "at what it said were Jaish al-Adl bases": the holder may be named right before what it holds.
  const named = w.slice(i + 1, i + 12).findIndex((x, k) => HELD_NOUNS.has(x.lower) && v.groups.some((g) => g.kind === "actor" && g.end === i + 1 + k));
  const held = w.slice(i + 1, i + 12).findIndex((x, k) => HELD_NOUNS.has(x.lower) && w[i + 2 + k]?.lower === "of");
  if (named >= 0 && (held < 0 || named < held)) return v.groups.find((g) => g.kind === "actor" && g.end === i + 1 + named);
  if (held < 0) return undefined;
  // ("struck a column of another rebel group, the UFR": past the describing words to the name in apposition.)
  return objectAfter(v, i + 2 + held, { kind: "actor", within: 3 }) ?? apposedAfter(v, i + 2 + held);
}

/**
 * "seized the last positions held by Ukrainian troops", "seized the gorge, the only part of the region still held
 * by Tbilisi": the side named after a participle of holding in the object of verb `i` (an apposition's comma may
 * come on the way, no other verb or clause).
 */
function holderByAfter(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const at = w.slice(i + 1, i + 16).findIndex((x, k) => HOLDING_PARTICIPLES.has(x.lower) && w[i + 2 + k]?.lower === "by");
  if (at < 0) return undefined;
  const held = i + 1 + at;
  // (The tagger may read a noun after a determiner as a verb: "the only part of".)
  const verb = (k: number) => /^(VERB|AUX)$/.test(w[k].pos) && !(w[k - 1]?.pos === "DET" || (w[k - 1]?.pos === "ADV" && w[k - 2]?.pos === "DET"));
  for (let k = i + 1; k < held; k++) if (verb(k) || /^(SCONJ|CCONJ)$/.test(w[k].pos) || /^(;|which|who|that|when|where)$/.test(w[k].lower)) return undefined;
  // (A capital after "by" stands for its state: "held by Tbilisi".)
  return objectAfter(v, held, { kind: "actor", within: 4, after: /^by$/ });
}

/**
 * "warplanes bombed refugee camps and villages inside Pakistan": the state of a country named after "inside" in the
 * object of a verb of striking, where the object names no side and the striker is not that country's own.
 */
function struckInside(v: View, i: number, src: Group | undefined): Group | undefined {
  const w = v.s.words;
  if (!src || !STRIKE_LEMMAS.has(w[i].lemma)) return undefined;
  const at = w.slice(i + 1, i + 10).findIndex((x) => x.lower === "inside");
  if (at < 0) return undefined;
  const inside = i + 1 + at;
  if (w.slice(i + 1, inside).some((x) => /^(VERB|AUX|SCONJ|PUNCT)$/.test(x.pos)) || v.groups.some((g) => g.kind === "actor" && g.start > i && g.end <= inside)) return undefined;
  const where = v.groups.find((g) => g.start === inside + 1 && g.keys.length === 1 && isCountryGroup(v, g));
  const iso3 = where ? v.table.get(where.keys[0])?.country : undefined;
  const c = iso3 ? countryByIso3(iso3) : undefined;
  if (!c || src.keys.some((k) => v.table.get(v.table.actorFor(k, v.s.index))?.country === iso3)) return undefined;
  return { ...where!, keys: [v.table.state(c, v.s.index).key] };
}

/**
 * "halt Turkey's six-day-old offensive", "repel what it called "the Turkish aggression"": the side whose attack
 * the object of verb `i` is, named by a possessive, a name or a demonym before the noun.
 */
function attackOwner(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const at = w.slice(i + 1, i + 9).findIndex((x) => OWNED_ATTACKS.has(x.lower));
  if (at < 0) return undefined;
  const noun = i + 1 + at;
  // (Only the verb's own object: no other verb or clause on the way, but "what it called" may be.)
  const between = w.slice(i + 1, noun);
  if (between.some((x, k) => (/^(AUX|SCONJ)$/.test(x.pos) || (x.pos === "VERB" && !/^(called|described|termed|dubbed)$/.test(x.lower)) || /^[,;:]$/.test(x.text)) && !(k === 0 && x.lower === "what"))) return undefined;
  // Past describing words ("six-day-old") to the owner.
  let k = noun - 1;
  while (k > i && (/^(ADJ|NUM)$/.test(w[k].pos) || w[k].text === '"') && !countryForm(w[k].text) && !v.groups.some((g) => g.end === k + 1)) k--;
  if (k <= i) return undefined;
  const end = w[k].text === "'s" || w[k].text === "'" ? k : k + 1;
  const named = v.groups.find((g) => g.kind === "actor" && g.start > i && g.end === end);
  if (named) return named;
  const country = countryForm(w[k].text);
  return country && country.form === "demonym" ? { start: k, end: k + 1, keys: [v.table.state(country.country, v.s.index).key], kind: "actor" } : undefined;
}

/**
 * "The attack was carried out by the BRN": where the victim of a group's attack goes unsaid, the state of the
 * country the story is clearly about (never the attacker's own, nor a state's or a person's attack).
 */
function homeState(v: View, i: number, attacker: Group): Group | undefined {
  const home = v.table.homeIsClear ? v.table.home : undefined;
  const groups = attacker.keys.every((k) => /^(ARMED_GROUP|POLITICAL_GROUP)$/.test(v.table.get(v.table.actorFor(k, v.s.index))?.type ?? ""));
  if (!home || !groups) return undefined;
  const c = countryByIso3(home);
  return c ? { start: i, end: i + 1, keys: [v.table.state(c, v.s.index).key], kind: "actor" } : undefined;
}

/**
 * "drove out rival movements, including UNITA and the FNLA": the sides a common-noun object lists
 * after "including" (no other verb on the way).
 */
function includedAfter(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const at = w.slice(i + 1, i + 8).findIndex((x) => x.lower === "including");
  if (at < 0 || w.slice(i + 1, i + 1 + at).some((x) => /^(VERB|AUX|SCONJ)$/.test(x.pos) || x.lower === "and" || x.text === ";")) return undefined;
  return objectAfter(v, i + 1 + at, { kind: "actor", within: 3 });
}

/**
 * "The TNI, supported by the Mobile Brigade, conducted an offensive against GAM": those who back the
 * subject in the fight, set off between commas right after it, fight on its side.
 */
function backersOf(v: View, src: Group | undefined, i: number): Group | undefined {
  const w = v.s.words;
  // ("the TNI supported by the Mobile Brigade of the Police conducted an offensive": or with no commas.)
  const at = w[src?.end ?? 0]?.text === "," ? src!.end + 1 : src?.end ?? 0;
  if (!src || src.end >= i || !/^(supported|backed|assisted|aided|accompanied|joined)$/.test(w[at]?.lower ?? "") || w[at + 1]?.lower !== "by") return undefined;
  const backer = objectAfter(v, at + 1, { kind: "actor", within: 3 });
  // (Only when the aside closes before the trigger: "backed by Iran, attacked".)
  return backer && backer.end < i && i - backer.end <= 10 && !w.slice(backer.end, i).some((x) => x.text === ";" || x.pos === "SCONJ" || /^(which|who|that|and)$/.test(x.lower)) ? backer : undefined;
}

/** "After suffering losses to X, Ethiopia's military …": the subject comes after the clause. */
function nextSubject(v: View, i: number): Group | undefined {
  for (let j = i + 1; j < v.s.words.length; j++) if (v.s.words[j].text === ",") return v.groups.find((g) => g.start === j + 1 && g.kind === "actor");
  return undefined;
}

/** "of another rebel group, the UFR": the name apposed to a common noun phrase after `i`. */
function apposedAfter(v: View, i: number): Group | undefined {
  const w = v.s.words;
  for (let j = i + 1; j < Math.min(w.length, i + 6); j++) {
    if (w[j].text !== ",") continue;
    const k = w[j + 1]?.lower === "the" ? j + 2 : j + 1;
    return v.groups.find((g) => g.start === k && g.kind === "actor");
  }
  return undefined;
}

/**
 * "In October, soldiers killed 19 members of the Chapitos faction": soldiers no one is named for, as the
 * verb's subject, are the forces of the country the story is clearly about.
 */
function homeSoldiers(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const home = v.table.homeIsClear ? v.table.home : undefined;
  let j = i - 1;
  while (j > 0 && /^(AUX|ADV|PART)$/.test(w[j].pos)) j--;
  // "security forces" as much as "soldiers".
  const security = w[j]?.lower === "forces" && /^(security|government)$/.test(w[j - 1]?.lower ?? "");
  if (!home || !(SOLDIER_NOUNS.has(w[j]?.lower ?? "") || security) || v.groups.some((g) => g.start <= j && j < g.end)) return undefined;
  // ("Rwandan soldiers", "the rebels' soldiers": owned by someone named.)
  let d = security ? j - 2 : j - 1;
  while (d >= 0 && /^(ADJ|NUM)$/.test(w[d].pos) && !w[d].cap) d--;
  if (d >= 0 && (w[d].cap || w[d].text === "'s" || w[d].pos === "PRON")) return undefined;
  const c = countryByIso3(home);
  return c ? { start: j, end: j + 1, keys: [v.table.state(c, v.s.index).key], kind: "actor" } : undefined;
}

/**
 * "ISWAP fighters overran a military base there, killed several soldiers": soldiers and bases no one
 * is named for are the forces of the country the story is clearly about (never the attacker's own).
 */
function homeForces(v: View, i: number, src: Group | undefined): Group | undefined {
  const w = v.s.words;
  const home = v.table.homeIsClear ? v.table.home : undefined;
  if (!home || !src || src.keys.some((k) => v.table.isHomeBody(v.table.actorFor(k, v.s.index)))) return undefined;
  let j = i + 1;
  while (j < w.length && j < i + 6 && /^(DET|ADJ|NUM|ADV)$/.test(w[j].pos) && !v.groups.some((g) => g.start === j)) j++;
  const noun = w[j]?.lower ?? "";
  const forces = SOLDIER_NOUNS.has(noun) || (FORCE_HELD.has(noun) && /^(military|army)$/.test(w[j - 1]?.lower ?? ""));
  if (!forces || w[j + 1]?.lower === "of" || w[j + 1]?.text === "'s") return undefined;
  const c = countryByIso3(home);
  return c ? { start: j, end: j + 1, keys: [v.table.state(c, v.s.index).key], kind: "actor" } : undefined;
}
