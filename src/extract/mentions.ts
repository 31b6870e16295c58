import { citiesNamed, countryByIso2, countryByIso3, countryForm, hyphenedCountry, type CountryInfo } from "./gazetteer.js";
import { lexiconLemma, lexiconPos } from "./nlp.js";
import { EntityTable, slug } from "./entities.js";
import { joinApposedAliases } from "./aliases.js";
import { acronymExpansion, describesNameAfter, gatherKnowledge, type Knowledge } from "./knowledge.js";
import { federalBodies, forceOfState, ledBodies, ledCoalitions, possessiveBodies, regionalGovernments } from "./bodies.js";
import { add, bestCity, orgRecord, personRecord, placeRecord, sortByStart, typeOfName, type Ctx, type Mention } from "./mentionContext.js";
import { longestTitle, properSpans, segmentSpan, type Segment } from "./spans.js";
import { ACTOR_HEADS, ledByAt, NOT_NAMES, RULING_VERBS, OFFICE_TITLES, ADDRESS_VERBS, FORCE_HELD, LEADING_VERBS, IDEOLOGY_WORDS, IRREGULAR_NOUNS, SEATS_OF_GOVERNMENT, ARMED_DESCRIPTORS, COMBAT_VERBS, HELD_NOUNS, ALLY_WORDS, COALITION_NOUNS, DESCRIBING_NOUNS, BACKER_NOUNS, COMPASS, HYPHEN_SIDED, PROXY_NOUNS, RIVAL_NOUNS, ARMY_NOUNS, CONTROL_VERBS, JIHADIST_NAME, GOVERNMENT_NOUNS, GROUP_NOUNS, LOCATIVE, PLACE_HEADS, OPPOSE_NOUNS, OPPOSE_VERBS, STATE_FORCE_NOUNS, SUPPORT_NOUNS, SUPPORT_PARTICIPLES, SUPPORT_VERBS, TITLES, WEAPON_HEADS, CARGO_NOUNS, SUPPORT_KIND_WORDS, TRANSFER_VERBS, FIGHTER_LIST_NOUNS, HELD_BY, STATE_OPPONENT_WORDS, GENERAL_BODIES, PARTY_OWNED_NOUNS, WATER_HEADS, weaponHeadAt } from "./vocabulary.js";
import type { ActorType } from "./types.js";
import { datelineCityEnd, datelineDash, POSSESSIVE, isDatelineCity, listOpenerAt, surfaceOf, verbForms, type Word, type WordSentence } from "./words.js";

export type { Mention } from "./mentionContext.js";

export interface MentionResult {
  table: EntityTable;
  knowledge: Knowledge;
  /** Mentions of each sentence, ordered by position, not overlapping. */
  mentions: Mention[][];
  /** The country the article names most: whose "government" an unqualified one is. */
  home?: CountryInfo;
}

/** "(AP) —", "(Reuters) -": the agency filing the story is no party to it. */
const isDatelineAgency = (words: Word[], a: number, b: number) => a <= 8 && words[a - 1]?.text === "(" && words[b]?.text === ")" && /^[—–-]+$/.test(words[b + 1]?.text ?? "");

/** What is handed over in a transfer: weapons, materiel, money, intelligence, training. */
const GIVEN_NOUNS = new Set([...WEAPON_HEADS, ...CARGO_NOUNS, ...SUPPORT_NOUNS, ...SUPPORT_KIND_WORDS.filter(([kind]) => /^(WEAPONS|MATERIEL_LOGISTICS|FUNDING|INTELLIGENCE|TRAINING)$/.test(kind)).flatMap(([, words]) => [...words])]);

/**
 * "furnished to the Chadian army intelligence", "supplies also to Bamako helicopters": with a verb of
 * giving and "to" before a name, the recipient comes first and a noun of a thing given after it is what is
 * given, never part of the name (not "Bamako helicopters", not an army's "intelligence").
 */
function recipientBefore(words: Word[], start: number, after: number): boolean {
  // ("shipped to Kyiv drone factories": a noun before another describes it.)
  if (!GIVEN_NOUNS.has(words[after]?.lower ?? "") || words[after].pos !== "NOUN" || words[after + 1]?.pos === "NOUN") return false;
  const to = words[start - 1]?.lower === "the" ? start - 2 : start - 1;
  if (words[to]?.lower !== "to") return false;
  // ("had then furnished to", "supplies also to": an adverb may come between.)
  let v = to - 1;
  while (v > to - 3 && words[v]?.pos === "ADV") v--;
  return verbAt(words, v, TRANSFER_VERBS);
}

/** A country named where it acts ("Turkey sent") is a state; where something happens in it, a place. */
function countryMention(ctx: Ctx, seg: Extract<Segment, { kind: "country" }>) {
  const { words } = ctx;
  const c = seg.country;
  const nextWord = words[seg.end];
  // "delivered to the Sudanese army weapons": the army is the recipient, the weapons what it is given.
  if (ARMY_NOUNS.has(nextWord?.lower ?? "") && recipientBefore(words, seg.start, seg.end + 1)) return forceOfState(ctx, seg.start, seg.end + 1, c, nextWord!.lower);
  // "supplies to Bamako helicopters", "sold to Ukraine drones": the state is the recipient.
  // ("sold to Iranian drone makers": a demonym describes the noun after it.)
  if (seg.form !== "demonym" && recipientBefore(words, seg.start, seg.end)) return add(ctx, seg.start, seg.end, ctx.table.state(c, ctx.sentence, surfaceOf(words, seg.start, seg.end)));
  const nounAfter = /^(NOUN|PROPN)$/.test(words[seg.end + 1]?.pos ?? "");
  // "the army Malian", "troops Ugandan", "the soldiers French and Malians": a translation's demonym after the
  // body's noun names the body as it would before it.
  const after = postposedBodyAt(words, seg.start, seg.end);
  if (after) return forceOfState(ctx, after.start, seg.end, c, after.noun);
  const next2 = nextWord && words[seg.end + 1] ? `${nextWord.lower} ${words[seg.end + 1].lower}` : "";
  if (nextWord && (STATE_FORCE_NOUNS.has(next2) || ARMY_NOUNS.has(next2))) return forceOfState(ctx, seg.start, seg.end + 2, c, next2);
  // "an uprising against the Nigerian state": the state itself.
  if (seg.form === "demonym" && nextWord?.lower === "state" && words[seg.start - 1]?.lower === "the" && !nounAfter) return add(ctx, seg.start, seg.end + 1, ctx.table.state(c, ctx.sentence));
  // "Syria rebels seize Aleppo": rebels in a country are never its state.
  if (seg.form === "name" && nextWord && IRREGULAR_NOUNS.has(nextWord.lower)) return undefined;
  // "Mozambican army units" are the army's.
  const armyUnits = ARMY_NOUNS.has(nextWord?.lower ?? "") && GROUP_NOUNS.has(words[seg.end + 1]?.lower ?? "");
  if (armyUnits) return forceOfState(ctx, seg.start, seg.end + 2, c, nextWord!.lower);
  // "Russian military instructors", "Rwandan special forces", "Indian security forces": the state's own personnel.
  const forceNoun = words[seg.end + 1]?.lower ?? "";
  if (/^(military|special|elite|naval|security|border|regular)$/.test(nextWord?.lower ?? "") && STATE_FORCE_NOUNS.has(forceNoun)) return forceOfState(ctx, seg.start, seg.end + 2, c, forceNoun);
  // "ambushed a Kenyan military convoy", "attacked a Kosovo police patrol": what a state's forces hold is the state's.
  // ("the Venezuelan territory" is a place: only what troops hold and move in.)
  const heldAt = FORCE_HELD.has(nextWord?.lower ?? "") && seg.form === "demonym" ? 1 : /^(military|army|police|security|border|naval)$/.test(nextWord?.lower ?? "") && FORCE_HELD.has(forceNoun) ? 2 : 0;
  if (heldAt && words[seg.end + heldAt]?.lower !== "of") return forceOfState(ctx, seg.start, seg.end + heldAt, c, words[seg.end + heldAt - 1].lower);
  // ("the Ugandan and Congolese governments": each its own.)
  const body = SINGULAR_BODIES.get(nextWord?.lower ?? "") ?? nextWord?.lower ?? "";
  if (nextWord && (STATE_FORCE_NOUNS.has(body) || (ARMY_NOUNS.has(body) && !nounAfter) || GOVERNMENT_NOUNS.has(body))) return forceOfState(ctx, seg.start, seg.end + 1, c, body);
  // "Rwandan and Mozambican troops": the first demonym shares the noun after the second.
  const shared = SINGULAR_BODIES.get(words[seg.end + 2]?.lower ?? "") ?? words[seg.end + 2]?.lower ?? "";
  if (seg.form === "demonym" && nextWord?.lower === "and" && countryForm(words[seg.end + 1]?.text ?? "")?.form === "demonym" && (STATE_FORCE_NOUNS.has(shared) || GOVERNMENT_NOUNS.has(shared) || ARMY_NOUNS.has(shared))) return forceOfState(ctx, seg.start, seg.end, c, shared);
  // "Kurdish fighters" are a side of their own; "the Somali group" only refers to one named elsewhere.
  if (seg.form === "demonym" && nextWord && GROUP_NOUNS.has(nextWord.lower) && nextWord.lower !== "group" && !nounAfter) {
    const name = surfaceOf(words, seg.start, seg.end + 1);
    return add(ctx, seg.start, seg.end + 1, orgRecord(ctx, name, "ARMED_GROUP"));
  }
  // "Armenian separatist forces", "Malian jihadist fighters": a side against, not of, the state.
  // "Hezbollah, the Lebanese militant group backed by Tehran,": an apposition describes the name before it.
  const apposed = words[seg.start - 1]?.lower === "the" || /^(a|an)$/.test(words[seg.start - 1]?.lower ?? "") ? words[seg.start - 2]?.text === "," : false;
  if (seg.form === "demonym" && nextWord && ARMED_DESCRIPTORS.has(nextWord.lower) && GROUP_NOUNS.has(words[seg.end + 1]?.lower ?? "") && words[seg.end + 1].lower !== "group" && !apposed && !/^(NOUN|PROPN)$/.test(words[seg.end + 2]?.pos ?? "")) {
    return add(ctx, seg.start, seg.end + 2, orgRecord(ctx, surfaceOf(words, seg.start, seg.end + 2), "ARMED_GROUP"));
  }
  // "attacks on Iranian Kurdish opposition parties", "Syrian Kurdish fighters": a demonym before a people's
  // name and a noun for fighters or opponents says where they are from, not that the state acts.
  if (seg.form === "demonym" && nextWord?.cap && /^(ADJ|PROPN)$/.test(nextWord.pos) && /(ish|ian|an|i)$/.test(nextWord.lower) && !countryForm(nextWord.text) && (GROUP_NOUNS.has(words[seg.end + 1]?.lower ?? "") || STATE_OPPONENT_WORDS.has(words[seg.end + 1]?.lower ?? ""))) return undefined;
  // "the Saudi city of Jizan": a country named as what a place belongs to is not a party.
  if (nextWord && !nextWord.cap && PLACE_HEADS.get(nextWord.lower)) return undefined;
  // "the Indian Ocean", "the Persian Gulf": a body of water named by a people's adjective.
  if (seg.form === "demonym" && nextWord?.cap && WATER_HEADS.has(nextWord.lower)) return undefined;
  // "the Libyan conflict": a demonym before any other noun is an adjective, not the state acting.
  const plural = seg.form === "demonym" && /s$/.test(words[seg.end - 1].text) && !/s$/.test(c.demonyms[0] ?? "");
  // "killed nearly 35,000 Palestinians", "thousands of Sudanese": people counted are no state.
  const counted = seg.form === "demonym" && (words[seg.start - 1]?.pos === "NUM" || (words[seg.start - 1]?.lower === "of" && /^(dozens|hundreds|thousands|millions|scores|tens)$/.test(words[seg.start - 2]?.lower ?? "")));
  if (counted && !(nextWord && (STATE_FORCE_NOUNS.has(nextWord.lower) || ARMY_NOUNS.has(nextWord.lower)))) return undefined;
  // "a Russian missile strike", "an Israeli air strike": the state strikes.
  const strike = !!nextWord && (WEAPON_HEADS.has(nextWord.lower) || nextWord.lower === "air") && OPPOSE_NOUNS.has(words[seg.end + 1]?.lower ?? "");
  // "its Palestinian ally Hamas": the demonym describes the ally named after it.
  if (seg.form === "demonym" && /^(ally|allies|partner|proxy)$/.test(nextWord?.lower ?? "") && words[seg.end + 1]?.cap === true && words[seg.end + 1].pos === "PROPN") return undefined;
  // "fighting South African rule", "under Indonesian occupation": the state whose rule or occupation it is.
  if (seg.form === "demonym" && !plural && !strike && !(nextWord && (SUPPORT_NOUNS.has(nextWord.lower) || /^(ally|allies|rule|occupation)$/.test(nextWord.lower) || HELD_NOUNS.has(nextWord.lower) || OPPOSE_NOUNS.has(nextWord.lower) || TITLES.get(nextWord.lower) || TITLES.get(next2) || nextWord.cap || portfolioTitleAt(words, seg.end)))) return undefined;
  if (seg.form === "capital") {
    const prev = words[seg.start - 1]?.lower ?? "";
    // "CAIRO (AP) —": a dateline names where the story was filed.
    const dateline = isDatelineCity(words[seg.start].text) && seg.start < datelineCityEnd(words);
    // "accused Caracas of", "has supplied Baku with drones": the capital is the one addressed or given to.
    // "Moscow's backing", "Tehran's proxies": what a capital has as a party is its government's.
    // "Washington's main partner": describing words may come between.
    let ownedAt = seg.end + 1;
    while (words[ownedAt] && words[ownedAt].pos === "ADJ" && ownedAt < seg.end + 3) ownedAt++;
    const owned = nextWord?.text === "'s" ? words[ownedAt]?.lower ?? "" : "";
    const partyOwns = [SUPPORT_NOUNS, ALLY_WORDS, PROXY_NOUNS, BACKER_NOUNS, GROUP_NOUNS, STATE_FORCE_NOUNS].some((nouns) => nouns.has(owned));
    // "backed by Tehran": who backs is a party.
    const backer = prev === "by" && SUPPORT_PARTICIPLES.has(words[seg.start - 2]?.lower ?? "");
    // "Washington, Kyiv's biggest military backer,", "Moscow, a key ally of Damascus,": a capital that an apposition
    // calls a backer, ally or proxy is its government.
    const apposed = nextWord?.text === "," && relationApposed(words, seg.end);
    const addressed = partyOwns || backer || apposed || ADDRESS_VERBS.has(prev) || (words[seg.start - 1] !== undefined && verbForms(words[seg.start - 1]).some((f) => SUPPORT_VERBS.has(f)));
    // "in eastern Baghdad has killed": the preposition before the place's describing words.
    let q = seg.start - 1;
    while (q > 0 && !words[q].cap && (words[q].pos === "ADJ" || COMPASS.has(words[q].lower))) q--;
    // "Baghdad and Ankara signed": the first of two capitals acting together.
    // ("Addis Ababa and Asmara, which were allies": or a relative clause about them.)
    const secondCapital = nextWord?.lower === "and" ? capitalAt(words, seg.end + 1) : 0;
    const actsAfter = (k: number) => /^(VERB|AUX)$/.test(words[k]?.pos ?? "") || (words[k]?.text === "," && /^(which|who)$/.test(words[k + 1]?.lower ?? ""));
    // (The second of the two, too.)
    const firstCapital = words[seg.start - 1]?.lower === "and" && [1, 2, 3].some((n) => capitalAt(words, seg.start - 1 - n) === seg.start - 1);
    const together = (secondCapital > 0 && actsAfter(secondCapital)) || (firstCapital && actsAfter(seg.end));
    if (dateline || LOCATIVE.has(prev) || LOCATIVE.has(words[q]?.lower ?? "") || (!/^(VERB|AUX)$/.test(nextWord?.pos ?? "") && !addressed && !together)) {
      const place = placeRecord(ctx, surfaceOf(words, seg.start, seg.end), "CITY", surfaceOf(words, seg.start, seg.end));
      place.capitalOf = c.iso3;
      return add(ctx, seg.start, seg.end, place);
    }
    return add(ctx, seg.start, seg.end, ctx.table.state(c, ctx.sentence, surfaceOf(words, seg.start, seg.end)));
  }
  const prev = words[seg.start - 1]?.lower ?? "";
  const surface = surfaceOf(words, seg.start, seg.end);
  // "BAMAKO, Mali (Reuters) -": the country of a dateline is where the story was filed.
  if (words[seg.start - 1]?.text === "," && seg.start < datelineDash(words) && /^[(—–-]+$/.test(nextWord?.text ?? "")) return add(ctx, seg.start, seg.end, ctx.table.countryPlace(c, ctx.sentence, surface));
  // "in northeast Syria", "across war-torn eastern Congo": the preposition before the place's describing words.
  let p = seg.start - 1;
  while (p > seg.start - 3 && p > 0 && !words[p].cap && (words[p].pos === "ADJ" || COMPASS.has(words[p].lower))) p--;
  const placePrep = words[p]?.lower ?? "";
  if (seg.form === "name" && LOCATIVE.has(placePrep) && nextWord?.text !== "'s" && !/^(support|help|aid|assistance)$/.test(words[p - 1]?.lower ?? "")) return add(ctx, seg.start, seg.end, ctx.table.countryPlace(c, ctx.sentence, surface));
  return add(ctx, seg.start, seg.end, ctx.table.state(c, ctx.sentence, seg.form === "name" ? surface : undefined));
}

// What two countries do together: "a joint Russian-Syrian offensive" (their war or border is no deed of a party).
const JOINT_ACTION_NOUNS = new Set(["offensive", "operation", "operations", "strikes", "airstrikes", "raids", "campaign", "patrols", "bombing"]);

/** Whether the apposition opening at the comma `b` is headed by a noun of backing or alliance ("…, Iran's main patron"). */
function relationApposed(words: Word[], b: number): boolean {
  for (let k = b + 1; k < b + 8 && words[k]; k++) {
    if (relationNounAt(words, k)) return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(words[k].pos) && !POSSESSIVE.test(words[k].text)) return false;
  }
  return false;
}

/** Where a capital's name starting at word `p` ends ("Addis Ababa"), or 0. */
function capitalAt(words: Word[], p: number): number {
  for (let n = 3; n >= 1; n--) if (words[p + n - 1]?.cap && countryForm(surfaceOf(words, p, p + n))?.form === "capital") return p + n;
  return 0;
}

/**
 * "a combined Ugandan-Libyan force", "joint Russian-Syrian airstrikes", "US-Iraqi forces": one word
 * naming two countries names both, each as it would be alone, in one mention.
 */
function hyphenedPair(ctx: Ctx, at: number): boolean {
  const text = ctx.words[at].text;
  const parts = text.split("-");
  if (parts.length !== 2) return false;
  const a = countryForm(parts[0]), b = countryForm(parts[1]);
  if (!a || !b || a.form === "capital" || b.form === "capital" || a.country === b.country) return false;
  // Only where the word names who acts: "the Kenya-Somalia border", "the Iran-Iraq war" name no party.
  const next = ctx.words[at + 1]?.lower ?? "";
  if (!(STATE_FORCE_NOUNS.has(next) || GROUP_NOUNS.has(next) || ARMY_NOUNS.has(next) || JOINT_ACTION_NOUNS.has(next) || COALITION_NOUNS.has(next))) return false;
  const before = ctx.out.length;
  countryMention(ctx, { kind: "country", start: at, end: at + 1, country: a.country, form: a.form });
  const first = ctx.out.length > before ? ctx.out.pop() : undefined;
  countryMention(ctx, { kind: "country", start: at, end: at + 1, country: b.country, form: b.form });
  const second = ctx.out.length > before ? ctx.out.pop() : undefined;
  if (!first || !second || first.kind !== second.kind) return false;
  // ("a combined Ugandan-Libyan force": a band of both is each state's own.)
  if (!/^(state|army|gov):/.test(first.key) || !/^(state|army|gov):/.test(second.key)) {
    first.key = ctx.table.state(a.country, ctx.sentence).key;
    second.key = ctx.table.state(b.country, ctx.sentence).key;
  }
  // (The word names neither country alone.)
  for (const m of [first, second]) {
    const r = ctx.table.get(m.key);
    if (r?.aliases.has(text)) ctx.table.removeAlias(r, text);
  }
  ctx.out.push({ ...first, with: [second.key] });
  return true;
}

function nameMention(ctx: Ctx, a: number, b: number, titles: Array<Extract<Segment, { kind: "title" }>>) {
  const { words, k } = ctx;
  const surface = surfaceOf(words, a, b);
  const next = words[b];
  const prev = words[a - 1]?.lower ?? "";
  // "the Kremlin", "the Pentagon": a seat of government speaks and acts for its state.
  const seat = SEATS_OF_GOVERNMENT.get(surface.toLowerCase());
  const seatOf = seat ? countryByIso3(seat) : undefined;
  if (seatOf) return add(ctx, a, b, ctx.table.state(seatOf, ctx.sentence, surface));
  // A dateline ("NINGBO, November 22 (Reuters) -", "MOGADISHU, Somalia (AP) —") names where the story was filed.
  // An acronym the article spells out ("HTS, led by …") is that party, not a dateline.
  // ("CAIRO — A North Sinai businessman …": or a dash right after it.)
  // ("ISLAMABAD/KABUL, March 18": or two.)
  if ((a === 0 || (words[a - 1].text === "/" && a < datelineCityEnd(words))) && (next?.text === "," || (next?.text === "/" && a < datelineCityEnd(words)) || /^[—–-]+$/.test(next?.text ?? "") || (next?.text === "(" && words[b + 2]?.text === ")")) && words.slice(a, b).every((x) => /^[A-Z][A-Z'-]+$/.test(x.text)) && !k.acronyms.has(surface)) {
    const place = surface.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (x) => x.toUpperCase());
    return add(ctx, a, b, placeRecord(ctx, place, "CITY", surface));
  }
  // "Banda Aceh (ANTARA News) -", "Dar es Salaam, April 11 (Xinhua) --": a dateline in mixed case, of a town the gazetteer knows.
  if (a === 0 && b === datelineCityEnd(words) && datelineDash(words) > 0 && bestCity(surface, ctx.docCountries)) return add(ctx, a, b, placeRecord(ctx, surface, "CITY", surface));
  if (isDatelineAgency(words, a, b)) return undefined;
  if (weaponModel(ctx, a, b)) return undefined;
  // "Private military contractors …": a sentence's first word is capitalised whatever it is.
  if (a === 0 && b - a === 1 && !words[a].acronym && isCommonNoun(words[a].lower)) return undefined;
  if (b - a === 1 && words[a].acronym) {
    const full = k.acronyms.get(words[a].text);
    // "LNA forces", not "EU military instructors", where the group noun only describes the noun after it.
    const after = words[b + 1];
    const describing = after?.pos === "NOUN" && !after.cap && !GROUP_NOUNS.has(after.lower) && ACTOR_HEADS.get(after.lower) === undefined;
    const group = next && GROUP_NOUNS.has(next.lower) && !describing;
    // "LNA forces", "RSF fighters": the group itself.
    const fullArmy = full ? stateArmyOfName(full) : undefined;
    if (fullArmy) return forceOfState(ctx, a, group ? b + 1 : b, fullArmy, "army");
    if (full) return add(ctx, a, group ? b + 1 : b, orgRecord(ctx, full, typeOfFull(full, k), words[a].text));
    // "the jihadist group JNIM": the noun before an acronym says what it is.
    const said = words[a - 1] && !words[a - 1].cap ? ACTOR_HEADS.get(words[a - 1].lower) : undefined;
    const r = ctx.table.upsert({ key: `org:${slug(surface)}`, kind: "actor", type: group ? "ARMED_GROUP" : said ?? "ORGANIZATION", name: surface }, ctx.sentence);
    // "the CPI (Maoist)", "the CPN (Unified Socialist)": a faction's word in brackets is part of the acronym's name.
    // ("CPI (Maoist) general secretary X": the mention takes the brackets in, so that a title may follow it.)
    const faction = factionAfter(words, b);
    if (faction) r.aliases.add(`${surface} (${faction.text})`);
    return add(ctx, a, faction ? faction.end : group ? b + 1 : b, r);
  }
  // "Rwanda Defence Force", "Ethiopian National Defense Force": a state's army by its proper name.
  const army = stateArmyNamed(words, a, b);
  if (army) return forceOfState(ctx, a, b, army, "army");
  const defined = k.acronymOf.has(surface);
  const type = typeOfName(words, a, b);
  if (type || defined) {
    const r = orgRecord(ctx, surface, type ?? typeOfFull(surface, k));
    // "the Communist Party of Nepal (Maoist)", "the UNLF (Pambei)": a faction's word in brackets is part of its name.
    const faction = factionAfter(words, b);
    if (next?.text === "(" && words[b + 1]?.acronym) r.aliases.add(words[b + 1].text);
    else if (faction) r.aliases.add(`${surface} (${faction.text})`);
    return add(ctx, a, b, r);
  }
  // "the Gaza Strip", "the Red Sea": a proper name that ends in a kind of place.
  // "Rakhine State", "Borno State": a state of a federation ("Islamic State", "Islamic State Sahel Province" are names).
  const ownPlaceType = b - a > 1 && !JIHADIST_NAME.test(surface) ? PLACE_HEADS.get(words[b - 1].lower) ?? (words[b - 1].text === "State" && words[b - 2].pos === "PROPN" ? "REGION" : undefined) : undefined;
  if (ownPlaceType && !typeOfName(words, a, b)) return add(ctx, a, b, placeRecord(ctx, surface, ownPlaceType, surface));
  // "Hamas, which is backed by Iran": what is backed is a party, known or not.
  // "Hamas, led by Yahya Sinwar,": what a person leads is a party too.
  const backedAfter = next?.text === "," && ((/^(which|who)$/.test(words[b + 1]?.lower ?? "") && words.slice(b + 2, b + 6).some((x) => SUPPORT_PARTICIPLES.has(x.lower))) || (/^(led|headed|commanded)$/.test(words[b + 1]?.lower ?? "") && words[b + 2]?.lower === "by"));
  if (backedAfter && !countryForm(surface) && words[a].pos === "PROPN") return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  // "Kataib Hezbollah, one of the most powerful factions in …": an apposition says what the name is.
  // "An al-Qaida affiliate, Ansarul Islam, claimed …": the apposition may come first.
  const describer = prev === "," && next?.text === "," && DESCRIBING_NOUNS.has(words[a - 2]?.lower ?? "") && !/s$/.test(words[a - 2].lower) && words.slice(Math.max(0, a - 6), a - 2).some((x) => /^(a|an)$/.test(x.lower)) ? words[a - 2].lower : undefined;
  const described = describedAs(words, b) ?? describer;
  const ledBy = ledByAt(words, a - 1) >= 0 || (prev === "by" && LEADING_VERBS.has(words[a - 2]?.lower ?? ""));
  if (described && words[a].pos === "PROPN" && !countryForm(surface) && !titles.length && !ledBy && !knownPerson(k.people, surface, false)) return add(ctx, a, b, orgRecord(ctx, surface, COALITION_NOUNS.has(described) ? "POLITICAL_GROUP" : "ARMED_GROUP"));
  // "Rakhine state", "Borno state": a lower-case "state" after a name is a province ("Islamic State" is a name).
  const province = next?.text === "state";
  // "Aleppo international airport", "the Jenin refugee camp", "Makoanyane military barracks": one lower-case word may say what kind of site.
  const describedSite = next !== undefined && !next.cap && (next.pos === "ADJ" || (next.pos === "NOUN" && !GROUP_NOUNS.has(next.lower))) && PLACE_HEADS.get(words[b + 1]?.lower ?? "") === "SITE" && !words[b + 1].cap;
  const placeHead = next ? (PLACE_HEADS.get(`${next.lower} ${words[b + 1]?.lower}`) || describedSite ? 2 : PLACE_HEADS.get(next.lower) || province ? 1 : 0) : 0;
  if (placeHead) {
    const full = surfaceOf(words, a, b + placeHead);
    const headType = province ? "REGION" : describedSite ? "SITE" : PLACE_HEADS.get(words.slice(b, b + placeHead).map((w) => w.lower).join(" "))!;
    // ("the Jenin refugee camp" is not Jenin: the town's name only places it.)
    // (Nor is "Donetsk airport" Donetsk: a site is no other name of the town it is named for, as a region is.)
    return add(ctx, a, b + placeHead, describedSite || headType === "SITE" ? placeRecord(ctx, full, headType, full, undefined, surface) : placeRecord(ctx, full, headType, full, surface));
  }
  // "Tuareg separatist rebels": one describing word may come between the name and its noun.
  let nounAt = next && GROUP_NOUNS.has(next.lower) ? b : next?.pos === "ADJ" && !next.cap && GROUP_NOUNS.has(words[b + 1]?.lower ?? "") ? b + 1 : -1;
  // "the Wagner private military company", "Tuareg rebel group": a group noun may only describe the head after it.
  while (nounAt >= 0 && words[nounAt + 1] && !words[nounAt + 1].cap && words[nounAt + 1].pos === "NOUN" && (GROUP_NOUNS.has(words[nounAt + 1].lower) || ACTOR_HEADS.get(words[nounAt + 1].lower) !== undefined)) nounAt++;
  // "the Islamist group Hayat Tahrir al-Sham": describing words before a group's own name are not a name.
  const nameAfter = nounAt >= 0 && describesNameAfter(words, a, b, nounAt);
  if (nounAt >= 0 && b - a === 1 && IDEOLOGY_WORDS.has(words[a].lower)) return undefined;
  // "Kurdish peshmerga fighters" in a story that names "Peshmerga units": the word between, lower-cased, is that group's name.
  const namedBetween = next && !next.cap && GROUP_NOUNS.has(words[b + 1]?.lower ?? "") ? [...k.groups].find((g) => g.toLowerCase() === next.lower) : undefined;
  if (namedBetween) return add(ctx, a, b + 2, ctx.table.upsert({ key: `org:${slug(namedBetween)}`, kind: "actor", type: "ARMED_GROUP", name: namedBetween, aliases: [surfaceOf(words, a, b + 2)] }, ctx.sentence));
  if (nounAt >= 0 && !nameAfter && !(k.people.has(surface) && titles.length)) {
    // "the FDLR, a Rwandan Hutu rebel group,": an apposition says what the party before it is; it names no other.
    if (apposedDescription(words, a)) return undefined;
    // "al-Shabab extremists" is al-Shabab; "Misratan forces", "Islamist insurgents" have no name without their noun.
    const adjectival = b - a === 1 && ADJECTIVAL_NAME.test(surface);
    const full = surfaceOf(words, a, nounAt + 1);
    const r = ctx.table.upsert({ key: `org:${slug(surface)}`, kind: "actor", type: "ARMED_GROUP", name: adjectival ? full : surface, aliases: [adjectival ? surface : full] }, ctx.sentence);
    return add(ctx, a, nounAt + 1, r);
  }
  // "the Houthi movement", "the Wagner group": a name with its kind after it.
  const kindAfter = next && !next.cap ? ACTOR_HEADS.get(next.lower) : undefined;
  // ("an Islamist movement": a word for a creed only describes it.)
  if (kindAfter && kindAfter !== "ORGANIZATION" && !countryForm(surface) && !describesNameAfter(words, a, b, b) && !(b - a === 1 && IDEOLOGY_WORDS.has(words[a].lower))) {
    const r = ctx.table.upsert({ key: `org:${slug(surface)}`, kind: "actor", type: kindAfter, name: surfaceOf(words, a, b + 1), aliases: [surface] }, ctx.sentence);
    return add(ctx, a, b + 1, r);
  }
  // "militias known as Wazalendo", "a group calling itself Ansar Dine": the name a group goes by.
  const n = prev === "the" ? a - 1 : a;
  const namedAs = (words[n - 1]?.lower === "as" && /^(known|dubbed|styled)$/.test(words[n - 2]?.lower ?? "")) || /^(called|dubbed|named)$/.test(words[n - 1]?.lower ?? "") || (/^(itself|themselves)$/.test(prev) && /^(calling|call|calls)$/.test(words[a - 2]?.lower ?? ""));
  if (namedAs && words.slice(Math.max(0, a - 5), a).some((x) => GROUP_NOUNS.has(x.lower) || ACTOR_HEADS.get(x.lower) === "ARMED_GROUP" || x.lower === "armed")) return add(ctx, a, b, orgRecord(ctx, surface, "ARMED_GROUP"));
  // "a member of the Frontline States": what a party is a member of is a body (not a place: "members of India's parliament").
  const memberOf = n > 1 && words[n - 1]?.lower === "of" && /^(member|members)$/.test(words[n - 2]?.lower ?? "") && next?.text !== "'s";
  if (memberOf && words[a].pos === "PROPN" && !countryForm(surface) && !knownPerson(k.people, surface, true) && !bestCity(surface, ctx.docCountries)) return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  const descriptor = ACTOR_HEADS.get(prev);
  if (descriptor && !words[a - 1].cap) return add(ctx, a, b, orgRecord(ctx, surface, descriptor));
  if (JIHADIST_NAME.test(surface)) return add(ctx, a, b, orgRecord(ctx, surface, "ARMED_GROUP"));
  // "Los Lobos", "Los Chone Killers": a name that opens with a Spanish plural article and is no known place names a band.
  if (/^(Los|Las)$/.test(words[a].text) && b - a >= 2 && words[a - 1]?.text !== "\"" && !bestCity(surface, ctx.docCountries) && !citiesNamed(surface).length) return add(ctx, a, b, orgRecord(ctx, surface, "ARMED_GROUP"));
  const describing = describesNoun(ctx, a, b);
  // "Lebanon's Hezbollah", "Iraq's Kataib Hezbollah": a country's own named body (its people are known by title).
  const countryOwned = prev === "'s" && countryForm(words[a - 2]?.text ?? "") !== undefined && words[a].pos === "PROPN" && !titles.length && ![...k.people].some((p) => p === surface || p.endsWith(` ${surface}`));
  if (countryOwned && !describing && !bestCity(surface, ctx.docCountries)) return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  // "the Houthis": the plural of a group named elsewhere in the article.
  const singular = surface.endsWith("s") ? surface.slice(0, -1) : "";
  if (singular && k.groups.has(singular)) return add(ctx, a, b, ctx.table.upsert({ key: `org:${slug(singular)}`, kind: "actor", type: "ARMED_GROUP", name: singular }, ctx.sentence, surface));
  if (k.groups.has(surface) && !describing) return add(ctx, a, b, ctx.table.upsert({ key: `org:${slug(surface)}`, kind: "actor", type: "ARMED_GROUP", name: surface }, ctx.sentence));
  // ("the General Staff", "the Directorate General of Security": a body's name with "General" in it is no titled man.)
  const bodyAfterGeneral = b - a === 1 && GENERAL_BODIES.has(words[a].lower) && /^general$/i.test((prev === "of" ? words[a - 2] : words[a - 1])?.text ?? "");
  if (bodyAfterGeneral || (b - a === 1 && GENERAL_BODIES.has(words[a].lower) && words[a + 1]?.lower === "general")) return undefined;
  const isPerson = titles.length > 0 || knownPerson(k.people, surface, true);
  // "several armed groups in the region, including Hezbollah and Hamas": names listed among fighters are parties.
  if (!isPerson && /\p{L}{2}/u.test(surface) && listedAmongFighters(words, a) && words[a].pos === "PROPN") return add(ctx, a, b, orgRecord(ctx, surface, "ARMED_GROUP"));
  // "Taliban say … according to Taliban spokesman X": a name the story gave a party is that party
  // again, though some village bears it too (not where a place is expected: "in Kabul").
  // ("Hundreds of Wagner veterans" after "the Wagner Group": a group's name without its head word is the group.)
  const party = isPerson || describing || (LOCATIVE.has(prev) && words[a - 2]?.lower !== "according") ? undefined : ctx.table.get(`org:${slug(surface)}`) ?? groupByShortName(ctx, surface);
  if (party?.kind === "actor") return add(ctx, a, b, party);
  // "captured the town of Ber … withdrawn from Ber": a place the story named already is that place again.
  const named = isPerson ? undefined : ctx.table.get(`loc:${slug(surface)}`);
  if (named?.kind === "location") return add(ctx, a, b, named);
  const city = isPerson ? undefined : bestCity(surface, ctx.docCountries) ?? citiesNamed(surface)[0];
  // "Hamas's political bureau", "Puntland's forces": a name no gazetteer knows that owns what only a party has is one.
  if (!isPerson && !city && (partyOwned(words, b) || (prev === "the" && ownedByPerson(words, b, k.people))) && words[a].pos === "PROPN" && !knownPerson(k.people, surface, true)) return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  if (city && (city.population >= 20000 || LOCATIVE.has(prev) || prev === "of")) return add(ctx, a, b, placeRecord(ctx, surface, "CITY", surface));
  // "Houthi-held Hodeidah": what is held is a place.
  // "the port town Kyaukphyu": a name right after a kind of place is that place.
  // "took control of the centre of Khorog": a name after the part of a town ("centre of", "heart of") is the town.
  const placeSlot = (LOCATIVE.has(prev) && !/^(to|from|via|between)$/.test(prev)) || prev === "including" || (!words[a - 1]?.cap && PLACE_HEADS.get(prev) !== undefined) || HELD_BY.test(words[a - 1]?.text ?? "") || (words[a - 1] !== undefined && /^(VERB|NOUN)$/.test(words[a - 1].pos) && verbForms(words[a - 1]).some((f) => CONTROL_VERBS.has(f))) || (prev === "over" && words[a - 2]?.lower === "control") || (prev === "of" && (/^(control|capture|fall|siege|outskirts|centre|center|heart|swathes|swaths|parts|areas|much|most)$/.test(words[a - 2]?.lower ?? "") || PLACE_HEADS.get(words[a - 2]?.lower ?? "") !== undefined));
  const modifier = next !== undefined && !next.cap && next.pos === "NOUN";
  // ("overran Muammar Gaddafi's compound": a name owning what is taken is its owner, not the place.)
  const owner = POSSESSIVE.test(next?.text ?? "");
  if (!isPerson && b - a <= 3 && placeSlot && !owner && !modifier && !words.slice(a, b).some((x) => x.acronym)) return add(ctx, a, b, placeRecord(ctx, surface, "CITY", surface));
  // "provided funding to Hamas", "attacked by Hezbollah": an unknown name where a relation wants a party.
  // After "to", only what is given says a party is meant: "sent instructors to Crimea" names a place.
  const cues = words.slice(Math.max(0, a - 7), a - 1);
  const partySlot = prev === "to" ? cues.some((x) => SUPPORT_NOUNS.has(x.lower)) : /^(by|against)$/.test(prev) && cues.some((x) => SUPPORT_VERBS.has(x.lemma) || OPPOSE_VERBS.has(x.lemma) || OPPOSE_NOUNS.has(x.lower) || SUPPORT_NOUNS.has(x.lower));
  // ("the battle against Naxalism": a doctrine is no party.)
  const doctrine = b - a === 1 && /\p{Ll}{3}ism$/u.test(surface);
  if (!isPerson && !doctrine && b - a <= 3 && (partySlot || relationSlot(ctx, a, b)) && words[a].pos === "PROPN") return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  // "Somaliland President X", "Hezbollah Secretary-General X": a name opening the span before a title is the
  // body the office is held in (a town so named was taken as a place above).
  // ("Balochistan Chief Minister X", "Enga Governor X": a region's, which is no body; its head is placed with the offices.)
  const titleAfter = !isPerson && titles.length === 0 && next?.cap && words[a].pos === "PROPN" && !knownPerson(k.people, surface, true) ? longestTitle(words, b, words.length) : null;
  if (titleAfter && !REGION_HEADS.has(titleAfter.title)) return add(ctx, a, b, orgRecord(ctx, surface, "ORGANIZATION"));
  if (isPerson) {
    const t = titles[titles.length - 1];
    return add(ctx, a, b, personRecord(ctx, surface), t ? { start: titles[0].start, leads: t.leads } : undefined);
  }
  return undefined;
}

/** "Chinese foreign ministry spokesman X": a title a few lower-case words after a country's word, which owns the office. */
function portfolioTitleAt(words: Word[], from: number): boolean {
  for (let j = from; j < Math.min(words.length, from + 3); j++) {
    if (words[j].cap || !/^(NOUN|ADJ)$/.test(words[j].pos)) return false;
    // (Only a state's office: "Syrian opposition leader X" is a Syrian, no office of Syria's.)
    if (j > from && TITLES.get(words[j].lower) !== undefined) return words[j + 1]?.cap === true && OFFICE_TITLES.test(words[j].lower);
  }
  return false;
}

/** Whether the name ending at `b` owns a party's own part: "'s" and a describing word or two before it ("'s political bureau"). */
function partyOwned(words: Word[], b: number): boolean {
  if (words[b]?.text !== "'s" && words[b]?.text !== "'") return false;
  let j = b + 1;
  while (j < b + 3 && words[j] && !words[j].cap && (words[j].pos === "ADJ" || words[j].pos === "NUM" || words[j].text.includes("-"))) j++;
  return PARTY_OWNED_NOUNS.has(words[j]?.lower ?? "");
}

/**
 * "the Jamiat-i-Islami of Burhanuddin Rabbani": whether a person the article knows by their full name follows "of" at `b`,
 * making the name before it a body of theirs (the caller asks for "the" before it: "Operation of X" in a headline is none).
 */
function ownedByPerson(words: Word[], b: number, people: ReadonlySet<string>): boolean {
  if (words[b]?.lower !== "of" || !words[b + 1]?.cap) return false;
  for (const p of people) {
    const n = p.split(" ").length;
    if (n >= 2 && surfaceOf(words, b + 1, b + 1 + n) === p) return true;
  }
  return false;
}

/** A group the story named "<name> <Head>" ("Wagner Group", "Nusra Front"), for its name alone; not a common word ("Popular Front"). */
function groupByShortName(ctx: Ctx, surface: string) {
  if (isCommonNoun(surface.toLowerCase()) || countryForm(surface)) return undefined;
  for (const r of ctx.table.records.values()) {
    if (r.kind !== "actor" || !r.key.startsWith("org:") || r.type === "PERSON" || !r.name.startsWith(`${surface} `)) continue;
    const head = r.name.slice(surface.length + 1);
    if (/^\p{Lu}/u.test(head) && !head.includes(" ") && ACTOR_HEADS.get(head.toLowerCase()) !== undefined) return r;
  }
  return undefined;
}

/** A one-word name in the form of an adjective ("Misratan", "Islamist", "Kurdish"): it names no group without its noun. */
const ADJECTIVAL_NAME = /(an|ian|i|ist|ish|ese)$/;

/**
 * "Iraq's Kurdish rebellion", "Kurdish villages", "Kurdish leader X": a one-word name in the form of an adjective
 * before a noun other than one for fighters only describes that noun, though a group was named by it with such a
 * noun ("Kurdish irregulars"). Not a word the article uses as a noun ("the Taliban said"), nor one a party goes by
 * otherwise ("the Taliban administration"), nor before a noun that itself names fighters ("Baluchi levies fighters").
 */
function describesNoun(ctx: Ctx, a: number, b: number): boolean {
  const { words } = ctx;
  const surface = words[a].text;
  const next = words[b];
  if (b - a !== 1 || !ADJECTIVAL_NAME.test(surface) || ctx.k.nouns.has(surface) || !next || next.cap || next.pos !== "NOUN" || GROUP_NOUNS.has(words[b + 1]?.lower ?? "")) return false;
  const named = ctx.table.get(`org:${slug(surface)}`)?.name;
  return named === undefined || GROUP_NOUNS.has(named.slice(surface.length + 1));
}

/** Whether the words before `a` open an indefinite apposition: ", a Rwandan …", ", an ethnic …". */
function apposedDescription(words: Word[], a: number): boolean {
  let j = a - 1;
  while (j > 0 && j > a - 4 && (words[j].pos === "ADJ" || (words[j].cap && countryForm(words[j].text)?.form === "demonym"))) j--;
  return /^(a|an)$/.test(words[j]?.lower ?? "") && words[j - 1]?.text === ",";
}

/** Whether a list opener ends at word `k`: "including", or the "as" of "such as". */
const listEndsAt = (words: Word[], k: number) => listOpenerAt(words, k) === 1 || listOpenerAt(words, k - 1) === 2;

/** Whether `name` is a person the article knows, by their whole name or its end ("Haftar"), or (`orStart`) its start. */
function knownPerson(people: ReadonlySet<string>, name: string, orStart: boolean): boolean {
  const asLast = ` ${name}`;
  const asFirst = `${name} `;
  for (const p of people) if (p === name || p.endsWith(asLast) || (orStart && p.startsWith(asFirst))) return true;
  return false;
}

/** Whether a name is in a list opened by "including" or "such as" right after a noun for fighters. */
function listedAmongFighters(words: Word[], a: number): boolean {
  let j = a - 1;
  // Back over the list's earlier items: "including Hezbollah, the Houthis and Hamas".
  // The walk stops on "including", or on the "as" of "such as".
  while (j > 0 && j > a - 12 && !listEndsAt(words, j)) {
    // Only names, their articles and describing words, commas and "and": ", which controls Aden" ends the list.
    const listWord = words[j].cap || /^(DET|ADJ|CCONJ)$/.test(words[j].pos) || /^[,()]$/.test(words[j].text);
    if (!listWord || /^(which|who|that)$/.test(words[j].lower)) return false;
    j--;
  }
  if (!listEndsAt(words, j)) return false;
  const opener = listOpenerAt(words, j) === 1 ? j : j - 1;
  for (let k = opener - 1; k >= Math.max(0, opener - 8); k--) {
    if (FIGHTER_LIST_NOUNS.has(words[k].lower)) return true;
    // "most townships of Rakhine State including Paletwa": a list of places.
    if (/^(VERB|AUX)$/.test(words[k].pos) || PLACE_HEADS.get(words[k].lower.replace(/s$/, "")) !== undefined) return false;
  }
  return false;
}

/** The state whose army a name is: a country form, then an army noun ("Defence Force" perhaps "National"). */
/** The last word of every name in ARMY_NOUNS ("army", "armed forces", "defence force"). */
const ARMY_LAST_WORDS = new Set([...ARMY_NOUNS].map((noun) => noun.split(" ").pop()!));

function stateArmyNamed(words: Word[], a: number, b: number): CountryInfo | undefined {
  // "the Armed Forces Sudanese", "the Forces Armed Malian": a translation's people-word after the army's words.
  const after = b - a >= 2 ? countryForm(words[b - 1].text) : undefined;
  if (after?.form === "demonym") {
    const head = words.slice(a, b - 1).map((w) => w.lower).join(" ");
    return ARMY_NOUNS.has(head) || ARMY_NOUNS.has(head.split(" ").reverse().join(" ")) ? after.country : undefined;
  }
  // Asked of every name: only one ending in an army's own word can be one, and most names are turned away here.
  if (!ARMY_LAST_WORDS.has(words[b - 1]?.lower ?? "")) return words.slice(a, b).some((w) => ARMY_LAST_WORDS.has(w.lower)) && words.slice(a, b).some((w) => w.lower === "of") ? stateArmyOfName(surfaceOf(words, a, b)) : undefined;
  for (let n = Math.min(3, b - a - 1); n >= 1; n--) {
    const c = countryForm(surfaceOf(words, a, a + n));
    if (!c || c.form === "capital") continue;
    const rest = words.slice(a + n, b).map((w) => w.lower);
    // "Libyan National Army" is Haftar's, not Libya's: only a defence force may be "national".
    const qualifier = rest[0] === "national" ? 1 : rest[0] === "people" && rest[1] === "'s" ? 2 : 0;
    if (qualifier && /^defen[cs]e$/.test(rest[qualifier] ?? "")) rest.splice(0, qualifier);
    return ARMY_NOUNS.has(rest.join(" ")) ? c.country : undefined;
  }
  return undefined;
}

/**
 * "Armed Forces of the Philippines", "Forces of Defense of the People of Uganda" (a translated "Uganda
 * People's Defence Force"): a state's army named with its country after "of".
 */
function stateArmyOfName(name: string): CountryInfo | undefined {
  const parts = name.split(" of ");
  for (let n = 1; n < parts.length; n++) {
    const c = countryForm(parts.slice(n).join(" of ").replace(/^the /, ""));
    if (!c || c.form === "capital") continue;
    // ("… of the People", "… of the Nation": whose the force is, not what kind.)
    const head = parts.slice(0, n).join(" of ").toLowerCase().replace(/ of the (people|nation)$/, "");
    // ("Forces of Defense" is "defense forces".)
    const turned = head.replace(/^(\w+) of (\w+)$/, "$2 $1");
    return ARMY_NOUNS.has(head) || ARMY_NOUNS.has(turned) ? c.country : undefined;
  }
  return undefined;
}

/**
 * "Storm Shadow cruise missiles", "MiG-29 fighter jets", "Patriot air defence launchers": a name
 * before a weapon's noun (with at most two describing words between) is the weapon's model, unless
 * the article knows it as a party ("Houthi drones").
 */
function weaponModel(ctx: Ctx, a: number, b: number): boolean {
  const { words, k } = ctx;
  // The words after the name first: for most names no weapon follows, and no look-up is needed.
  let weapon = false;
  for (let i = b; i < b + 3 && i < words.length; i++) {
    const w = words[i];
    if (w.cap || !/^(NOUN|ADJ|PROPN|NUM)$/.test(w.pos)) break;
    if (weaponHeadAt(words, i)) {
      weapon = true;
      break;
    }
  }
  if (!weapon) return false;
  const surface = surfaceOf(words, a, b);
  return !(k.groups.has(surface) || k.acronyms.has(surface) || k.acronymOf.has(surface) || countryForm(surface));
}

/**
 * "Qatar has bankrolled Hamas", "Hezbollah has fired rockets at Israel": an unknown name right
 * after a verb of support or attack, or opening a sentence whose verb is one, is a party.
 */
function relationSlot(ctx: Ctx, a: number, b: number): boolean {
  const { words } = ctx;
  const before = words[a - 1]?.lower === "the" ? a - 2 : a - 1;
  // The tagger takes "supplies", "arms" for nouns; right after a party they are its verb.
  // "Iran, which funds and arms Hamas": a relative pronoun's verbs are verbs too.
  const afterParty = ctx.out.some((m) => m.end === before && m.kind === "actor") || /^(which|who)$/.test(words[before - 1]?.lower ?? "") || (words[before - 1]?.lower === "and" && /^(which|who)$/.test(words[before - 3]?.lower ?? ""));
  // "Iranian-backed Hezbollah"
  if (hyphenedCountry(words, before, HYPHEN_SIDED)) return true;
  // "has fought Hamas", "clashed with the Tuareg": only a side is fought.
  if (combatAt(words, before) || (words[before]?.lower === "with" && combatAt(words, before - 1))) return true;
  // "its ally Hamas", "its rival Boko Haram", "Iran's proxy Kataib Hezbollah"
  // What is backed is a party; what is attacked is as often a place ("attacked El Geneina").
  if ((verbAt(words, before, SUPPORT_VERBS) && (words[before].pos !== "NOUN" || words[before].lower.endsWith("ing") || afterParty)) || PROXY_NOUNS.has(words[before]?.lower ?? "") || RIVAL_NOUNS.has(words[before]?.lower ?? "") || /^(ally|allies)$/.test(words[before]?.lower ?? "")) return true;
  const opens = a === 0 || (a === 1 && words[0].lower === "the");
  if (!opens || !(words[b]?.text === "," || /^(VERB|AUX)$/.test(words[b]?.pos ?? ""))) return false;
  // "Rifles supplied by …": a capital at the start of a sentence is no name when the word is a common noun.
  if (b - a === 1 && isCommonNoun(words[a].lower)) return false;
  // Its own predicate must be the relation: "Hezbollah, Iran's proxy, has fired …", not "Reuters reported that …".
  let i = b;
  if (words[b]?.text === ",") {
    const close = words.findIndex((x, k) => k > b && x.text === ",");
    if (close < 0 || close - b > 10) return false;
    if (words.slice(b, close).some((_, k) => relationNounAt(words, b + k))) return true;
    // "Hamas, which has fought Israel in Gaza, …": the relative clause's own verb is the relation.
    if (/^(which|who)$/.test(words[b + 1]?.lower ?? "") && words.slice(b + 2, close).some((_, k) => relationVerbAt(words, b + 2 + k) && /^(VERB|AUX)$/.test(words[b + 2 + k].pos))) return true;
    i = close + 1;
  }
  while (i < words.length && /^(AUX|ADV|PART)$/.test(words[i].pos) && !/^(is|are|was|were)$/.test(words[i].lower)) i++;
  if (/^(is|are|was|were)$/.test(words[i]?.lower ?? "")) return words.slice(i + 1, i + 6).some((_, k) => relationNounAt(words, i + 1 + k));
  return relationVerbAt(words, i);
}

// What relationSlot() asks of the words around a name, apart from it (no closure made at each call).
const verbAt = (words: Word[], i: number, verbs: Set<string>) => words[i] !== undefined && /^(VERB|ADJ|NOUN)$/.test(words[i].pos) && verbForms(words[i]).some((f) => verbs.has(f));
const relationVerbAt = (words: Word[], i: number) => verbAt(words, i, SUPPORT_VERBS) || verbAt(words, i, OPPOSE_VERBS);
const relationNounAt = (words: Word[], i: number) => PROXY_NOUNS.has(words[i]?.lower ?? "") || ALLY_WORDS.has(words[i]?.lower ?? "") || BACKER_NOUNS.has(words[i]?.lower ?? "");
const combatAt = (words: Word[], k: number) => words[k] !== undefined && /^(VERB|NOUN)$/.test(words[k].pos) && verbForms(words[k]).some((f) => COMBAT_VERBS.has(f));

/** The noun heading an apposition after `b` (", one of the armed factions in …"), if it describes a party. */
export function describedAs(words: Word[], b: number): string | undefined {
  if (words[b]?.text !== ",") return undefined;
  // (Quote marks take no room of their own.)
  let room = 8;
  for (let k = b + 1; k < Math.min(words.length, b + 1 + room); k++) {
    const x = words[k];
    if (/^["“”]$/.test(x.text)) {
      room++;
      continue;
    }
    if (x.lower === "one" || x.lower === "of" || /^(DET|ADJ|ADV|NUM)$/.test(x.pos) || (x.text.includes("-") && !x.cap)) continue;
    // ('a loose grouping of local "patriot" militias': quotes round a describing word are no part of the phrase,
    // and a noun for a collection of something is described by what it collects.)
    const quoted = /^["“”]$/.test(words[k + 1]?.text ?? "") && words[k + 2]?.pos === "NOUN";
    if (x.pos === "NOUN" && (quoted || (words[k + 1]?.lower === "of" && !DESCRIBING_NOUNS.has(x.lower)))) continue;
    // "a former rebel leader": the head is the last noun of the phrase.
    if (x.pos !== "NOUN" || words[k + 1]?.pos === "NOUN") return undefined;
    // "Moura, the army said": a noun with its own verb opens a clause; it describes nothing.
    const after = words[k + 1];
    // ("Kilinochchi, the rebels' capital": what the noun owns is what the name is.)
    if (after && POSSESSIVE.test(after.text)) return undefined;
    // ("militias that fight …": a relative pronoun the tagger reads as a determiner closes it too.)
    const closes = !after || /^(ADP|PUNCT|SCONJ|PRON)$/.test(after.pos) || /^(that|which|who)$/.test(after.lower) || (after.pos === "VERB" && words[k + 2]?.lower === "by");
    return closes && DESCRIBING_NOUNS.has(x.lower) ? x.lower.replace(/s$/, "") : undefined;
  }
  return undefined;
}

/** The tagger's lexicon knows an inflected common noun ("rifles" → "rifle"); names it does not. */
function isCommonNoun(lower: string): boolean {
  return lower.endsWith("ing") || (!lower.includes("-") && lexiconLemma(lower) !== lower) || /^(ADJ|ADV|ADP|DET|PRON|VERB|AUX|CCONJ|SCONJ|NUM)$/.test(lexiconPos(lower)) || SUPPORT_NOUNS.has(lower) || GROUP_NOUNS.has(lower) || STATE_FORCE_NOUNS.has(lower);
}

function typeOfFull(full: string, k: Knowledge): ActorType {
  const parts = full.split(/\s+/).map((text) => ({ text, lower: text.toLowerCase() }));
  const named = typeOfName(parts, 0, parts.length);
  if (named) return named;
  for (const [acr, f] of k.acronyms) if (f === full && k.groups.has(acr)) return "ARMED_GROUP";
  return JIHADIST_NAME.test(full) ? "ARMED_GROUP" : "ORGANIZATION";
}

// What the loops over spans and segments ask of the mentions found, apart from them: a closure
// over the loop's span or segment would be made at every one.
/** Whether a mention covers words a..b. */
const covered = (mentions: Mention[], a: number, b: number) => mentions.some((m) => m.start <= a && m.end >= b);
/** Whether a mention overlaps words a..b. */
const overlapped = (mentions: Mention[], a: number, b: number) => mentions.some((m) => m.start < b && a < m.end);

/** A faction's words in brackets right after word `b` ("(Maoist)", "(Unified Socialist)"), no country's, and where the brackets end. */
function factionAfter(words: Word[], b: number): { text: string; end: number } | undefined {
  if (words[b]?.text !== "(") return undefined;
  let e = b + 1;
  while (e < b + 4 && words[e]?.cap && !words[e].acronym) e++;
  return e > b + 1 && words[e]?.text === ")" && !countryForm(surfaceOf(words, b + 1, e)) ? { text: surfaceOf(words, b + 1, e), end: e + 1 } : undefined;
}

/** Titles of a region's head, not a state's. */
const REGION_HEADS = new Set(["governor", "chief minister"]);

/** Bodies two states each have, named once for both: "the Ugandan and Congolese governments". */
/**
 * Where the body's noun that a demonym at a..b follows stands ("the army Malian", "troops Ugandan"), and the
 * noun; the second of two demonyms sharing it ("soldiers French and Malians") starts its own mention. Only a
 * demonym that ends the phrase: before another noun ("troops Ugandan officials said") it describes that one.
 */
function postposedBodyAt(words: Word[], a: number, b: number): { start: number; noun: string } | undefined {
  if (countryForm(words[a].text)?.form !== "demonym" || /^(NOUN|PROPN)$/.test(words[b]?.pos ?? "") && words[b].cap) return undefined;
  const second = words[a - 1]?.lower === "and" && countryForm(words[a - 2]?.text ?? "")?.form === "demonym";
  const k = second ? a - 3 : a - 1;
  const w = words[k];
  if (!w || w.cap) return undefined;
  const noun = SINGULAR_BODIES.get(w.lower) ?? w.lower;
  if (!STATE_FORCE_NOUNS.has(noun) && !ARMY_NOUNS.has(noun) && !GOVERNMENT_NOUNS.has(noun)) return undefined;
  return { start: second ? a : k, noun };
}

const SINGULAR_BODIES = new Map([["governments", "government"], ["armies", "army"], ["militaries", "military"]]);

export function findMentions(sentences: WordSentence[]): MentionResult {
  const knowledge = gatherKnowledge(sentences);
  const docCountries = new Set<string>();
  const counts = new Map<CountryInfo, number>();
  let filedIn: CountryInfo | undefined;
  const headline = isHeadline(sentences[0]);
  // Country names of several words ("Central African Republic") count as much as one-word ones.
  for (const s of sentences) for (const span of properSpans(s)) for (const g of segmentSpan(s.words, span)) {
    if (g.kind !== "country") continue;
    docCountries.add(g.country.iso2);
    counts.set(g.country, (counts.get(g.country) ?? 0) + leadWeight(s, g.start, g.end, headline));
    // "BANGUI, Central African Republic -": the story is about where it was filed.
    if (s.index <= 1 && s.words[g.start - 1]?.text === "," && g.start - 1 === datelineCityEnd(s.words) && g.end <= datelineDash(s.words)) filedIn ??= g.country;
  }
  // "Banda Aceh (ANTARA News) -": a dateline town the gazetteer knows counts for its country as a lede's name does.
  const lede = sentences.slice(0, 2).find((s) => datelineDash(s.words) > 0);
  const town = lede && !countryForm(surfaceOf(lede.words, 0, datelineCityEnd(lede.words))) ? bestCity(surfaceOf(lede.words, 0, datelineCityEnd(lede.words)), docCountries) : undefined;
  const townCountry = town ? countryByIso2(town.iso2) : undefined;
  if (townCountry) counts.set(townCountry, (counts.get(townCountry) ?? 0) + 2);
  // "WARSAW (Reuters) - Poland will move troops to its border with Belarus": a story filed from a town of
  // the country its lede opens with is about that country, however often the neighbour is named.
  const opening = lede ? datelineDash(lede.words) + 1 : -1;
  if (townCountry && !filedIn && lede!.index <= (headline ? 1 : 0) && segmentsOf(lede!).some((g) => g.kind === "country" && g.country === townCountry && g.start <= opening + 1 && leadWeight(lede!, g.start, g.end, headline) === 2)) filedIn = townCountry;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const first = mentionsAt(sentences, knowledge, docCountries, filedIn ?? ranked[0]?.[0], filedIn !== undefined || (ranked.length > 0 && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0)));
  // "Yemen's Saudi-backed government", "the Angolan government": a story whose government is spoken of is
  // that government's country's, wherever it was filed and however often the states acting there are named.
  const governed = governedCountry(first, sentences, headline);
  if (governed && governed !== first.home) return mentionsAt(sentences, knowledge, docCountries, governed, true);
  if (filedIn) return first;
  // The names alone can mislead ("Congo" is two countries, a neighbour may be named more often):
  // the places the story is set in, and the countries it names as such, say where it is.
  const story = storyCountry(first, sentences, headline);
  if (!story || (story.iso3 === first.home?.iso3 && first.table.homeIsClear)) return first;
  // Only the bodies federalBodies() gives the home read it while mentions are found, and whether it
  // names one depends on the words alone: where it named none, a pass under another home would find
  // the same mentions, and only the table's home changes; as it would under the same home.
  if (first.home && (!first.homeBodies || story.iso3 === first.home.iso3)) {
    first.table.home = story.iso3;
    first.table.homeIsClear = true;
    first.home = story;
    return first;
  }
  return mentionsAt(sentences, knowledge, docCountries, story, true);
}

/** The segments of a sentence's proper spans. */
const segmentsOf = (s: WordSentence) => properSpans(s).flatMap((span) => segmentSpan(s.words, span));

/** A first line with no full stop is a headline, and the lede comes after it. */
const isHeadline = (s: WordSentence | undefined) => s !== undefined && !/^[.!?"”’]$/.test(s.words[s.words.length - 1]?.text ?? "");

/**
 * A headline and the lede say what the story is about: a country they name as a party ("Jordan's
 * army said", "Burundi closed its border") counts twice. Not one named as a place ("at the border
 * with Venezuela") or describing a name ("The New Zealand pilot").
 */
function leadWeight(s: WordSentence, start: number, end: number, headline: boolean): number {
  if (s.index > (headline ? 1 : 0)) return 1;
  const before = s.words[start - 1]?.lower ?? "";
  // ("in Helsinki, Finland": a country after a town it qualifies is a place too.)
  const qualifies = before === "," && s.words[start - 2]?.cap === true && LOCATIVE.has(s.words[start - 3]?.lower ?? "");
  const place = LOCATIVE.has(before) || qualifies || (before === "with" && /^borders?$/.test(s.words[start - 2]?.lower ?? ""));
  const describing = s.words[end]?.cap === true;
  return place || describing ? 1 : 2;
}

/**
 * The one country whose government the story names by the country's name, demonym or capital
 * ("Yemen's Saudi-backed government", "the Syrian government", "the Luanda government"), when its
 * headline or lede names that country too. Governments named for two countries decide nothing.
 */
function governedCountry(found: MentionResult, sentences: WordSentence[], headline: boolean): CountryInfo | undefined {
  let only: string | undefined;
  for (const [i, ms] of found.mentions.entries()) {
    for (const m of ms) {
      const iso3 = m.key.startsWith("gov:") ? found.table.get(m.key)?.country : undefined;
      // ("government troops", "the federal government": bodies no country is named for were given the home.)
      if (!iso3 || !namesCountry(sentences[i].words, m.start, m.end, iso3)) continue;
      if (only !== undefined && only !== iso3) return undefined;
      only = iso3;
    }
  }
  const lede = sentences.slice(0, headline ? 2 : 1);
  return only && lede.some((s) => segmentsOf(s).some((g) => g.kind === "country" && g.country.iso3 === only)) ? countryByIso3(only) : undefined;
}

/** Whether words a..b name a country (its name, demonym or capital), as in "government of South Sudan". */
function namesCountry(words: Word[], a: number, b: number, iso3: string): boolean {
  for (let i = a; i < b; i++) for (let j = i + 1; j <= Math.min(b, i + 4); j++) if (words[i].cap && countryForm(surfaceOf(words, i, j))?.country.iso3 === iso3) return true;
  return false;
}

/** The country whose name, capital and places the mentions name most, when it leads the others (the home found first among them). */
function storyCountry(found: MentionResult, sentences: WordSentence[], headline: boolean): CountryInfo | undefined {
  const counts = new Map<string, number>();
  for (const [i, ms] of found.mentions.entries()) {
    for (const m of ms) {
      // Bodies ("the federal army") may have been given the home country: only names and places
      // count, and bodies called by their country's name ("Malawi's army").
      // ("Soldiers kill 4 militants": troops no country's name was said for say nothing of where the story is.)
      const first = sentences[i].words[m.start];
      const unnamed = m.end - m.start === 1 && /^(troops|soldiers)$/.test(first?.lower ?? "");
      const named = !unnamed && (m.key.startsWith("state:") || m.key.startsWith("loc:") || (/^(gov|army):/.test(m.key) && countryForm(first?.text ?? "") !== undefined));
      if (!named) continue;
      const r = found.table.get(m.key);
      const iso3 = r?.kind === "location" ? (r.type === "COUNTRY" ? r.country : r.capitalOf ?? found.table.get(r.within ?? "")?.country) : r?.country;
      if (iso3) counts.set(iso3, (counts.get(iso3) ?? 0) + leadWeight(sentences[i], m.start, m.end, headline));
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? countryByIso3(ranked[0][0]) : undefined;
}

function mentionsAt(sentences: WordSentence[], knowledge: Knowledge, docCountries: Set<string>, home: CountryInfo | undefined, homeIsClear: boolean): MentionResult & { homeBodies: boolean } {
  const table = new EntityTable();
  table.home = home?.iso3;
  table.homeIsClear = homeIsClear;
  const mentions: Mention[][] = [];
  let homeBodies = false;
  for (const s of sentences) {
    const ctx: Ctx = { table, k: knowledge, words: s.words, sentence: s.index, docCountries, home, out: [] };
    possessiveBodies(ctx);
    ledBodies(ctx);
    const before = ctx.out.length;
    federalBodies(ctx);
    if (ctx.out.length > before) homeBodies = true;
    const spelt = ctx.out.length;
    for (let i = 1; i < s.words.length; i++) {
      if (s.words[i].text !== "(" || !s.words[i + 1]?.acronym) continue;
      const full = knowledge.acronyms.get(s.words[i + 1].text);
      const exp = full ? acronymExpansion(s.words, s.words[i - 1].text === '"' ? i - 1 : i, s.words[i + 1].text) : null;
      if (!full || !exp || exp[1] - exp[0] <= 2 || surfaceOf(s.words, exp[0], exp[1]) !== full) continue;
      const army = stateArmyOfName(full);
      if (army) forceOfState(ctx, exp[0], exp[1], army, "army");
      else add(ctx, exp[0], exp[1], orgRecord(ctx, full, typeOfFull(full, knowledge)));
    }
    const spelledOut = ctx.out.slice(spelt);
    for (const whole of properSpans(s)) {
      if (covered(ctx.out, whole.start, whole.end)) continue;
      // "the rebels of Darfur of the Movement for the Justice and the Equality (JEM)": a run of capitalised words that
      // runs into a name its acronym spells out ends before that name, and before the words joining it.
      let end = whole.end;
      const inside = spelledOut.find((m) => m.start > whole.start && m.start < whole.end);
      if (inside) for (end = inside.start; end > whole.start && !s.words[end - 1].cap; ) end--;
      // (The cut span is a new one: the segments kept with the whole are not its own.)
      const span = end === whole.end ? whole : { ...whole, end, segments: undefined };
      if (span.quoted && !ACTOR_HEADS.get(s.words[span.end - 1].lower)) {
        add(ctx, span.start, span.end, orgRecord(ctx, surfaceOf(s.words, span.start, span.end), "ORGANIZATION"));
        continue;
      }
      const segs = segmentSpan(s.words, span);
      const titles = segs.filter((g): g is Extract<Segment, { kind: "title" }> => g.kind === "title");
      let nameEnd = span.start;
      for (const g of segs) {
        if (covered(ctx.out, g.start, g.start + 1)) continue;
        if (g.kind === "country") countryMention(ctx, g);
        else if (g.kind === "name" && g.end - g.start === 1 && hyphenedPair(ctx, g.start)) continue;
        // A name's titles are those since the name before it ("Colonel X of the Indian Army": the army has none),
        // and before it ("Somaliland President X": the place the office is of has none).
        else if (g.kind === "name") nameMention(ctx, g.start, g.end, nameEnd === span.start ? titles.filter((t) => t.start < g.start) : titles.filter((t) => t.start >= nameEnd));
        if (g.kind === "name") nameEnd = g.end;
      }
    }
    regionalGovernments(ctx);
    ledCoalitions(ctx);
    mentions.push(ctx.out);
  }
  partiesBySlot(sentences, table, mentions, knowledge, docCountries);
  namedElsewhere(sentences, table, mentions, knowledge);
  acronymsInBrackets(sentences, table, mentions, knowledge);
  for (let s = 0; s < mentions.length; s++) {
    sortByStart(mentions[s]);
    mentions[s] = mentions[s].filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
  }
  joinApposedAliases(sentences, mentions, table);
  return { table, knowledge, mentions, home, homeBodies };
}

/**
 * "the Congolese army (FARDC)", "Mali's armed forces (FAMa)": an acronym in brackets right after a
 * party names that party, even when its letters spell a name in another language. Only acronyms
 * whose letters match no name of their own are taken so ("(LNA)" after its full name already is).
 */
function acronymsInBrackets(sentences: WordSentence[], table: EntityTable, mentions: Mention[][], k: Knowledge) {
  const renamed = new Map<string, string>();
  for (const s of sentences) {
    const w = s.words;
    for (let i = 1; i + 2 < w.length; i++) {
      const at = acronymNamedAt(w, i);
      if (at < 0 || k.acronyms.has(w[at].text)) continue;
      const named = actorEndingAt(mentions[s.index], i);
      const r = named && table.get(named.key);
      const own = table.get(`org:${slug(w[at].text)}`);
      if (!r || r.type === "PERSON" || !own || own.key === r.key || renamed.has(own.key)) continue;
      renamed.set(own.key, r.key);
      r.aliases.add(w[at].text);
      table.records.delete(own.key);
    }
  }
  if (renamed.size === 0) return;
  for (const ms of mentions) for (const m of ms) m.key = renamed.get(m.key) ?? m.key;
}

/** The actor mention that ends at word `i` (apart from the loop over words: a closure over its index would make a context at every word). */
const actorEndingAt = (ms: Mention[], i: number) => ms.find((m) => m.end === i && m.kind === "actor");

/** Where the acronym a name is given right after it stands: "(FARDC)", ", known by its Arabic acronym JNIM"; -1 if none. */
function acronymNamedAt(w: Word[], i: number): number {
  if (w[i].text === "(") return w[i + 1].acronym && w[i + 2].text === ")" ? i + 1 : -1;
  if (w[i].text !== "," || w[i + 1].lower !== "known" || w[i + 2].lower !== "by" || !/^(its|their|the)$/.test(w[i + 3]?.lower ?? "")) return -1;
  let j = i + 4;
  while (j < i + 7 && w[j] && !/^(acronym|initials|abbreviation)$/.test(w[j].lower)) j++;
  return w[j + 1]?.acronym ? j + 1 : -1;
}

/** Nouns only a party has after its name's "'s": its offices ("Hezbollah's leader"), backers and allies ("Hamas's main patron"). */
const PARTY_HELD_NOUNS = new Set([...PARTY_OWNED_NOUNS, ...BACKER_NOUNS, ...PROXY_NOUNS, ...ALLY_WORDS, ...[...TITLES].filter(([t, title]) => title.leads && !t.includes(" ") && !REGION_HEADS.has(t)).map(([t]) => t), "minister", "spokesman", "spokesperson", "members", "member"]);

/**
 * Whether the name at a..b stands where only a party can, whatever the name: what owns an office or a
 * backer ("Hezbollah's main patron", "Katanga's interior minister"), what someone leads ("who had led
 * Hezbollah", "heads Jamaat-ud-Dawa"), and a side conjoined with a party other than a state or a person
 * ("Nusra and Ahrar al-Sham joined", "Puntland and the SSC deny").
 */
function partySlotAt(words: Word[], a: number, b: number, own: Mention[], table: EntityTable): boolean {
  if (POSSESSIVE.test(words[b]?.text ?? "")) {
    let j = b + 1;
    while (j < b + 4 && words[j] && !words[j].cap && (words[j].pos === "ADJ" || words[j].pos === "NUM" || words[j].text.includes("-"))) j++;
    if (PARTY_HELD_NOUNS.has(words[j]?.lower ?? "") && !words[j].cap) return true;
  }
  // ("who had led Hezbollah since 1992": a verb of leading, not of ruling, which a place takes too.)
  let v = a - 1;
  while (v > a - 3 && words[v]?.pos === "ADV") v--;
  if (LEADING_VERBS.has(words[v]?.lower ?? "") && words[v].pos === "VERB" && !RULING_VERBS.has(words[v].lower)) return true;
  // (A state beside the name says nothing of it: "Ethiopia and Tigray".)
  const partner = words[a - 1]?.lower === "and" ? own.find((m) => m.end === a - 1) : words[b]?.lower === "and" ? own.find((m) => m.start === b + 1 || (words[b + 1]?.lower === "the" && m.start === b + 2)) : undefined;
  const r = partner ? table.get(partner.key) : undefined;
  return r?.kind === "actor" && r.type !== "PERSON" && r.type !== "STATE";
}

/**
 * A name no data package knows, no person's and no place's, made a party where only a party can stand
 * (partySlotAt): namedElsewhere() then makes it that party wherever else the article uses it.
 */
function partiesBySlot(sentences: WordSentence[], table: EntityTable, mentions: Mention[][], k: Knowledge, docCountries: Set<string>) {
  for (const s of sentences) {
    const own = mentions[s.index];
    for (const span of properSpans(s)) {
      for (const g of segmentSpan(s.words, span)) {
        if (g.kind !== "name" || g.end - g.start > 4 || s.words[g.start].pos !== "PROPN" || overlapped(own, g.start, g.end) || isDatelineAgency(s.words, g.start, g.end)) continue;
        const surface = surfaceOf(s.words, g.start, g.end);
        if (!/\p{L}{3}/u.test(surface) || countryForm(surface) || knownPerson(k.people, surface, true) || bestCity(surface, docCountries) || citiesNamed(surface).length || NOT_NAMES.has(s.words[g.start].lower)) continue;
        if (g.end - g.start === 1 && isCommonNoun(s.words[g.start].lower)) continue;
        if (!partySlotAt(s.words, g.start, g.end, own, table)) continue;
        const r = table.upsert({ key: `org:${slug(surface)}`, kind: "actor", type: "ORGANIZATION", name: surface }, s.index);
        own.push({ sentence: s.index, start: g.start, end: g.end, key: r.key, kind: "actor" });
      }
    }
  }
}

/**
 * "Iran supplied the Houthis" makes a party of a name no data package knows: it is that party
 * wherever else the article uses the name, singular or plural ("Houthi targets", "the Houthis, who …").
 */
function namedElsewhere(sentences: WordSentence[], table: EntityTable, mentions: Mention[][], knowledge: Knowledge) {
  const known = new Map<string, string>();
  for (const r of table.records.values()) {
    if (r.kind !== "actor" || !r.key.startsWith("org:")) continue;
    // ("Kurdish irregulars" in a story about the Kurds: a people's adjective a group was named by with its noun for
    // fighters does not name that group alone: "Kurdish villages", "Kurdish leader X" are the people's.)
    for (const n of [r.name, ...r.aliases]) if (!(r.name.startsWith(`${n} `) && GROUP_NOUNS.has(r.name.slice(n.length + 1)) && ADJECTIVAL_NAME.test(n) && !knowledge.nouns.has(n))) known.set(slug(n), r.key);
  }
  if (known.size === 0) return;
  const lookup = (name: string) => {
    const s = slug(name);
    return known.get(s) ?? known.get(`${s}s`) ?? (s.endsWith("s") ? known.get(s.slice(0, -1)) : undefined);
  };
  for (const s of sentences) {
    const own = mentions[s.index];
    for (const span of properSpans(s)) {
      for (const g of segmentSpan(s.words, span)) {
        if (g.kind !== "name" || overlapped(own, g.start, g.end) || isDatelineAgency(s.words, g.start, g.end)) continue;
        const key = lookup(surfaceOf(s.words, g.start, g.end));
        const r = key ? table.get(key) : undefined;
        if (!r) continue;
        own.push({ sentence: s.index, start: g.start, end: g.end, key: r.key, kind: "actor" });
        const surface = surfaceOf(s.words, g.start, g.end);
        if (surface !== r.name) r.aliases.add(surface);
      }
    }
  }
}
