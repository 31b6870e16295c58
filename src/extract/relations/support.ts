/** SUPPORTS: active and passive backing, support received or turned to, transfers, "X-backed Y". */
import { groupAt, isBoundary, isCountryGroup, objectAfter, subjectOf, type Group, type View } from "../clauses.js";
import { actsAsVerb, alongsideAfter, isVerbOf, onSideOf, SIDE_WITH, sidesWith, BE, pairs, within, type RawRelation, type Triggers } from "./shared.js";
import { countryByIso3, countryForm, hyphenedCountry, type CountryInfo } from "../gazetteer.js";
import { slug } from "../entities.js";
import { apposedNameComma, listOpenerAt, namingWordsAt, POSSESSIVE, type Word } from "../words.js";
import { ACQUIRE_VERBS, ARMY_NOUNS, ACTOR_HEADS, MONTHS, JIHADIST_NAME, TITLES, GROUP_NOUNS, ARMS_USE_LEMMAS, BACKER_NOUNS, HYPHEN_PROVENANCE, CARGO_NOUNS, DESCRIBING_NOUNS, FIGHT_HELP_LEMMAS, FIGHTER_LIST_NOUNS, HYPHEN_RELATED, TERRITORY_NOUNS, INTENT_VERBS, WEAPON_HEADS, PROXY_NOUNS, RECEIVE_VERBS, REQUEST_VERBS, STATE_FORCE_NOUNS, SUPPORT_NOUNS, SUPPORT_PARTICIPLES, SUPPORT_VERBS, TRANSFER_VERBS, weaponHeadAt } from "../vocabulary.js";

// Word lists these rules try on every word of a sentence: set lookups rather than regular expressions.
const HELP_NOUNS = new Set(["help", "support", "backing", "assistance", "blessing"]);
const FIGHT_VERBS = new Set(["fight", "battle", "serve"]);
const BESIDE_VERBS = new Set(["operate", "deploy", "patrol", "participate"]);
// "allowed", "permits", "letting": what a side lets another do.
const PERMIT_STEMS = ["allow", "permit", "let"];
const PERMIT_WORDS = new RegExp(`^(${PERMIT_STEMS.join("|")})`);
// "has 4,000 soldiers in", "keeps troops in", "stationed forces in"
const PRESENCE_NOUNS = new Set(["soldiers", "troops", "personnel", "peacekeepers", "forces", "base", "bases", "garrison"]);
// A base, or troops "stationed"/"based" somewhere, are there by the host's leave; troops merely "in" a country may be invading it.
const BASE_NOUNS = new Set(["base", "bases", "garrison"]);
const STATIONED = new Set(["stationed", "based", "garrisoned"]);
// "armed with", "equipped with": what a side is said to carry.
const ARMED_WITH = new Set(["armed", "equipped"]);
const KEEP_LEMMAS = new Set(["have", "keep", "maintain", "station", "base"]);
// "about 4,000", "more than 1,000": what may stand between the verb and the troops.
const COUNT_TAGS = new Set(["NUM", "ADJ", "ADV", "ADP", "DET", "SYM"]);
const ABOUT_WORDS = new Set(["about", "around", "some", "over", "nearly", "almost", "than", "more"]);
// Troops kept in a country by its leave: "under an agreement with", "at the request of".
const LEAVE_NOUNS = new Set(["agreement", "agreements", "accord", "deal", "request", "invitation", "pact", "arrangement", "arrangements"]);
const VERB_TAGS = new Set(["VERB", "AUX"]);
const SELLER_LEADS = /^(from|manufacturer|maker|firm|company|producer|contractor)$/;
const HAVE_LEMMAS = new Set(["have", "enjoy", "win", "gain", "receive", "get", "secure"]);
// What a state sends as forces: "a battalion of special forces", "a contingent of around 50 soldiers", "34 peacekeepers".
const SENT_FORCE_NOUNS = new Set([...STATE_FORCE_NOUNS, "battalion", "battalions", "contingent", "peacekeepers", "squadron", "officers", "brigade", "company"]);
// Who is sent to talk, not to help: "a high-level delegation", "his defence and state security ministers".
// "came to the rescue of", "rushed to the aid of", "came to the defence of": coming to save a side.
const RESCUE_NOUNS = new Set(["rescue", "aid", "assistance", "defence", "defense", "help"]);
const COME_LEMMAS = new Set(["come", "go", "rush", "race", "hurry", "ride", "fly", "spring", "leap", "move"]);
const ENVOY_NOUNS = new Set(["delegation", "delegations", "envoy", "envoys", "ministers", "minister", "diplomats", "mediators", "emissary", "emissaries", "representatives", "observers", "monitors"]);
const URGE_LEMMAS = new Set(["urge", "call", "appeal", "encourage", "implore", "exhort"]);
// What "provided by" a state helps whoever acts with it.
const PROVIDED_NOUNS = new Set(["intelligence", "information", "weapons", "arms", "ammunition", "equipment", "training", "funding", "support", "assistance"]);
// What allies do together ("joint drills"); joint operations are read as help below.
const DRILL_NOUNS = new Set(["drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames"]);
// The word each verb takes a side with ("stand by", "rally behind", "side with").
const STANDING_WITH = new Map([["stand", "by"], ["rally", "behind"], ["side", "with"]]);
// What a side does to have its people trained ("sent officers on training courses in India").
const TRAINEE_LEMMAS = new Set(["send", "undergo", "attend", "complete", "undertake"]);
// What forces do to come to a side's help: "intervened to support", "landed to back".
const INTERVENE_LEMMAS = new Set(["intervene", "land", "deploy", "arrive", "step"]);
// What arms do on their way to a party: "reach the guerrillas", "flow to the rebels".
const REACH_LEMMAS = new Set(["reach", "flow", "arrive", "go", "pour", "find"]);
// A body of troops a state lends to an operation: "contingents from Australia and Japan".
const CONTINGENT_NOUNS = new Set(["contingent", "contingents"]);
// Who makes up a contingent: "includes the servicemen from", "made up of soldiers from".
const CONTINGENT_VERBS = new Set(["include", "comprise", "consist", "make"]);
const CONTINGENT_PEOPLE = new Set([...SENT_FORCE_NOUNS, "servicemen", "fighters"]);
// Who rules a country, named by what they are: "governments in Mali and Niger", "the regime in Damascus".
const RULER_NOUNS = new Set(["government", "governments", "regime", "regimes", "authorities", "junta", "juntas", "rulers"]);
// A body raised or sent "to help" a side: "a standby force mission", "hundreds of his supporters".
const HELPER_BODIES = new Set([...CONTINGENT_PEOPLE, "mission", "missions", "supporters", "volunteers", "men"]);
// What is paid to keep a party: "a monthly stipend", "$1.7 million".
const PAY_NOUNS = new Set(["stipend", "stipends", "allowance", "allowances", "salary", "salaries", "wages", "money", "cash", "million", "millions", "billion", "billions"]);
const ATTEMPT_WORDS = new Set(["attempt", "try", "effort", "bid", "seek", "plan", "want", "hope"]);

/** "only moral and diplomatic": help in words alone, said so as to deny any other. */
const onlyInWords = (ws: Word[]) => ws.some((x) => x.lower === "only") && ws.some((x) => x.lower === "moral" || x.lower === "diplomatic");

/** Every word a rule below starts from (see Triggers): any other word cannot yield support. */
export const SUPPORT_TRIGGERS: Triggers = {
  words: [...HELP_NOUNS, ...SUPPORT_PARTICIPLES, ...SUPPORT_NOUNS, ...PROXY_NOUNS, ...BACKER_NOUNS, ...CARGO_NOUNS, ...PRESENCE_NOUNS, ...CONTINGENT_NOUNS, "among", "behalf", ...RESCUE_NOUNS, "disposal", "joint", "stationed", "hired", "contracted"],
  lemmas: ["pay", "turn", "arrive", "enter", "stand", "rally", "side", "recognise", "recognize", "advise", "take", ...FIGHT_VERBS, ...BESIDE_VERBS],
  verbs: [...RECEIVE_VERBS, ...ACQUIRE_VERBS, ...SUPPORT_VERBS],
  // "allowed … to use its territory"
  prefixes: PERMIT_STEMS,
  // "UAE-backed" (hyphenedCountry)
  hyphened: true,
};

export function supportRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "X-backed Y": the "UAE-backed RSF"
  const hyphen = hyphenedCountry(w, i, HYPHEN_RELATED);
  if (hyphen) {
    const src: Group = { start: i, end: i + 1, keys: [v.table.state(hyphen.country, v.s.index).key], kind: "actor" };
    const own = groupAt(v, i);
    // "The Houthis, an Iran-aligned group,": the apposition describes the name before it.
    // "the Islamic Resistance in Iraq, an umbrella of Iran-aligned groups": past the noun the apposition is headed by.
    const head = w[i - 1]?.lower === "of" && DESCRIBING_NOUNS.has(w[i - 2]?.lower ?? "") ? i - 2 : i;
    // ("the Islamic Resistance in Iraq, an …": the party before where it is.)
    const apposed = w[head - 1] && /^(a|an)$/.test(w[head - 1].lower) && w[head - 2]?.text === "," ? actorBefore(v, head - 2) : undefined;
    // "Turkey-backed factions of the Syrian National Army": the body the factions are of.
    const partOf = DESCRIBING_NOUNS.has(w[i + 1]?.lower ?? "") && /^(of|from)$/.test(w[i + 2]?.lower ?? "") ? objectAfter(v, i + 2, { kind: "actor", within: 3 }) : undefined;
    // ("Chinese-funded upgrades to the Ream base": a hyphened word before a common noun backs that thing, not a party after it.)
    // ("Russian-backed leader Alan Gagloev": a title is the person named after it.)
    const thing = w[i + 1]?.pos === "NOUN" && !w[i + 1].cap && TITLES.get(w[i + 1].lower) === undefined && !GROUP_NOUNS.has(w[i + 1].lower) && !STATE_FORCE_NOUNS.has(w[i + 1].lower) && !DESCRIBING_NOUNS.has(w[i + 1].lower) && !ACTOR_HEADS.get(w[i + 1].lower);
    // "Iran-aligned militias such as Kataeb Hezbollah": the parties named among the group noun.
    const listAt = GROUP_NOUNS.has(w[i + 1]?.lower ?? "") ? (w[i + 2]?.lower === "such" && w[i + 3]?.lower === "as" ? i + 3 : /^(including|like)$/.test(w[i + 2]?.lower ?? "") ? i + 2 : -1) : -1;
    const among = listAt > 0 ? objectAfter(v, listAt, { kind: "actor", within: 3 }) : undefined;
    const tgt = among ?? (own && !own.keys.some((k) => src?.keys.includes(k)) ? own : apposed ?? partOf ?? (thing ? undefined : objectAfter(v, i, { kind: "actor", within: 3 })));
    if (hyphen.participle === "allied" || hyphen.participle === "aligned") pairs("ALLIED_WITH", src, tgt, v, i, out);
    else if (hyphen.participle === "led") {
      // "the Saudi-led coalition": the state at its head is in the body it names (heading is a person's).
      // "the Russian-led Collective Security Treaty Organization": the body may be named right after,
      // or before: "ECOMOG, the Nigerian-led West African intervention force".
      const apposedBody = /^(the|a|an)$/.test(w[i - 1]?.lower ?? "") && w[i - 2]?.text === "," ? actorBefore(v, i - 2) : undefined;
      const led = own ?? v.groups.find((g) => g.start === i + 1 && g.kind === "actor") ?? apposedBody;
      if (led && !led.keys.some((k) => src.keys.includes(k)) && led.keys.every((k) => /^(ARMED_GROUP|POLITICAL_GROUP|ORGANIZATION)$/.test(String(v.table.get(k)?.type)) && k.startsWith("org:"))) pairs("MEMBER_OF", src, led, v, i, out);
      // "a Saudi-led offensive against the Houthis": who leads it fights them; not through a body it leads ("the
      // US-led coalition against X"), which opposes X itself, the state at its head being one of its members.
      const against = w.slice(i, i + 6).findIndex((x) => x.lower === "against");
      if (against > 0 && !(led && groupAt(v, i + against - 1) === led)) pairs("OPPOSES", src, objectAfter(v, i + against, { kind: "actor", within: 3 }), v, i, out);
    } else pairs("SUPPORTS", src, tgt, v, i, out);
    return;
  }
  // "Al-Shabaab, the al-Qaeda-affiliated group": a movement affiliated to another by name is one of its parts.
  const affiliated = /^(.+)-affiliated$/i.exec(word.text);
  if (affiliated && JIHADIST_NAME.test(affiliated[1] + " ")) {
    const whole = v.table.upsert({ key: `org:${slug(affiliated[1])}`, kind: "actor", type: "ARMED_GROUP", name: affiliated[1] }, v.s.index);
    let a = i - 1;
    while (a > 0 && /^(DET|ADJ)$/.test(w[a].pos)) a--;
    // (The apposition may already be read as part of the name before it.)
    const part = groupAt(v, i) ?? (w[a]?.text === "," ? v.groups.filter((g) => g.end === a && g.kind === "actor").pop() : groupAt(v, i + 1));
    pairs("MEMBER_OF", part, { start: i, end: i + 1, keys: [whole.key], kind: "actor" }, v, i, out);
    return;
  }
  // "has acquired Turkish-made Bayraktar drones", "using Israeli-supplied loitering munitions": the maker arms the user,
  // unless the weapons were captured or someone else is named as giving them.
  const provenance = hyphenedCountry(w, i, HYPHEN_PROVENANCE);
  if (provenance) {
    // "the drones used by the army include the Turkish-made TB2": the weapon may be named before.
    const weapon = w.slice(0, i + 8).some((_, k) => weaponHeadAt(w, k));
    const capturedOrGiven = w.some((x, k) => /^(captur|seiz|seized|looted)/.test(x.lower) || (/^(by|from)$/.test(x.lower) && k > i && /^(supplied|delivered|provided|sent|shipped|donated)$/.test(w[k - 1]?.lower ?? "")));
    if (!weapon || capturedOrGiven) return;
    // ("have been used to devastating effect by FSA units": a short phrase may come before the "by".)
    const usedBy = w.findIndex((x, k) => /^(used|operated|flown|deployed)$/.test(x.lower) && w.slice(k + 1, k + 5).some((y, n) => y.lower === "by" && w.slice(k + 1, k + 1 + n).every((z) => !z.cap && z.text !== ",")));
    const by = usedBy >= 0 ? w.findIndex((x, k) => k > usedBy && x.lower === "by") : -1;
    // "Israeli-made drones have been delivered to the army": whom the weapons were brought to uses them.
    const to = w.findIndex((x, k) => k > i && /^(delivered|supplied|sent|shipped|sold|transferred|handed)$/.test(x.lower) && w[k + 1]?.lower === "to");
    const user = by >= 0 ? objectAfter(v, by, { kind: "actor", within: 4 }) : to >= 0 ? objectAfter(v, to + 1, { kind: "actor", within: 4 }) : undefined;
    const src: Group = { start: provenance.start, end: i + 1, keys: [v.table.state(provenance.country, v.s.index).key], kind: "actor" };
    pairs("SUPPORTS", src, user ?? armsUser(v, i), v, i, out);
    return;
  }
  // "Rwanda has about 4,000 soldiers in Cabo Delgado under an agreement with Mozambique", "Ethiopia, which has
  // 3,000 soldiers in ATMIS": troops kept in a mission, or in a country by its leave, are help to it.
  if (PRESENCE_NOUNS.has(word.lower)) {
    const kept = w.slice(Math.max(0, i - 6), i).findLastIndex((x) => KEEP_LEMMAS.has(x.lemma) && VERB_TAGS.has(x.pos));
    if (kept < 0) return;
    const verb = Math.max(0, i - 6) + kept;
    // ("has also more than 2,000 soldiers": an adverb may come between.)
    // ("has an air base": a base may be of some kind.)
    // ("has the 201st military base": an ordinal numbers it.)
    // ("keeps its 201st military base": or the keeper's own.)
    if (w.slice(verb + 1, i).some((x) => !COUNT_TAGS.has(x.pos) && !ABOUT_WORDS.has(x.lower) && x.pos !== "ADV" && !/^\d+(st|nd|rd|th)$/.test(x.lower) && !/^(its|their)$/.test(x.lower) && !(x.pos === "NOUN" && BASE_NOUNS.has(word.lower)))) return;
    const state = subjectOf(v, verb);
    if (!state || !state.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.type === "STATE")) return;
    const host = objectAfter(v, i, { kind: undefined, within: 8, after: /^(in|within|with|inside|to)$/ });
    const leave = w.some((x) => LEAVE_NOUNS.has(x.lower)) || BASE_NOUNS.has(word.lower) || STATIONED.has(w[i + 1]?.lower ?? "");
    // "under an agreement with Kinshasa" names the host too ("maintain its troops in the province under an agreement with Maputo").
    const withParty = leave ? w.findIndex((x, k) => LEAVE_NOUNS.has(x.lower) && w[k + 1]?.lower === "with") : -1;
    const party = withParty >= 0 ? objectAfter(v, withParty + 1, { kind: "actor", within: 3, after: /^with$/ }) : undefined;
    if (!host && !party) return;
    const hostActor = host?.kind === "actor" && host.keys.every((k) => k.startsWith("org:"));
    if (hostActor) {
      if (!troopsJoin(v, state, host, i, out)) pairs("SUPPORTS", state, host, v, i, out);
    }
    else if (leave) {
      // A place stands for its country, a capital too.
      // ("in Cabo Delgado": a region the gazetteer does not place is in the country the story is about.)
      const countryOf = (k: string) => v.table.get(k)?.country ?? v.table.get(k)?.capitalOf ?? v.table.get(v.table.get(k)?.within ?? "")?.country ?? (v.table.homeIsClear && v.table.get(k)?.kind === "location" ? v.table.home : undefined);
      const named = party ?? host!;
      const countries = named.keys.map(countryOf).filter((c): c is string => !!c);
      // ("in the Armenian city of Gyumri": the country may be named by its demonym.)
      const hosts: Group | undefined = named.kind === "actor" && !named.keys.some((k) => v.table.get(k)?.capitalOf) ? named : countries.length ? { ...named, keys: countries.map((c) => `loc:${c}`).filter((k) => v.table.get(k)) } : undefined;
      if (hosts && hosts.keys.length) pairs("SUPPORTS", state, hosts, v, i, out);
    }
    // "has 3,000 soldiers in ATMIS and several thousand more deployed in Somalia under bilateral arrangements": a second host.
    const more = host && leave ? w.slice(host.end, host.end + 6).findIndex((x) => x.lower === "more") : -1;
    const second = more >= 0 ? objectAfter(v, host!.end + more, { kind: "actor", within: 4, after: /^in$/ }) : undefined;
    if (second && isCountryGroup(v, second)) pairs("SUPPORTS", state, second, v, i, out);
    return;
  }
  // "Around 9,000 US troops are taking part, along with contingents from Australia and Japan", "The peacekeeping
  // contingent includes servicemen from Russia, Belarus and Armenia": the states that lend troops help the side
  // the operation is for: a party they are sent to, the mission that has them, or else the country the story is about.
  if (CONTINGENT_NOUNS.has(word.lower)) {
    const verb = w.slice(i + 1, i + 4).findIndex((x) => CONTINGENT_VERBS.has(x.lemma) && VERB_TAGS.has(x.pos));
    const from = w[i + 1]?.lower === "from" ? i + 1 : verb >= 0 ? w.slice(i + 2 + verb, i + 8).findIndex((x, k) => x.lower === "from" && CONTINGENT_PEOPLE.has(w[i + 1 + verb + k]?.lower ?? "")) : -1;
    const at = w[i + 1]?.lower === "from" ? from : from >= 0 ? i + 2 + verb + from : -1;
    const lenders = at > 0 ? listAfter(v, at) : undefined;
    if (!lenders || !isCountryGroup(v, lenders)) return;
    const owner = subjectOf(v, i);
    const dest = objectAfter(v, lenders.end - 1, { kind: "actor", within: 4, after: /^(to|in)$/ }) ?? (owner?.keys.every((k) => k.startsWith("org:")) ? owner : forcesHome(v, lenders));
    pairs("SUPPORTS", lenders, dest, v, i, out);
    return;
  }
  // "has sought help from the United States", "asked for support": a request, not support given.
  const asker = w[i - 1]?.lower === "for" ? w[i - 2] : w[i - 1];
  if (asker && (REQUEST_VERBS.has(asker.lower) || REQUEST_VERBS.has(asker.lemma)) && (HELP_NOUNS.has(word.lower) || SUPPORT_NOUNS.has(word.lower))) return;
  // "With Moscow's backing, the army recaptured …": the possessor backs the main clause's subject.
  if (HELP_NOUNS.has(word.lower) && w[i - 1]?.text === "'s" && w[i - 3]?.lower === "with" && w[i + 1]?.text === ",") {
    return pairs("SUPPORTS", groupAt(v, i - 2), v.groups.find((g) => g.kind === "actor" && g.start > i + 1 && g.start <= i + 3), v, i, out);
  }
  // "Russian military instructors … have arrived in Niger": a state's forces arriving in a country come to help it.
  if (word.lemma === "arrive" && actsAsVerb(v, i) && w[i + 1]?.lower === "in") {
    const came = subjectOf(v, i);
    const forces = !!came && STATE_FORCE_NOUNS.has(w[came.end - 1]?.lower ?? "") && came.keys.every((k) => v.table.get(k)?.type === "STATE");
    const host = forces ? objectAfter(v, i, { kind: "actor", within: 3, after: /^in$/ }) : undefined;
    if (host && host.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.type === "STATE")) pairs("SUPPORTS", came, host, v, i, out);
    // "Peacekeeping forces of the CSTO continue to arrive in Kazakhstan at the request of its president": any
    // body's forces come to help whoever asked for them.
    else if (came && w.slice(i + 1, i + 12).some((x) => /^(request|invitation|behest)$/.test(x.lower))) pairs("SUPPORTS", came, askedBy(v, i), v, i, out);
    return;
  }
  // "Saudi troops entered Bahrain at the request of the Bahraini government": forces come in when asked help whoever asked.
  if ((word.lemma === "enter" || word.lower === "stationed") && actsAsVerb(v, i)) {
    // ("1,000 Saudi soldiers and 500 police officers from the UAE entered …": every state whose forces came.)
    const opens = w.slice(0, i).findLastIndex((x) => x.text === "," || x.text === ";" || x.pos === "VERB") + 1;
    const states = v.groups.filter((g) => g.kind === "actor" && g.start >= opens && g.end <= i && g.keys.every((k) => v.table.get(k)?.type === "STATE"));
    const forces = states.length > 0 && w.slice(opens, i).some((x) => STATE_FORCE_NOUNS.has(x.lower));
    const asker = forces ? askedBy(v, i) : undefined;
    for (const came of states) pairs("SUPPORTS", came, asker, v, i, out);
    return;
  }
  // Passive: "TGT is backed by SRC"; gapped: "…; Haftar by the UAE, Egypt and Russia."
  // ("backed in this by Russia and China": a short phrase may come before the "by".)
  const by = passiveBy(w, i);
  if (SUPPORT_PARTICIPLES.has(word.lower) && by > 0) {
    // "armed and funded by the UAE": the participles share one "by" and one recipient.
    let first = i;
    while (/^(and|,)$/.test(w[first - 1]?.lower ?? "") && SUPPORT_PARTICIPLES.has(w[first - 2]?.lower ?? "")) first -= 2;
    // "the battalion Atlacatl, created and trained by the United States": another participle may open the pair,
    // and what it describes is the name right before the comma.
    // ("forces which were raised and equipped by the Emiratis": or follow the verb "be".)
    // ("The brigade, commanded by X and trained partly by Turkish advisers,", "was founded in Iran in the 1980s and
    // trained there by Iranian officers": the earlier participle may take words of its own before the "and".)
    const earlier = w[first - 1]?.lower === "and" ? participleBefore(w, first - 1) : -1;
    const opened = earlier >= 0 && (w[earlier - 1]?.text === "," || BE.test(w[earlier - 1]?.lower ?? ""));
    if (opened) first = earlier;
    const apposed = opened && w[first - 1]?.text === "," ? v.groups.filter((g) => g.end === first - 1 && g.kind === "actor").pop() : undefined;
    const passive = BE.test(w[first - 1]?.lower ?? "") || w[first - 1]?.text === ",";
    // ("a militia armed by the government", "peasants armed by the State": the story's country's.)
    // ("paid by Ankara": a capital right after the "by" stands for its state.)
    const named = objectAfter(v, by, { kind: "actor", within: 4 }) ?? theState(v, by + 1) ?? objectAfter(v, by, { kind: "actor", within: 2, after: /^by$/ }) ?? backerDescribed(v, by);
    // "supported by the Russian instructors of the Wagner group": the body the state's people are of.
    const ofBody = named && w[named.end]?.lower === "of" && named.keys.every((k) => v.table.get(k)?.type === "STATE") ? objectAfter(v, named.end, { kind: "actor", within: 3 }) : undefined;
    const src = ofBody && ofBody.keys.every((k) => k.startsWith("org:")) ? ofBody : named;
    // "drones supplied by the UAE have been used by the RSF": who uses what was supplied received it.
    const usedBy = !passive && src ? w.slice(src.end, src.end + 8).findIndex((x, k) => /^(used|operated|flown|fired)$/.test(x.lower) && w[src.end + k + 1]?.lower === "by") : -1;
    const user = usedBy >= 0 ? objectAfter(v, src!.end + usedBy + 1, { kind: "actor", within: 4 }) : undefined;
    // "Mali's army uses drones supplied by Ankara": who uses or acquired what was supplied received it.
    // ("repelled the incursion because of real-time intelligence provided by the United States": what
    // was provided served the clause's subject.)
    // ("intelligence provided by the United States had helped Canada conclude …": or whom it helped.)
    const providedHelp = word.lower === "provided" && src ? w.slice(src.end, src.end + 4).findIndex((x) => x.lemma === "help" && VERB_TAGS.has(x.pos)) : -1;
    const helpedBy = providedHelp >= 0 ? objectAfter(v, src!.end + providedHelp, { kind: "actor", within: 3 }) : undefined;
    const provided = word.lower === "provided" && PROVIDED_NOUNS.has(w[first - 1]?.lower ?? "") ? helpedBy ?? subjectOf(v, first) : undefined;
    // "Backed by clan militias, the army drove …": a participle opening the sentence describes the main clause's subject.
    const closing = first === 0 && src ? w.findIndex((x, k) => k >= src.end && x.text === ",") : -1;
    const fronted = closing > 0 ? v.groups.find((g) => g.kind === "actor" && (g.start === closing + 1 || (g.start === closing + 2 && w[closing + 1].pos === "DET"))) : undefined;
    const tgt = passive ? apposed ?? subjectOf(v, first) ?? groupAt(v, first - 2) : fronted ?? groupAt(v, first - 1) ?? user ?? describedBefore(v, first) ?? (WEAPON_HEADS.has(w[first - 1]?.lower ?? "") ? armsUser(v, first) : provided);
    pairs("SUPPORTS", src, tgt, v, i, out);
    // "armed by Nicaragua and by Cuba": a second "by".
    const andBy = src ? (w[src.end]?.text === "," ? src.end + 1 : src.end) : -1;
    if (andBy > 0 && /^(and|or)$/.test(w[andBy]?.lower ?? "") && w[andBy + 1]?.lower === "by") pairs("SUPPORTS", objectAfter(v, andBy + 1, { kind: "actor", within: 4 }), tgt, v, i, out);
    for (let j = (src?.end ?? i); j < w.length - 2; j++) {
      if (w[j].text !== ";" && w[j].text !== ",") continue;
      const t2 = v.groups.find((g) => g.start === j + 1);
      if (t2 && w[t2.end]?.lower === "by") pairs("SUPPORTS", objectAfter(v, t2.end, { kind: "actor", within: 4 }), t2, v, i, out);
    }
    return;
  }
  // "TGT received … support from SRC", "relies on SRC"
  if (isVerbOf(RECEIVE_VERBS, word) && actsAsVerb(v, i)) {
    // ("relies heavily on economic and military aid from the Soviet Union": the giver is after "from".)
    const fromAt = w.slice(i + 1, i + 10).findIndex((x) => x.lower === "from");
    const from = fromAt >= 0 ? fromAt : w.slice(i + 1, i + 10).findIndex((x) => x.lower === "on");
    // "relies on a network of sources inside Syria": a country after a place's preposition gives nothing.
    if (from >= 0) pairs("SUPPORTS", objectAfter(v, i + 1 + from, { kind: "actor", within: 6, after: /^(from|on|as|including|by)$/ }), subjectOf(v, i), v, i, out);
    // "its young fighters received military training in camps in Libya": the country trained in trains them.
    else if (w.slice(i + 1, i + 4).some((x) => x.lower === "training")) pairs("SUPPORTS", trainedIn(v, i), subjectOf(v, i), v, i, out);
    // "UNITA has received American Stinger missiles": the state whose arms they are.
    else pairs("SUPPORTS", madeBy(v, i), subjectOf(v, i), v, i, out);
    // "received money from groups in X and, according to some accounts, from elements of the Kenyan government":
    // a second giver after "and … from", as far as the clause goes ("elements of" a body are the body's).
    const second = fromAt >= 0 ? secondFrom(v, i + 1 + fromAt) : -1;
    if (second > 0) pairs("SUPPORTS", objectAfter(v, second, { kind: "actor", within: 6, after: /^(from|of)$/ }), subjectOf(v, i), v, i, out);
    return;
  }
  // "has sent officers on training courses in India", "troops underwent training in Russia": the country trained in trains them.
  if (word.lower === "training") {
    const verb = w.slice(Math.max(0, i - 6), i).findLastIndex((x) => TRAINEE_LEMMAS.has(x.lemma) && x.pos === "VERB");
    if (verb >= 0) pairs("SUPPORTS", trainedIn(v, i), subjectOf(v, Math.max(0, i - 6) + verb), v, i, out);
  }
  // "Niger has acquired TB2 drones from the Turkish manufacturer Baykar": the seller arms the buyer.
  if (isVerbOf(ACQUIRE_VERBS, word) && actsAsVerb(v, i)) {
    // ("discussing attempts to acquire weapons from Hezbollah": an attempt is no sale.)
    if (w[i - 1]?.lower === "to" && ATTEMPT_WORDS.has(w[i - 2]?.lemma ?? "")) return;
    const from = w.slice(i + 1, i + 10).findIndex((x) => x.lower === "from");
    const arms = from > 0 && w.slice(i + 1, i + 1 + from).some((x) => WEAPON_HEADS.has(x.lower) || CARGO_NOUNS.has(x.lower));
    // "from the Turkish drone maker Baykar": the seller may be named after what it is.
    if (arms) pairs("SUPPORTS", objectAfter(v, i + 1 + from, { kind: "actor", within: 5, after: SELLER_LEADS }), subjectOf(v, i), v, i, out);
    return;
  }
  // "turned to Russia for help": the one turned to gives the help.
  if (word.lemma === "turn" && w[i + 1]?.lower === "to") {
    const helper = objectAfter(v, i, { kind: "actor", within: 8, after: /^(to|of)$/ });
    // "for help", "for military and financial help"
    const asked = w.slice(i + 2, i + 14).some((x, k) => x.lower === "for" && w.slice(i + 3 + k, i + 7 + k).some((y) => /^(help|protection)$/.test(y.lower) || SUPPORT_NOUNS.has(y.lower) || STATE_FORCE_NOUNS.has(y.lower)));
    // "turned to the Russian paramilitaries to fight the jihadists": help asked for a fight.
    const toFight = helper !== undefined && w[helper.end + (w[helper.end]?.lower === "of" ? 2 : 0)]?.lower === "to" && w.slice(helper.end + 1, helper.end + 4).some((x) => x.pos === "VERB" && FIGHT_HELP_LEMMAS.has(x.lemma));
    if (helper && (asked || toFight)) pairs("SUPPORTS", helper, subjectOf(v, i), v, i, out);
    return;
  }
  // "Executive Outcomes, hired by the then military government": who is hired fights for whoever hired them.
  if ((word.lower === "hired" || word.lower === "contracted") && w[i + 1]?.lower === "by") {
    const hirer = objectAfter(v, i + 1, { kind: "actor", within: 5 });
    const hired = w[i - 1]?.text === "," ? v.groups.filter((g) => g.end === i - 1 && g.kind === "actor").pop() : BE.test(w[i - 1]?.lower ?? "") ? subjectOf(v, i) : undefined;
    pairs("SUPPORTS", hired, hirer, v, i, out);
    return;
  }
  // "pays thousands of militia members a monthly stipend", "admitted paying the AUC $1.7 million": money paid to a party keeps it.
  if (word.lemma === "pay" && actsAsVerb(v, i)) {
    const paid = objectAfter(v, i, { kind: "actor", within: 4 });
    // ("paid tribute to the army", "pay a visit to Moscow": no party paid right after the verb.)
    const direct = paid && w.slice(i + 1, paid.start).every((x) => x.pos !== "ADP" || x.lower === "of");
    const money = paid ? w.slice(paid.end, paid.end + 5).some((x) => x.text === "$" || PAY_NOUNS.has(x.lower)) : false;
    // ("admitted in 2007 to paying": the payer is the subject of the verb the "to" completes.)
    const verb = w[i - 1]?.lower === "to" ? w.slice(Math.max(0, i - 6), i - 1).findLastIndex((x) => x.pos === "VERB") : -1;
    if (direct && money) pairs("SUPPORTS", subjectOf(v, i) ?? (verb >= 0 ? subjectOf(v, Math.max(0, i - 6) + verb) : undefined), paid, v, i, out);
    return;
  }
  // "ECOWAS, which recognises Mr Barrow as the legitimate president": recognition is political backing.
  if ((word.lemma === "recognise" || word.lemma === "recognize") && actsAsVerb(v, i)) {
    const recognised = objectAfter(v, i, { kind: "actor", within: 3 });
    if (recognised && w[recognised.end]?.lower === "as") pairs("SUPPORTS", subjectOf(v, i), recognised, v, i, out);
    return;
  }
  // "British officers are advising the Sierra Leone army": advice to a fighting force is training.
  if (word.lemma === "advise" && actsAsVerb(v, i)) {
    const advised = objectAfter(v, i, { kind: "actor", within: 4 });
    if (advised?.keys.every((k) => k.startsWith("army:") || v.table.get(k)?.type === "ARMED_GROUP")) pairs("SUPPORTS", subjectOf(v, i), advised, v, i, out);
    return;
  }
  // "his party stands by the elected government", "rallied behind Ondo Ossa", "sided with the junta": taking a side is backing it.
  if (STANDING_WITH.has(word.lemma) && (w[i + 1]?.lower === STANDING_WITH.get(word.lemma) || (word.lemma === "rally" && /^(around|to)$/.test(w[i + 1]?.lower ?? ""))) && actsAsVerb(v, i)) {
    pairs("SUPPORTS", subjectOf(v, i), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "Among Haftar's fighters were dozens of Russian mercenaries": those among a side's fighters fight for it.
  if (word.lower === "among" && (i === 0 || w[i - 1].text === ",")) {
    const side = objectAfter(v, i, { kind: "actor", within: 4 });
    // ("Among its members are …" names members, read with alliances.)
    if (w[side?.end ?? -1]?.lower === "members") return;
    const be = side ? w.slice(side.end, side.end + 3).findIndex((x) => /^(were|are|was|is)$/.test(x.lower)) : -1;
    if (side && be >= 0) pairs("SUPPORTS", objectAfter(v, side.end + be, { kind: "actor", within: 5 }), side, v, i, out);
    return;
  }
  // "with the help of US airstrikes", "with support from SRC"
  if (HELP_NOUNS.has(word.lower) && /^(of|from)$/.test(w[i + 1]?.lower ?? "") && w.slice(Math.max(0, i - 3), i).some((x) => x.lower === "with")) {
    // ("The talks, mediated by Egypt and Qatar with backing from the United States": the help is for what
    // the agents after "by" did, not for them.)
    const helped = subjectOf(v, i);
    if (helped && w[helped.start - 1]?.lower === "by") return;
    // ("under a cease-fire negotiated with the help of Russian peacekeepers": the help is for the thing a
    // participle describes, not for the clause's subject.)
    const withAt = w.slice(Math.max(0, i - 3), i).findIndex((x) => x.lower === "with") + Math.max(0, i - 3);
    if (withAt >= Math.max(0, i - 3) && w[withAt - 1]?.pos === "VERB" && /ed$/.test(w[withAt - 1].lower) && w[withAt - 2]?.pos === "NOUN" && !v.groups.some((g) => g.start <= withAt - 2 && withAt - 2 < g.end)) return;
    pairs("SUPPORTS", objectAfter(v, i + 1, { kind: "actor", within: 4, after: /^(of|from)$/ }), helped, v, i, out);
    return;
  }
  // Nominal: "Russia's support for Haftar", "US increases military support for Somalia", "troops in support of the GNA"
  // (A backer "to" someone is read with backers below: "chief arms supplier to Syria".)
  if (SUPPORT_NOUNS.has(word.lower) && !(BACKER_NOUNS.has(word.lower) && w[i + 1]?.lower === "to") && (/^(for|to)$/.test(w[i + 1]?.lower ?? "") || (w[i + 1]?.lower === "of" && /^(in|'s)$/.test(w[i - 1]?.lower ?? "")))) {
    // "providing support to the rebels" is the verb's, whose subject may be someone accused.
    const verbBefore = (k: number) => w[k] !== undefined && isVerbOf(SUPPORT_VERBS, w[k]) && w[k].pos !== "ADJ";
    if (verbBefore(i - 1) || (w[i - 1]?.pos === "ADJ" && verbBefore(i - 2))) return;
    // ("accused Kenya of sending troops and weapons to the rebels": a noun listed after the verb's first object
    // has the verb's subject.)
    let listed = i - 1;
    while (listed > i - 8 && listed > 0 && (/^(and|,)$/.test(w[listed].lower) || /^(NOUN|ADJ|NUM|DET)$/.test(w[listed].pos)) && !groupAt(v, listed)) listed--;
    const verb = w.slice(listed + 1, i).some((x) => x.lower === "and") && verbBefore(listed) ? listed : i;
    // "urged troops to hand over their weapons to the UN": weapons that another verb acts on are no one's support.
    let k = i - 1;
    while (k > i - 5 && k > 0 && (/^(DET|PRON|ADJ|NUM)$/.test(w[k].pos) || /^(over|up|down|off)$/.test(w[k].lower))) k--;
    if (k < i - 1 && (word.lower === "weapons" || word.lower === "arms") && w[k]?.pos === "VERB" && !isVerbOf(SUPPORT_VERBS, w[k]) && !isVerbOf(RECEIVE_VERBS, w[k])) return;
    // ("says it offers only moral and diplomatic support to the separatists": help said to be only in words denies any other.)
    if (onlyInWords(w.slice(Math.max(0, i - 6), i))) return;
    // "needs US support to fight ISIL": an infinitive after "to" names no recipient.
    // ("in support of its Palestinian ally Hamas": describing words may come first.)
    const tgt = w[i + 1]?.lower === "to" && w[i + 2]?.pos === "VERB" ? undefined : objectAfter(v, i + 1, { kind: "actor", within: /^(its|their|his|her)$/.test(w[i + 2]?.lower ?? "") ? 5 : 3 });
    const possessor = groupAt(v, i - 1) ?? (w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : undefined);
    pairs("SUPPORTS", possessor ?? subjectOf(v, verb), tgt, v, i, out);
    // "support for Somalia against al-Shabab": the backer opposes whom the support is against.
    if (tgt && w[tgt.end]?.lower === "against") pairs("OPPOSES", possessor ?? subjectOf(v, verb), objectAfter(v, tgt.end, { kind: "actor", within: 3 }), v, i, out);
    return;
  }
  // "put its airspace and ports at NATO's disposal", "placed its bases at the disposal of the coalition": the user is helped.
  if (word.lower === "disposal" && (w[i - 1]?.text === "'s" || w[i + 1]?.lower === "of")) {
    const user = w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : objectAfter(v, i + 1, { kind: "actor", within: 3 });
    const at = w[i - 1]?.text === "'s" ? (user?.start ?? i) - 1 : i - 2;
    if (w[at]?.lower === "at" && w.slice(0, at).some((x) => x.pos === "VERB")) pairs("SUPPORTS", subjectOf(v, at), user, v, i, out);
    return;
  }
  // "Hezbollah, Iran's most powerful proxy,", "a proxy of Iran", "Iran's proxy Hezbollah"
  if (PROXY_NOUNS.has(word.lower)) {
    const possessive = w.slice(Math.max(0, i - 5), i).findLastIndex((x) => x.text === "'s");
    const at = possessive < 0 ? -1 : Math.max(0, i - 5) + possessive;
    const backer = at >= 0 ? groupAt(v, at - 1) : w[i + 1]?.lower === "of" ? objectAfter(v, i + 1, { kind: "actor", within: 3 }) : undefined;
    const opener = at >= 0 ? (backer?.start ?? at) : i;
    const apposed = w[opener - 1]?.text === "," || /^(a|an|the)$/.test(w[opener - 1]?.lower ?? "") && w[opener - 2]?.text === "," ? v.groups.filter((g) => g.end <= opener - 1 && w[g.end]?.text === ",").pop() : undefined;
    const named = w[i + 1]?.lower !== "of" ? v.groups.find((g) => g.start === i + 1 && g.kind === "actor") : undefined;
    pairs("SUPPORTS", backer, apposed ?? named ?? subjectOf(v, opener), v, i, out);
    return;
  }
  // "Russia is Mali's main arms supplier": the possessor is supplied.
  // "Germany is Ukraine's second-largest supplier of weapons": "of" what, not whom.
  // ("the Kurds' main backer": a plural's possessive too.)
  if (BACKER_NOUNS.has(word.lower) && (w[i + 1]?.lower !== "of" || !objectAfter(v, i + 1, { kind: "actor", within: 3 }))) {
    const mark = w.slice(Math.max(0, i - 4), i).findLastIndex((x) => POSSESSIVE.test(x.text));
    // "China, Pakistan's closest ally and its main arms supplier": a coordinated "its" is the possessor named before.
    const its = mark < 0 ? w.slice(Math.max(0, i - 4), i).findLastIndex((x) => /^(its|their)$/.test(x.lower)) : -1;
    const and = its >= 0 ? Math.max(0, i - 4) + its - 1 : -1;
    const before = and > 0 && w[and].lower === "and" ? w.slice(Math.max(0, and - 5), and).findLastIndex((x) => x.text === "'s") : -1;
    const at = mark >= 0 ? Math.max(0, i - 4) + mark : before >= 0 ? Math.max(0, and - 5) + before : -1;
    const possessor = at >= 0 ? groupAt(v, at - 1) : undefined;
    if (possessor) return pairs("SUPPORTS", apposedTo(v, i) ?? subjectOf(v, possessor.start), possessor, v, i, out);
  }
  // "The Soviet Union, chief arms supplier to both Syria and the PLO": whom it supplies, after "to".
  if (BACKER_NOUNS.has(word.lower) && w[i + 1]?.lower === "to") {
    const both = w[i + 2]?.lower === "both" ? 1 : 0;
    return pairs("SUPPORTS", apposedTo(v, i) ?? subjectOf(v, i), objectAfter(v, i + 1 + both, { kind: "actor", within: 3, after: /^(to|both)$/ }), v, i, out);
  }
  // "SRC is a key backer of TGT"
  // "Israel has been a major supplier of weapons to Azerbaijan": "of" what, "to" whom.
  if (BACKER_NOUNS.has(word.lower) && w[i + 1]?.lower === "of") {
    const to = w.slice(i + 2, i + 10).findIndex((x) => x.lower === "to");
    const recipient = objectAfter(v, i + 1, { kind: "actor", within: 3 }) ?? (to >= 0 ? objectAfter(v, i + 1 + to, { kind: "actor", within: 4, after: /^to$/ }) : undefined);
    pairs("SUPPORTS", apposedTo(v, i) ?? subjectOf(v, i), recipient, v, i, out);
    return;
  }
  // "JEM fighters came to the rescue of the army", "rushed to the aid of": whom one comes to save is helped.
  if (RESCUE_NOUNS.has(word.lower) && w[i - 1]?.lower === "the" && w[i - 2]?.lower === "to" && w[i + 1]?.lower === "of" && COME_LEMMAS.has(w[i - 3]?.lemma ?? "")) {
    pairs("SUPPORTS", subjectOf(v, i - 3), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "fought the Houthis on behalf of Yemen's government": whom one fights for is backed.
  if (word.lower === "behalf" && w[i - 1]?.lower === "on" && w[i + 1]?.lower === "of") {
    // The subject of the verb acting on someone's behalf ("a coalition that has fought the Houthis since 2015 on behalf of").
    const verb = w.slice(Math.max(0, i - 10), i).findLastIndex((x) => x.pos === "VERB");
    pairs("SUPPORTS", subjectOf(v, verb >= 0 ? Math.max(0, i - 10) + verb : i), objectAfter(v, i + 1, { kind: "actor", within: 5 }), v, i, out);
    return;
  }
  // "The United States and South Korea staged joint drills with Japan", "joint air drills staged by the
  // South Korean and U.S. air forces": those who drill together are allies.
  // ("joint military exercises", "joint air drills": a word may say what kind.)
  const drill = word.lower !== "joint" ? -1 : [i + 1, i + 2].find((k) => DRILL_NOUNS.has(w[k]?.lower ?? "") && (k === i + 1 || /^(ADJ|NOUN)$/.test(w[i + 1].pos))) ?? -1;
  if (drill > 0) {
    const by = w[drill + 1]?.lower === "by" ? drill + 1 : w[drill + 2]?.lower === "by" && w[drill + 1].pos === "VERB" ? drill + 2 : -1;
    const doers = by > 0 ? objectAfter(v, by, { kind: "actor", within: 4 }) : subjectOf(v, i);
    within("ALLIED_WITH", doers, v, i, out);
    if (w[drill + 1]?.lower === "with") for (const k of doers?.keys ?? []) pairs("ALLIED_WITH", { ...doers!, keys: [k] }, objectAfter(v, drill + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "Kenyan officers have conducted joint operations with the Haitian police": the foreign side backs the home one.
  // ("joint naval patrols with the Philippines": a word may say what kind.)
  const kind = w[i + 1]?.pos === "ADJ" ? 1 : 0;
  if (word.lower === "joint" && /^(operations|operation|patrols|offensive|strikes|raids)$/.test(w[i + 1 + kind]?.lower ?? "") && w[i + 2 + kind]?.lower === "with") {
    const a = subjectOf(v, i), b = objectAfter(v, i + 2 + kind, { kind: "actor", within: 4 });
    const home = (g: Group | undefined) => !!g && g.keys.every((k) => v.table.isHomeBody(v.table.actorFor(k, v.s.index)));
    if (home(a) !== home(b)) pairs("SUPPORTS", home(a) ? b : a, home(a) ? a : b, v, i, out);
    else pairs("ALLIED_WITH", a, b, v, i, out);
    return;
  }
  // "Belarus allowed Russian troops to use its territory": access given is support.
  // "Chad has allowed weapons from the UAE to cross its territory to the RSF": to whom they go.
  const territory = PERMIT_WORDS.test(word.lower) ? w.slice(i + 1, i + 12).findIndex((x) => TERRITORY_NOUNS.has(x.lower)) : -1;
  if (territory >= 0) {
    const recipient = objectAfter(v, i + 1 + territory, { kind: "actor", within: 5, after: /^to$/ });
    pairs("SUPPORTS", subjectOf(v, i), recipient ?? objectAfter(v, i, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "weapons from the UAE … to the RSF", "arms flows from Iran to the Houthis": where they come from backs where they go.
  if (CARGO_NOUNS.has(word.lower) && w[i + 1]?.lower === "from") {
    const sender = objectAfter(v, i + 1, { kind: "actor", within: 3, after: /^from$/ });
    const to = sender ? w.slice(sender.end, sender.end + 10).findIndex((x) => x.lower === "to" && x.pos === "ADP") : -1;
    if (sender && to >= 0) pairs("SUPPORTS", sender, objectAfter(v, sender.end + to, { kind: "actor", within: 4, after: /^to$/ }), v, i, out);
  }
  // "Chinese weapons and ammunition reach the guerrillas through Thai territory": a state's arms reaching a
  // party arm it, and the country they pass through lets them.
  if (CARGO_NOUNS.has(word.lower) && !CARGO_NOUNS.has(w[i + 1]?.lower ?? "") && w[i + 1]?.lower !== "and") {
    const maker = w.slice(Math.max(0, i - 4), i).findLastIndex((x) => CARGO_NOUNS.has(x.lower)) >= 0 ? undefined : groupAt(v, i - 1);
    const first = maker ?? (w[i - 1]?.lower === "and" && CARGO_NOUNS.has(w[i - 2]?.lower ?? "") ? groupAt(v, i - 3) : undefined);
    // ("arms flow to": the tagger may read the verb as a noun.)
    const reach = w.slice(i + 1, i + 4).findIndex((x, k) => REACH_LEMMAS.has(x.lemma) && (VERB_TAGS.has(x.pos) || w[i + 2 + k]?.lower === "to"));
    if (first && isCountryGroup(v, first) && reach >= 0) {
      const at = i + 1 + reach;
      const recipient = objectAfter(v, at, { kind: "actor", within: 4, after: /^(to|reach|reaches|reached|reaching|the)$/ }) ?? objectAfter(v, at, { kind: "actor", within: 3 });
      pairs("SUPPORTS", first, recipient, v, i, out);
      const through = recipient ? w.slice(recipient.end, recipient.end + 3).findIndex((x) => /^(through|via)$/.test(x.lower)) : -1;
      // ("through Thai territory": a demonym before the ground names its state.)
      const via = through >= 0 ? recipient!.end + through : -1;
      const demonym = through >= 0 && TERRITORY_NOUNS.has(w[via + 2]?.lower ?? "") ? countryForm(w[via + 1]?.text ?? "") : undefined;
      const passage = demonym ? { start: via + 1, end: via + 2, keys: [v.table.state(demonym.country, v.s.index).key], kind: "actor" as const } : through >= 0 ? objectAfter(v, via, { kind: "actor", within: 2 }) ?? objectAfter(v, via, { kind: "location", within: 2 }) : undefined;
      pairs("SUPPORTS", passage, recipient, v, i, out);
    }
  }
  // "The army has the political backing of Egypt": who has someone's backing is backed by them.
  if (HELP_NOUNS.has(word.lower) && w[i + 1]?.lower === "of" && w.slice(Math.max(0, i - 4), i).some((x) => HAVE_LEMMAS.has(x.lemma))) {
    // "has the support of several armed groups, including JEM": the groups named among them.
    pairs("SUPPORTS", objectAfter(v, i + 1, { kind: "actor", within: 3 }) ?? namedAmong(v, i), subjectOf(v, i), v, i, out);
    return;
  }
  // "Hezbollah fought alongside government forces", "Wagner has been fighting for the junta"
  // "Amhara militias are fighting on the government's side"
  const side = FIGHT_VERBS.has(word.lemma) ? onSideOf(v, i) : undefined;
  if (side) {
    const src = subjectOf(v, i);
    return pairs((armedGroups(v, src) && armedGroups(v, side)) || militiaBesideArmy(v, src, side, i) ? "ALLIED_WITH" : "SUPPORTS", src, side, v, i, out);
  }
  // "fighting armed groups alongside the country's army": the side may come after whom they fight.
  // ("fought together with the Army": the side after both words.)
  // ("soldiers who would operate alongside the Australians", "deployed alongside the police", "took part alongside
  // the United States": serving beside a side, in any role, as much as fighting beside it.)
  const beside = FIGHT_VERBS.has(word.lemma) || BESIDE_VERBS.has(word.lemma) || (word.lemma === "take" && w[i + 1]?.lower === "part");
  const besideAt = beside ? (sidesWith(w, i + 1) ? (w[i + 1].lower === "together" ? i + 1 : i) : alongsideAfter(w, i)) : -1;
  if (besideAt >= 0) {
    const tgt = objectAfter(v, besideAt, { kind: "actor", within: 4 });
    const src = subjectOf(v, i);
    // "The army fought alongside troops from Burundi": a foreign state's troops at the home side's are its help.
    const actor = (k: string) => v.table.actorFor(k, v.s.index);
    const foreignHelp = !!src && !!tgt && src.keys.every((k) => v.table.isHomeBody(actor(k))) && tgt.keys.every((k) => v.table.get(actor(k))?.type === "STATE" && !v.table.isHomeBody(actor(k)));
    // "The TNLA fighting alongside the local PDF": two armed groups side by side are allies; a state's
    // or a hired force's fighters beside another side are its help.
    if ((armedGroups(v, src) && armedGroups(v, tgt)) || militiaBesideArmy(v, src, tgt, i)) pairs("ALLIED_WITH", src, tgt, v, i, out);
    else pairs("SUPPORTS", foreignHelp ? tgt : src, foreignHelp ? src : tgt, v, i, out);
    // "… alongside the army against the M23": both fight whom it is against.
    const against = tgt ? w.slice(tgt.end, tgt.end + 3).findIndex((x) => x.lower === "against") : -1;
    if (against >= 0) {
      const enemy = objectAfter(v, tgt!.end + against, { kind: "actor", within: 4 });
      pairs("OPPOSES", subjectOf(v, i), enemy, v, i, out);
      pairs("OPPOSES", tgt, enemy, v, i, out);
    }
    return;
  }
  // "The GFS, created in 2018 and trained with U.S. and French support": the states in the "with" give the help.
  if (SUPPORT_PARTICIPLES.has(word.lower)) {
    let at = i + 1;
    if (w[at]?.lower === "in" && w[at + 1]?.lower === "part") at += 2;
    else if (w[at]?.pos === "ADV") at++;
    if (w[at]?.lower === "with") {
      const giver = objectAfter(v, at, { kind: "actor", within: 3 });
      if (giver && SUPPORT_NOUNS.has(w[giver.end]?.lower ?? "")) pairs("SUPPORTS", giver, describedBefore(v, firstParticiple(w, i)) ?? subjectOf(v, firstParticiple(w, i)), v, i, out);
      return;
    }
    // "fighters who were trained in camps in Libya": likewise the country they were trained in.
    if (word.lower === "trained" && w[i + 1]?.lower === "in" && BE.test(w[i - 1]?.lower ?? "")) {
      pairs("SUPPORTS", trainedIn(v, i - 1), subjectOf(v, i - 1), v, i, out);
      return;
    }
  }
  // Active: "Turkey backs the GNA", "Iran supplied drones to the Houthis", "sent advisers to Libya to help underpin the GNA"
  // "trained and equipped by the UAE" is passive, read at its "by".
  const sharesBy = SUPPORT_PARTICIPLES.has(word.lower) && /^(and|,)$/.test(w[i + 1]?.lower ?? "") && SUPPORT_PARTICIPLES.has(w[i + 2]?.lower ?? "");
  if (isVerbOf(SUPPORT_VERBS, word) && actsAsVerb(v, i) && !sharesBy && !SUPPORT_PARTICIPLES.has(w[i - 1]?.lower ?? "") && !(BE.test(w[i - 1]?.lower ?? "") && w[i + 1]?.lower === "by") && !(SUPPORT_PARTICIPLES.has(word.lower) && by > i + 1)) {
    // "had sent former prime minister Raila Odinga to Juba as a special envoy": a person sent is an envoy, not help.
    const sent = objectAfter(v, i, { kind: "actor", within: 6 });
    if (sent && sent.keys.every((k) => v.table.get(k)?.type === "PERSON") && w.slice(sent.end, sent.end + 2).some((x) => x.lower === "to")) return;
    // (Nor "offers only moral and diplomatic support to the separatists".)
    if (onlyInWords(w.slice(i + 1, i + 7))) return;
    // ("sent a high-level delegation to Freetown", "sending his defence and state security ministers to Harare": envoys.)
    if (TRANSFER_VERBS.has(word.lemma) && w.slice(i + 1, i + 8).findIndex((x) => ENVOY_NOUNS.has(x.lower)) >= 0 && !w.slice(i + 1, i + 8).some((x) => STATE_FORCE_NOUNS.has(x.lower) || WEAPON_HEADS.has(x.lower))) return;
    // ("urged Zimbabweans to support it", "called on the world to back the talks": an appeal gives nothing.)
    const appeal = w.slice(Math.max(0, i - 6), i - 1).some((x) => URGE_LEMMAS.has(x.lemma)) && w[i - 1]?.lower === "to";
    if (appeal) return;
    // "said it would continue to support", "agreed to supply": the verb before only says when or whether.
    const intends = w[i - 1]?.lower === "to" && INTENT_VERBS.has(w[i - 2]?.lemma ?? "");
    // ("British troops intervened to support the government": forces that move in to help, help.)
    // ("approved a standby force mission to help Mozambique", "mobilising hundreds of his supporters to help the army":
    // a body of fighters raised or sent to help, helps, as its sender does.)
    const intervenes = w[i - 1]?.lower === "to" && ((INTERVENE_LEMMAS.has(w[i - 2]?.lemma ?? "") && w[i - 2].pos === "VERB") || (word.lemma === "help" && HELPER_BODIES.has(w[i - 2]?.lower ?? "")));
    if (w[i - 1]?.lower === "to" && !groupAt(v, i - 2) && !intends && !intervenes) {
      // "to help (underpin) the GNA" belongs to the verb before it.
      return;
    }
    // "helped mediate between …", "offered to host talks": helping with something else is not backing.
    const next = w[i + 1];
    const infinitive = next?.lower === "to" && w[i + 2]?.pos === "VERB";
    if (next && (next.pos === "VERB" || infinitive) && !isVerbOf(SUPPORT_VERBS, w[infinitive ? i + 2 : i + 1] ?? next)) {
      // "which the United States has armed and trained to fight IS": backing to do something is still backing.
      if (infinitive) pairs("SUPPORTS", subjectOf(v, i), relativeObject(v, i), v, i, out);
      return;
    }
    const src = subjectOf(v, i);
    let tgt: Group | undefined;
    if (TRANSFER_VERBS.has(word.lemma)) {
      // "sent advisers to Libya to help underpin the GNA": the one helped is the recipient.
      const help = w.slice(i + 1, i + 16).findIndex((x, k) => SUPPORT_VERBS.has(x.lemma) && w[i + k]?.lower === "to");
      // ("to help push back forces loyal to X": what the help does is to someone else.)
      if (help >= 0 && (w[i + 2 + help]?.pos !== "VERB" || isVerbOf(SUPPORT_VERBS, w[i + 2 + help]))) tgt = objectAfter(v, i + 1 + help, { kind: "actor", within: 4 }) ?? governmentsIn(v, i + 1 + help);
      // "deployed troops to eastern Congo to fight alongside the M23": whom they fight beside, not where.
      const beside = help >= 0 ? -1 : w.slice(i + 1, i + 16).findIndex((x, k) => FIGHT_VERBS.has(x.lemma) && w[i + k]?.lower === "to" && SIDE_WITH.test(w[i + k + 2]?.lower ?? ""));
      if (beside >= 0) tgt = objectAfter(v, i + 2 + beside, { kind: "actor", within: 4 });
      // ("sent weapons into Syria", "pouring tanks into Angola": a country arms go into; troops sent into a country may be invading it.)
      // ("sent its army into Lebanon": a whole army sent is troops too.)
      const troops = w.slice(i + 1, i + 8).some((x) => (STATE_FORCE_NOUNS.has(x.lower) && !WEAPON_HEADS.has(x.lower)) || ARMY_NOUNS.has(x.lower));
      tgt ??= objectAfter(v, i, { kind: "actor", within: 10, after: troops ? /^(to|for)$/ : /^(to|for|into)$/ });
      // "accused of supplying the RSF": the one supplied, right after the verb.
      tgt ??= objectAfter(v, i, { kind: "actor", within: 3, after: new RegExp(`^${word.lower}$`) });
      const withAt = w.slice(i + 1, i + 5).findIndex((x) => x.lower === "with");
      // "provided Kyiv with air defence": the one provided, a capital standing for its state included.
      if (!tgt && withAt >= 0) tgt = objectAfter(v, i, { kind: "actor", within: withAt + 1, after: new RegExp(`^${word.lower}$`) });
    } else {
      // "hosts the movement's leadership", "hosts U.S. troops": a host gives ground to a party, not to "talks between X and Y".
      let hosted = i + 1;
      while (w[hosted] && /^(DET|ADJ|NUM)$/.test(w[hosted].pos) && !groupAt(v, hosted)) hosted++;
      // ("hosted Tanzanian President X in Nairobi": a visitor is no party backed.)
      const visitor = (g: Group | undefined) => !!g && (g.keys.some((k) => v.table.get(k)?.type === "PERSON") || TITLES.get(w[g.end]?.lower ?? "") !== undefined);
      if (word.lemma === "host" && ((!groupAt(v, hosted) && !GROUP_NOUNS.has(w[hosted]?.lower ?? "") && !STATE_FORCE_NOUNS.has(w[hosted]?.lower ?? "")) || visitor(groupAt(v, hosted)))) return;
      tgt = objectAfter(v, i, { kind: "actor", within: 6 }) ?? namedAmong(v, i) ?? relativeObject(v, i);
      // "helped troops locate the group": the one helped comes before the verb of what the help does.
      if (tgt && word.lemma === "help" && w.slice(i + 2, tgt.start).some((x) => x.pos === "VERB")) tgt = undefined;
      // "supporting the legitimacy against the Houthi militia": whom it is against is no recipient.
      if (tgt && w.slice(i + 1, tgt.start).some((x) => x.lower === "against")) tgt = undefined;
    }
    // "deployed soldiers to Cabo Delgado at the request of Mozambique's government": who asked receives.
    tgt ??= askedBy(v, i);
    tgt ??= forcesSentHome(v, i, src);
    const joins = TRANSFER_VERBS.has(word.lemma) && w.slice(i + 1, tgt?.start ?? i + 1).some((x) => STATE_FORCE_NOUNS.has(x.lower) && !WEAPON_HEADS.has(x.lower)) && troopsJoin(v, src, tgt, i, out);
    if (!joins) pairs("SUPPORTS", src, tgt, v, i, out);
    // "arming the rebels through Hezbollah": the party the help goes through gives it too (a place it passes is read apart).
    const through = src && tgt && /^(through|via)$/.test(w[tgt.end]?.lower ?? "") ? v.groups.find((g) => g.start === tgt!.end + (w[tgt!.end + 1]?.lower === "the" ? 2 : 1) && g.kind === "actor" && !isCountryGroup(v, g)) : undefined;
    if (through && !through.keys.some((k) => src!.keys.includes(k))) pairs("SUPPORTS", through, tgt, v, i, out);
  }
}

/** A coalition named by its common noun ("the US-led coalition", "the Saudi-led coalition"), or a mission or force. */
const STATES_BODY_HEAD = /\b(coalition|mission|force)$/;
/**
 * "Britain and France, which have special forces in the US-led coalition", "South Africa and Malawi contribute
 * troops to the SADC mission": states whose troops serve in a body of states are its members, not backers of it
 * from outside (whether they do: the caller then reads no support).
 * (A body of states: an organisation, or a coalition, mission or force named by its common noun.)
 */
function troopsJoin(v: View, states: Group | undefined, body: Group | undefined, i: number, out: RawRelation[]): boolean {
  if (!states || !body || !states.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.type === "STATE")) return false;
  const ofStates = body.keys.every((k) => k.startsWith("org:") && (v.table.get(k)?.type === "ORGANIZATION" || STATES_BODY_HEAD.test(v.table.get(k)?.name ?? "")));
  if (ofStates) pairs("MEMBER_OF", states, body, v, i, out);
  return ofStates;
}

/** A foreign country training is had in, after `i`: "training in camps in Libya" (not the story's own country). */
function trainedIn(v: View, i: number): Group | undefined {
  const at = v.s.words.slice(i + 1, i + 6).findIndex((x) => x.lower === "in");
  const place = at < 0 ? undefined : objectAfter(v, i + 1 + at, { kind: "actor", within: 5, after: /^in$/ });
  return place && isCountryGroup(v, place) && !place.keys.some((k) => v.table.isHomeBody(v.table.actorFor(k, v.s.index))) ? place : undefined;
}

/** The first of participles joined by "and": "created in 2018 and trained …" starts at "created". */
function firstParticiple(w: View["s"]["words"], i: number): number {
  const and = w.slice(Math.max(0, i - 6), i).findLastIndex((x) => x.lower === "and");
  if (and < 0) return i;
  const start = Math.max(0, i - 6) + and;
  const comma = w.slice(Math.max(0, start - 6), start).findLastIndex((x) => x.text === ",");
  return comma >= 0 && w[Math.max(0, start - 6) + comma + 1]?.pos === "VERB" ? Math.max(0, start - 6) + comma + 1 : i;
}

/**
 * Who asked for what the verb at `i` did: "at the request of Mozambique's government", "at the
 * invitation of Dushanbe" (a capital asks for its government, or its state where the story names none).
 */
function askedBy(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const request = w.findIndex((x, k) => k > i && /^(request|invitation|behest)$/.test(x.lower) && w[k + 1]?.lower === "of" && w[k - 2]?.lower === "at");
  if (request < 0) return undefined;
  // ("at the request of the President of the Republic of Kazakhstan": a title and "of" may come first.)
  const asker = objectAfter(v, request + 1, { kind: "actor", within: 6 });
  if (asker) return asker;
  const capital = objectAfter(v, request + 1, { kind: "location", within: 2 });
  const capitalOf = capital?.keys.length === 1 ? v.table.get(capital.keys[0])?.capitalOf : undefined;
  const country = capitalOf ? countryByIso3(capitalOf) : undefined;
  return country ? { ...capital!, keys: [ruledBy(v, country)], kind: "actor" } : undefined;
}

/**
 * "Jordan has sent a battalion of special forces", "Fiji offered a contingent of soldiers", in a story
 * plainly about another country and with no destination said: the forces go to that country.
 */
function forcesSentHome(v: View, i: number, src: Group | undefined): Group | undefined {
  const w = v.s.words;
  const home = v.table.homeIsClear ? v.table.home : undefined;
  if (!home || !src || !/^(send|deploy|dispatch|offer)$/.test(w[i].lemma)) return undefined;
  if (!src.keys.every((k) => v.table.get(k)?.type === "STATE" && v.table.get(k)?.country !== home)) return undefined;
  const after = w.slice(i + 1, i + 12);
  const forces = after.findIndex((x) => SENT_FORCE_NOUNS.has(x.lower));
  if (forces < 0 || after.slice(0, forces).some((x) => /^(VERB|AUX)$/.test(x.pos))) return undefined;
  // A destination said sends them elsewhere; but not "in 2018", "in December" (when), "to help repel …" (what for),
  // nor a place in a relative clause on the forces ("a contingent that fought RENAMO in Zambezia").
  const clause = after.findIndex((x, k) => k > forces && /^(that|which|who|;)$/.test(x.lower));
  const when = (x: Word | undefined) => !!x && (/^\d{4}$/.test(x.text) || MONTHS.includes(x.lower) || /^(early|late|mid)$/.test(x.lower));
  const dest = after.slice(0, clause < 0 ? after.length : clause).some((x, k) => /^(to|into|in|toward|towards)$/.test(x.lower) && !(x.lower === "in" && when(after[k + 1])) && !(x.lower === "to" && after[k + 1]?.pos === "VERB"));
  if (dest) return undefined;
  const c = countryByIso3(home);
  return c ? { ...src, keys: [ruledBy(v, c)] } : undefined;
}

/** "from Russia, Belarus and Armenia": the parties listed from word `at` on, as one group. */
function listAfter(v: View, at: number): Group | undefined {
  const w = v.s.words;
  // ("soldiers from Malawi, Zambia and Botswana" may be read as one group of their states.)
  let list = v.groups.find((g) => g.kind === "actor" && g.start <= at && g.end > at + 1) ?? objectAfter(v, at, { kind: "actor", within: 3, after: new RegExp(`^${w[at].lower}$`) });
  for (let next = list && v.groups.find((g) => g.kind === "actor" && g.start === list!.end + 1 && /^(,|and)$/.test(w[list!.end]?.lower ?? "")); list && next; next = v.groups.find((g) => g.kind === "actor" && g.start === list!.end + 1 && /^(,|and)$/.test(w[list!.end]?.lower ?? ""))) list = { ...list, end: next.end, keys: [...list.keys, ...next.keys] };
  return list;
}

/** The country a story is plainly about, as the side foreign states' forces go to help (none of them its own). */
function forcesHome(v: View, src: Group): Group | undefined {
  const home = v.table.homeIsClear ? v.table.home : undefined;
  if (!home || !src.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.country !== home)) return undefined;
  const c = countryByIso3(home);
  return c ? { ...src, keys: [v.table.state(c, v.s.index).key] } : undefined;
}

/** "to prop up governments in Mali and the Central African Republic": the countries whose rulers a verb at `i` helps. */
function governmentsIn(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const at = w.slice(i + 1, i + 4).findIndex((x, k) => RULER_NOUNS.has(x.lower) && /^(in|of)$/.test(w[i + 2 + k]?.lower ?? ""));
  const countries = at >= 0 ? listAfter(v, i + 2 + at) : undefined;
  return countries && isCountryGroup(v, countries) ? countries : undefined;
}

/** "the government", "the State" at `at`, with no country named: the country the story is plainly about. */
function theState(v: View, at: number): Group | undefined {
  const w = v.s.words;
  const home = v.table.homeIsClear && w[at]?.lower === "the" ? countryByIso3(v.table.home ?? "") : undefined;
  if (!home || !/^(government|state|authorities)$/.test(w[at + 1]?.lower ?? "") || w[at + 2]?.lower === "of") return undefined;
  return { start: at, end: at + 2, keys: [w[at + 1].lower === "state" ? v.table.state(home, v.s.index).key : ruledBy(v, home)], kind: "actor" };
}

/** Who receives help sent to a country: its government where the story speaks of one, else the state. */
function ruledBy(v: View, c: CountryInfo): string {
  return (v.table.get(`gov:${c.iso3}`) ?? v.table.state(c, v.s.index)).key;
}

/** "received American Stinger anti-aircraft missiles": the state a demonym before the arms received names. */
function madeBy(v: View, i: number): Group | undefined {
  const w = v.s.words;
  let k = i + 1;
  while (k < i + 4 && /^(DET|NUM|ADJ)$/.test(w[k]?.pos ?? "") && !countryForm(w[k].text)) k++;
  const c = countryForm(w[k]?.text ?? "");
  if (c?.form !== "demonym") return undefined;
  let head = k + 1;
  while (head < k + 5 && w[head] && !WEAPON_HEADS.has(w[head].lower) && /^(ADJ|NOUN|PROPN)$/.test(w[head].pos) && w[head].text !== ",") head++;
  return WEAPON_HEADS.has(w[head]?.lower ?? "") || /^(arms|weapons)$/.test(w[head]?.lower ?? "") ? { start: k, end: k + 1, keys: [v.table.state(c.country, v.s.index).key], kind: "actor" } : undefined;
}

/** A past participle, regular or not: "raised", "paid" (a verb's form other than its own, its -s and its -ing). */
const isParticiple = (x: Word | undefined) => x?.pos === "VERB" && x.lower !== x.lemma && !/(ing|s)$/.test(x.lower);

/**
 * The participle a clause opened before the "and" at `and` ("commanded by X and", "founded in Iran in the 1980s and"):
 * the last one within a few words, with no comma, clause or other verb after it. -1 if none.
 */
function participleBefore(w: Word[], and: number): number {
  for (let k = and - 1; k >= Math.max(0, and - 8); k--) {
    if (isParticiple(w[k])) return k;
    if (/^(VERB|AUX|SCONJ|PRON)$/.test(w[k].pos) || /^[,;:]$/.test(w[k].text)) return -1;
  }
  return -1;
}

/** Where the "by" of a passive participle at i is: right after it, or after "in this", "in turn", "in part". */
function passiveBy(w: View["s"]["words"], i: number): number {
  if (w[i + 1]?.lower === "by") return i + 1;
  // "trained and equipped largely by France"
  // ("trained there by Iranian officers": where, as much as how.)
  if ((w[i + 1]?.pos === "ADV" || /^(there|here)$/.test(w[i + 1]?.lower ?? "")) && w[i + 2]?.lower === "by") return i + 2;
  if (w[i + 1]?.lower === "in" && /^(this|that|turn|part)$/.test(w[i + 2]?.lower ?? "") && w[i + 3]?.lower === "by") return i + 3;
  // "armed, trained and paid by Ankara": the last of the participles sharing the "by" may be one of no support of its own.
  if (w[i + 1]?.lower === "and" && isParticiple(w[i + 2]) && w[i + 3]?.lower === "by") return i + 3;
  // "propped up by Libyan troops", "backed in recent weeks by", "shored up since 2015 by": a particle, or when.
  let k = i + 1;
  if (w[k]?.lower === "up") k++;
  if (w[k]?.lower === "by") return k;
  if (!/^(in|for|since|during|over|throughout)$/.test(w[k]?.lower ?? "")) return -1;
  for (let j = k + 1; j < k + 5 && j < w.length; j++) {
    if (w[j].lower === "by") return j > k + 1 ? j : -1;
    if (!/^(DET|ADJ|NOUN|NUM)$/.test(w[j].pos) || w[j].cap) return -1;
  }
  return -1;
}

/**
 * The backer after a passive's "by" at `by` where a description comes first: "backed by clan militias known as
 * Macawisley", "backed by paramilitary groups such as the Tigers" (the party named among them), "backed by air
 * strikes from a US-led coalition" (whose means they are).
 */
function backerDescribed(v: View, by: number): Group | undefined {
  const w = v.s.words;
  let k = by + 1;
  while (k < by + 5 && /^(DET|ADJ|NOUN|NUM)$/.test(w[k]?.pos ?? "") && !FIGHTER_LIST_NOUNS.has(w[k].lower) && !STATE_FORCE_NOUNS.has(w[k].lower)) k++;
  const head = w[k]?.lower ?? "";
  if (FIGHTER_LIST_NOUNS.has(head)) {
    const naming = namingWordsAt(w, k + 1);
    if (naming) return v.groups.find((g) => g.kind === "actor" && (g.start === k + 1 + naming || (g.start === k + 2 + naming && w[k + 1 + naming].lower === "the")));
    return namedAmong(v, by);
  }
  if (!STATE_FORCE_NOUNS.has(head)) return undefined;
  // "backed by Turkish air strikes": a demonym says whose.
  const demonym = w.slice(by + 1, k).findIndex((x) => countryForm(x.text)?.form === "demonym");
  if (demonym >= 0) return { start: by + 1 + demonym, end: by + 2 + demonym, keys: [v.table.state(countryForm(w[by + 1 + demonym].text)!.country, v.s.index).key], kind: "actor" };
  // ("air strikes and artillery from": the means may be several.)
  while (STATE_FORCE_NOUNS.has(w[k + 1]?.lower ?? "") || (w[k + 1]?.lower === "and" && STATE_FORCE_NOUNS.has(w[k + 2]?.lower ?? ""))) k += w[k + 1].lower === "and" ? 2 : 1;
  return /^(from|of)$/.test(w[k + 1]?.lower ?? "") ? objectAfter(v, k + 1, { kind: "actor", within: 4 }) : undefined;
}

/**
 * "backs tens of thousands of fighters, including the STC", "arms several militias such as …":
 * the fighters backed are unnamed, the parties named among them are backed.
 */
function namedAmong(v: View, i: number): Group | undefined {
  const w = v.s.words;
  const noun = w.slice(i + 1, i + 8).findIndex((x) => FIGHTER_LIST_NOUNS.has(x.lower));
  if (noun < 0) return undefined;
  // "several armed groups in the region, including …": a place may come between.
  for (let j = i + 2 + noun; j < i + 10 + noun && j < w.length; j++) {
    const opener = listOpenerAt(w, j);
    if (opener) return objectAfter(v, j + opener - 1, { kind: "actor", within: 4 });
    if (/^(VERB|AUX)$/.test(w[j].pos) || w[j].text === ";") return undefined;
  }
  return undefined;
}

/** "the SDF, which the United States has armed and trained": what "which" stands for is the object. */
function relativeObject(v: View, i: number): Group | undefined {
  const w = v.s.words;
  let j = i - 1;
  while (j > 0 && (/^(AUX|ADV)$/.test(w[j].pos) || (w[j].lower === "and" && SUPPORT_PARTICIPLES.has(w[j - 1]?.lower ?? "")) || SUPPORT_PARTICIPLES.has(w[j].lower))) j--;
  const doer = v.groups.find((g) => g.end === j + 1 && g.kind === "actor");
  const at = doer && w[doer.start - 1]?.lower === "the" ? doer.start - 2 : (doer?.start ?? 0) - 1;
  if (!doer || !/^(which|whom|that)$/.test(w[at]?.lower ?? "")) return undefined;
  return v.groups.filter((g) => g.kind === "actor" && (g.end === at || (g.end === at - 1 && w[at - 1].text === ","))).pop();
}

/** "The STC, a separatist group backed by the UAE": the name an apposition describes. */
function describedBefore(v: View, i: number): Group | undefined {
  const w = v.s.words;
  let j = i - 1;
  // "Hezbollah, the Lebanese militant group backed by Tehran": a demonym describes too.
  // ("The Republican Guard, a heavily armed unit of several thousand men trained by …": a longer description.)
  while (j > i - 11 && j >= 0 && (/^(DET|ADJ|NOUN|NUM|ADV)$/.test(w[j].pos) || w[j].lower === "of" || countryForm(w[j].text)?.form === "demonym")) j--;
  // ("an Islamist-leaning force backed by …", "a force drawn from the Tebu minority and backed by …": hyphened words
  // and a participle phrase joined by "and" describe too.)
  const comma = j < i - 1 && w[j]?.text === "," ? j : apposedNameComma(w, i, (k) => groupAt(v, k) !== undefined);
  return comma >= 0 ? v.groups.filter((g) => g.end === comma && g.kind === "actor").pop() : undefined;
}

/** The party whose name ends at `end`, or before a place it is in ("the Islamic Resistance in Iraq"). */
function actorBefore(v: View, end: number): Group | undefined {
  const at = v.groups.filter((g) => g.end === end).pop();
  if (at?.kind === "actor" && !v.table.get(at.keys[0])?.key.startsWith("loc:")) return at;
  if (at?.kind === "location" && /^(in|of)$/.test(v.s.words[at.start - 1]?.lower ?? "")) return v.groups.filter((g) => g.end === at.start - 1 && g.kind === "actor").pop() ?? at;
  return at;
}

/** Whether a group names only non-state armed groups (no state, government or state army). */
function armedGroups(v: View, g: Group | undefined): boolean {
  return !!g && g.keys.every((k) => {
    const actor = v.table.actorFor(k, v.s.index);
    return actor.startsWith("org:") && v.table.get(actor)?.type === "ARMED_GROUP";
  });
}

// A militia's own nouns: what sets a local force beside the army apart from hired or foreign fighters.
const MILITIA_NOUNS = new Set(["militia", "militias", "militiamen", "vigilantes", "auxiliaries", "volunteers"]);

/**
 * "Amhara militias fought alongside federal troops", "the Wazalendo, local militias that fight alongside the army":
 * a militia beside the army or state of the country the story is about is its ally, not help it lends (a foreign
 * state's troops, hired or foreign fighters, named by no word for a militia, do help). The militia's noun is in its
 * name or in the words that describe it before the verb at `i`.
 */
function militiaBesideArmy(v: View, src: Group | undefined, tgt: Group | undefined, i: number): boolean {
  if (!armedGroups(v, src) || !tgt || !tgt.keys.every((k) => v.table.isHomeBody(v.table.actorFor(k, v.s.index)))) return false;
  const militia = (text: string) => text.toLowerCase().split(/\s+/).some((x) => MILITIA_NOUNS.has(x));
  const named = src!.keys.every((k) => {
    const r = v.table.get(v.table.actorFor(k, v.s.index));
    return !!r && (militia(r.name) || [...r.aliases].some(militia));
  });
  return named || v.s.words.slice(src!.start, i).some((x) => MILITIA_NOUNS.has(x.lower));
}

/** "has acquired … drones", "using … munitions": the subject of the verb by which a side has the weapons named at `i`. */
function armsUser(v: View, i: number): Group | undefined {
  const w = v.s.words;
  // "Israel's American-built jets", "its Russian-supplied S-400 systems": the weapons' owner uses them.
  const owner = w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : /^(its|their)$/.test(w[i - 1]?.lower ?? "") ? groupAt(v, i - 1) : undefined;
  if (owner?.kind === "actor") return owner;
  // "guerrillas armed with U.S.-made Stinger missiles", "the militia is equipped with Iranian-built drones":
  // whoever is armed with the weapons uses them (the name right before, past "fighters" or a comma, or the subject of "is").
  const near = Math.max(0, i - 4);
  const armed = w.slice(near, i).findLastIndex((x, k) => ARMED_WITH.has(x.lower) && w[near + k + 1]?.lower === "with");
  if (armed >= 0) {
    const k = near + armed;
    const named = v.groups.find((g) => g.kind === "actor" && (g.end === k || (g.end === k - 1 && (w[k - 1].text === "," || GROUP_NOUNS.has(w[k - 1].lower)))));
    return named ?? (BE.test(w[k - 1]?.lower ?? "") ? subjectOf(v, k) : undefined);
  }
  const from = Math.max(0, i - 12);
  const verb = w.slice(from, i).findLastIndex((x) => ARMS_USE_LEMMAS.has(x.lemma) && VERB_TAGS.has(x.pos));
  if (verb < 0) return undefined;
  // "had evidence that Pakistan used U.S.-made jets": a name right before the verb is its subject, whatever clause it opens.
  return v.groups.find((g) => g.kind === "actor" && g.end === from + verb) ?? subjectOf(v, from + verb);
}

/** A second "from" coordinated with the one at `from` ("from X and, reportedly, from Y"), or -1. */
function secondFrom(v: View, from: number): number {
  const w = v.s.words;
  for (let k = from + 1; k < Math.min(w.length, from + 30); k++) {
    if (w[k].text === ";" || w[k].text === "." || (k > from + 1 && isBoundary(v, k))) return -1;
    if (w[k].lower === "from") return w.slice(Math.max(from + 1, k - 8), k).some((x) => x.lower === "and") ? k : -1;
  }
  return -1;
}

/**
 * "the United States, Israel's main arms supplier,", "Iran and Hezbollah, the main supporters of the regime": the
 * party named before the comma that opens the apposition headed by the noun at `i`, which the noun describes
 * (not the clause's subject: "brokered by the United States, Israel's main arms supplier").
 */
function apposedTo(v: View, i: number): Group | undefined {
  const w = v.s.words;
  let k = i - 1;
  while (k > i - 8 && k > 0 && w[k].text !== ",") {
    const owner = POSSESSIVE.test(w[k].text) ? groupAt(v, k - 1) : undefined;
    if (owner) k = owner.start - 1;
    else if (/^(DET|ADJ|ADV|NOUN|NUM|PRON)$/.test(w[k].pos) && !w[k].cap) k--;
    else return undefined;
  }
  return w[k]?.text === "," ? v.groups.filter((g) => g.end === k && g.kind === "actor").pop() : undefined;
}
