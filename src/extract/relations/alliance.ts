/** ALLIED_WITH and MEMBER_OF from phrases: "an ally of", "joined forces with", "part of", "which includes". */
import { groupAt, isBoundary, isCountryGroup, objectAfter, subjectOf, type Group, type View } from "../clauses.js";
import { countryByIso3, countryForm } from "../gazetteer.js";
import { actsAsVerb, BE, pairs, within, type RawRelation, type Triggers } from "./shared.js";
import { ADDRESS_VERBS, ALLY_WORDS, PART_NOUNS, COALITION_NOUNS, CONTROL_VERBS, COOPERATE_VERBS, GROUP_NOUNS, OPPOSE_VERBS, REQUEST_VERBS, RIVAL_NOUNS, STATE_FORCE_NOUNS, TITLES } from "../vocabulary.js";
import { namingWordsAt, POSSESSIVE, type Word } from "../words.js";

// Tried on every word: sets built once (a pattern written in the function is a new object at every call).
const AGREEMENT_NOUNS = new Set(["pact", "alliance", "treaty", "accord", "agreement"]);
const LEAD_LEMMAS = new Set(["lead", "head", "command"]);
const FOUND_LEMMAS = new Set(["form", "found", "create", "establish", "launch"]);
const GATHER_WORDS = new Set(["groups", "gathers", "unites", "brings", "comprises", "includes", "pools"]);
const INCLUDE_WORDS = new Set(["include", "includes", "included", "comprises", "comprising", "including"]);
const REGARD_LEMMAS = new Set(["regard", "see", "consider", "view", "count", "treat"]);
const ALLIANCE_KEEPING = new Set(["maintain", "have", "keep", "form", "forge", "seal", "enter", "strike", "cement"]);
// The groups a body is made of, one of which a party is said to be ("one of the main Fano groupings").
const APPOSED_PLURALS = new Set(["groups", "groupings", "movements", "organisations", "organizations", "components", "constituents"]);
const MEMBER_PLURALS = new Set(["groups", "members", "components", "constituents", "factions", "organisations", "organizations", "movements"]);
// ("the YPG, the backbone of the SDF", "the CMA, today a pillar of the CSP": the main part is a part.)
// ("an extension of the PKK": a body said to extend another is a part of it.)
// Words that deny what follows ("is not part of", "has never worked with"), or say it is missing ("without coordinating with").
const DENIED = /^(not|never|n't)$/;
const LACKING = /^(without|not|never|n't)$/;
const PART_NOUNS_OF = new Set(["wing", "wings", "faction", "factions", "offshoot", "offshoots", "affiliate", "affiliates", "branch", "branches", "arm", "unit", "units", "organ", "backbone", "pillar", "mainstay", "extension"]);
// A militia is a part only of an armed body ("the Basij, the IRGC's volunteer militia"); a government's militia is its proxy.
const ARMED_PART_NOUNS = new Set(["militia", "militias"]);
const CIVILIAN_STAFF = new Set(["observers", "monitors", "experts", "officials", "delegates", "representatives", "inspectors", "civilians", "diplomats", "envoys", "staff"]);
const isArmedBody = (v: View, g: Group | undefined) => !!g && g.keys.every((k) => /^(org|army):/.test(k) && v.table.get(k)?.type === "ARMED_GROUP");

const ORGAN_NAME = /^(Ministry|Department|Office)\b|\b(Ministry|Department|Office|Service)$/;

/** Whether every party a group names is a body of people: an armed group, a party or an organisation. */
const isBodyOfPeople = (v: View, g: Group | undefined): g is Group => !!g && g.keys.every((k) => /^(POLITICAL_GROUP|ARMED_GROUP|ORGANIZATION)$/.test(String(v.table.get(k)?.type)));
/** Whether a group names neither a state nor a person: what one can be a part or member of (a state's part is territory). */
const holdsParts = (v: View, g: Group | undefined): g is Group => !!g && g.keys.every((k) => !/^(STATE|PERSON)$/.test(String(v.table.get(k)?.type)));

/** Forces said to be run by another: "a force run by Russia's defence ministry". */
const RUN_FORCE_NOUNS = new Set(["force", "unit", "militia", "battalion", "brigade", "group"]);
const RUN_BY = new Set(["run", "controlled", "commanded", "directed", "overseen", "operated"]);

/** What a body of states sends out under a name of its own: "the UN peacekeeping mission in the DRC, MONUSCO". */
const MISSION_NOUNS = new Set(["mission", "force"]);

/** A kind of party that a coalition's main one is named by: "the main military force in the AFC". */
const MAIN_PART_NOUNS = new Set(["party", "force", "component", "group", "faction", "member"]);
/** Names of bodies that gather parties: "the Congo River Alliance", "the Syrian Democratic Forces". */
const COALITION_NAME = /\b(Alliance|Front|Coalition|Forces|Movement|Council|Union|Bloc|Mobili[sz]ation|Congress|Platform|Convention)\b/;

/** Every word a rule below starts from (see Triggers). */
export const ALLY_TRIGGERS: Triggers = {
  words: ["'s", "'", "’", ...RUN_FORCE_NOUNS, ...ARMED_PART_NOUNS, ...AGREEMENT_NOUNS, ...MEMBER_PLURALS, ...APPOSED_PLURALS, ...GATHER_WORDS, ...COALITION_NOUNS, "allegiance", ...RIVAL_NOUNS, "under", "together", ...INCLUDE_WORDS, "of", ...PART_NOUNS, ...PART_NOUNS_OF, "part", "member", "members", "component", "states", "countries", "nations", "from", ...MISSION_NOUNS, ...MAIN_PART_NOUNS, ...ALLY_WORDS],
  lemmas: [...COOPERATE_VERBS, ...LEAD_LEMMAS, ...FOUND_LEMMAS, "join", "belong", "link"],
};

export function allyRules(v: View, i: number, out: RawRelation[]) {
  const w = v.s.words;
  const word = w[i];
  // "the Africa Corps, a force run by Russia's defence ministry", "X, a unit commanded by the RSF": a force another
  // runs is a part of it (of the state, where the state's ministry or army runs it).
  if (RUN_FORCE_NOUNS.has(word.lower) && RUN_BY.has(w[i + 1]?.lower ?? "") && w[i + 2]?.lower === "by") {
    let a = i - 1;
    while (a > i - 4 && a > 0 && /^(DET|ADJ)$/.test(w[a].pos)) a--;
    const part = w[a]?.text === "," && /^(a|an|the)$/.test(w[a + 1]?.lower ?? "") ? v.groups.filter((g) => g.kind === "actor" && g.end === a).pop() : undefined;
    const runner = v.groups.find((g) => g.kind === "actor" && (g.start === i + 3 || (g.start === i + 4 && w[i + 3].lower === "the")));
    // ("run by Russia's Wagner Group": the body the owner owns, where it is named.)
    const owned = runner && POSSESSIVE.test(w[runner.end]?.text ?? "") ? v.groups.find((g) => g.kind === "actor" && g.start === runner.end + 1) : undefined;
    const whole = owned ?? runner;
    if (part && whole && !part.keys.some((k) => whole.keys.includes(k))) pairs("MEMBER_OF", part, stateForArmy(v, whole), v, i, out);
    return;
  }
  // "the UN peacekeeping mission in the DRC, MONUSCO", "the SADC mission in Mozambique (SAMIM)": a body's mission,
  // named after the place it serves in, is a part of the body.
  if (MISSION_NOUNS.has(word.lower) && !word.cap) {
    let a = i - 1;
    while (a > i - 3 && w[a]?.pos === "NOUN" && !w[a].cap) a--;
    // ("the Southern African Development Community (SADC) mission": the acronym in brackets may close the name.)
    let open = -1;
    if (w[a]?.text === ")") for (open = a - 1; open > 0 && w[open].text !== "("; ) open--;
    const owner = v.groups.find((g) => g.kind === "actor" && (g.end === a + 1 || g.end === open) && g.keys.every((k) => k.startsWith("org:")));
    // (The place and the name in brackets after it may be read as one group.)
    const isName = (g: Group) => g.kind === "actor" && g.keys.every((key) => key.startsWith("org:")) && (w[g.start - 1]?.text === "," || w[g.start - 1]?.text === "(");
    const inPlace = w[i + 1]?.lower === "in" ? v.groups.find((g) => g.start === i + 2 || (g.start === i + 3 && w[i + 2].lower === "the")) : undefined;
    const named = v.groups.find((g) => isName(g) && (g.start === i + 2 || (inPlace !== undefined && g.start > inPlace.start && g.start <= inPlace.end + 1)));
    // (A mission's name read as a country's is no name of its own.)
    const countryNamed = named?.keys.some((key) => countryForm(v.table.get(key)?.name ?? "") !== undefined);
    if (owner && named && !countryNamed && holdsParts(v, owner) && !named.keys.some((key) => owner.keys.includes(key))) return pairs("MEMBER_OF", named, owner, v, i, out);
  }
  // "the NPA's Apolinario Gatmaitan Command", "Hezbollah's Radwan Force": a party's named part.
  if (POSSESSIVE.test(word.text)) {
    // ("the 1st Battalion of the Princess of Wales's Royal Regiment": a numbered unit is a part, never the whole.)
    const whole = v.groups.find((g) => g.end === i && g.kind === "actor" && g.keys.every((k) => /^(org|army):/.test(k) && !/^\d/.test(v.table.get(k)?.name ?? "")));
    const part = whole && v.groups.find((g) => g.start === i + 1 && g.kind === "actor" && g.keys.every((k) => k.startsWith("org:")));
    // Not a name describing the noun after it ("IS's North Caucasus branch"), nor a ministry or
    // desk, which speaks for its owner rather than acting as a party ("the Taliban's Ministry of Defence").
    const describing = part && w[part.end]?.pos === "NOUN" && !w[part.end].cap;
    const organ = part && part.keys.some((k) => ORGAN_NAME.test(v.table.get(k)?.name ?? ""));
    if (part && !describing && !organ) pairs("MEMBER_OF", part, whole, v, i, out);
    return;
  }
  // "X and Y signed a defence pact with Z": parties to a pact are allies.
  // "signed a defence pact", "The TPLF and the OLA announced an alliance"
  // The word first: the words around it are read only for an agreement.
  // ("under the Enhanced Defense Cooperation Agreement": a treaty called by its name was made elsewhere,
  // unless it says with whom: "its Mutual Defense Treaty with the United States".)
  const made = AGREEMENT_NOUNS.has(word.lower) && (!word.cap || w[i + 1]?.lower === "with") && (w.slice(Math.max(0, i - 3), i).some((x) => /^(defence|defense|military|security|mutual)$/.test(x.lower)) || (word.lower === "alliance" && /^(form|announce|sign|forge|seal)/.test(w[i - 2]?.lower ?? "") && /^(a|an)$/.test(w[i - 1]?.lower ?? "")));
  // "a new alliance among Egypt, Eritrea and Somalia": the parties listed are allies of one another.
  if ((word.lower === "alliance" || word.lower === "pact") && /^(among|between)$/.test(w[i + 1]?.lower ?? "")) {
    within("ALLIED_WITH", objectAfter(v, i + 1, { kind: "actor", within: 3 }), v, i, out);
    return;
  }
  // "they maintain an alliance with the Sinaloa Cartel": an alliance had with someone.
  if (word.lower === "alliance" && w[i + 1]?.lower === "with") {
    let verb = i - 1;
    while (verb > i - 4 && verb > 0 && /^(DET|ADJ)$/.test(w[verb].pos)) verb--;
    if (ALLIANCE_KEEPING.has(w[verb]?.lemma ?? "")) pairs("ALLIED_WITH", subjectOf(v, verb), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // ("members of the Collective Security Treaty Organization": a word of a name makes no pact.)
  // ("New Delhi has avoided describing the group as a military alliance": what something is called makes no pact.)
  let head = i - 1;
  while (head > 0 && /^(DET|ADJ|NOUN)$/.test(w[head].pos) && !w[head].cap) head--;
  if (made && w[head]?.lower === "as") return;
  if (made && !v.groups.some((g) => g.start <= i && i < g.end)) {
    // "Russian President Putin and North Korean leader Kim signed a pact": every party named before the verb.
    const parties = partiesBefore(v, i) ?? subjectOf(v, i);
    within("ALLIED_WITH", parties, v, i, out);
    if (w[i + 1]?.lower === "with") pairs("ALLIED_WITH", parties, objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "accused Congo of working with the FDLR", "Pakistan has cooperated with the Taliban"
  // ("urging all states to cooperate with X": cooperation asked for is none yet.)
  const asked = w[i - 1]?.lower === "to" && w.slice(Math.max(0, i - 6), i - 1).some((x) => REQUEST_VERBS.has(x.lemma) || ADDRESS_VERBS.has(x.lower));
  // ("has fought the militants without openly coordinating with X": cooperation said to be lacking is none.)
  // ("NATO is not coordinating with the guerrillas", "has never worked with": nor is one denied.)
  const lacking = LACKING.test(w[i - 1]?.lower ?? "") || (w[i - 1]?.pos === "ADV" && LACKING.test(w[i - 2]?.lower ?? ""));
  // ("working together with the TTP", "works closely with")
  // ("teamed up with", "linked up with the Croatian army": forces joining up in the field)
  const withAt = w[i + 1]?.lower === "with" ? i + 1 : /^(together|closely|hand|up)$/.test(w[i + 1]?.lower ?? "") && w[i + 2]?.lower === "with" ? i + 2 : -1;
  if ((COOPERATE_VERBS.has(word.lemma) || (word.lemma === "link" && w[i + 1]?.lower === "up")) && withAt > 0 && actsAsVerb(v, i) && !asked && !lacking) {
    pairs("ALLIED_WITH", subjectOf(v, i), objectAfter(v, withAt, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "pledged allegiance to Islamic State": a group that swears allegiance joins the one it swears it to.
  if (word.lower === "allegiance" && /^(pledg|swor|swear|declar|renew)/.test(w[i - 1]?.lower ?? "")) {
    // ("Islamic State, to which the group had pledged allegiance": or to the body a relative clause opened by "to which" is about.)
    const toWhich = w[i + 1]?.lower === "to" ? undefined : toWhichClause(v, i - 1);
    if (toWhich) pairs("MEMBER_OF", toWhich.member, toWhich.whole, v, i, out);
    else if (w[i + 1]?.lower === "to") pairs("MEMBER_OF", subjectOf(v, i - 1), objectAfter(v, i + 1, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "its rival Boko Haram", "ISWAP's rivals in Boko Haram": rivals are opponents.
  // "The army faces a rival in the FNL": the one "in" whom a subject has or meets a rival.
  const rivalIn = /^(a|an|one)$/.test(w[i - 1]?.lower ?? "") && w[i + 1]?.lower === "in";
  if (RIVAL_NOUNS.has(word.lower) && (/^(its|their|his|'s)$/.test(w[i - 1]?.lower ?? "") || w[i - 1]?.pos === "ADJ" || rivalIn)) {
    const owner = w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : groupAt(v, i - 1);
    const rival = v.groups.find((g) => g.start === i + 1 && g.kind === "actor") ?? (/^(of|in)$/.test(w[i + 1]?.lower ?? "") ? objectAfter(v, i + 1, { kind: "actor", within: 3 }) : undefined);
    pairs("OPPOSES", owner ?? subjectOf(v, i), rival && partOwned(v, rival), v, i, out);
    return;
  }
  // "Cherizier, a former police officer who leads the Viv Ansanm coalition": a person who leads a body.
  // ("appealed to the heads of CSTO member states": after an article the word is a noun, whatever the tagger says.)
  if (LEAD_LEMMAS.has(word.lemma) && word.pos === "VERB" && w[i + 1]?.lower !== "to" && w[i - 1]?.pos !== "DET") {
    // "Hun Sen, who led Cambodia for nearly four decades": a lead that lasted a span of years is over.
    if (word.lower === word.lemma + "ed" || /^(led|headed|commanded)$/.test(word.lower)) {
      const lasted = w.slice(i + 1, i + 9).findIndex((x) => x.lower === "for");
      if (lasted >= 0 && w.slice(i + 2 + lasted, i + 7 + lasted).some((x) => /^(years|decades|months)$/.test(x.lower)) && !/^(has|have)$/.test(w[i - 1]?.lower ?? "")) return;
    }
    const person = subjectOf(v, i);
    const body = objectAfter(v, i, { kind: "actor", within: 3 });
    // "who heads the Thai peace dialogue panel": a state's adjective before a noun names one of its bodies, held for the state.
    const statesBody = !!body && body.end === body.start + 1 && w[body.end]?.pos === "NOUN" && body.keys.every((k) => v.table.get(k)?.type === "STATE");
    if (person?.keys.every((k) => v.table.get(k)?.type === "PERSON") && body?.keys.every((k) => v.table.get(k)?.type !== "PERSON")) pairs(statesBody ? "MEMBER_OF" : "LEADS", person, body, v, i, out);
    // "Saudi Arabia, which leads a military coalition": a state at the head of a coalition.
    const coalition = !!body && COALITION_NOUNS.has(w[body.end - 1]?.lower ?? "");
    if (coalition && person?.keys.every((k) => v.table.get(k)?.type === "STATE")) pairs("LEADS", person, body, v, i, out);
    return;
  }
  // "the Sudanese army under General Abdel Fattah al-Burhan": a body under a person is led by them.
  if (word.lower === "under") {
    const body = v.groups.find((g) => g.end === i && g.kind === "actor");
    const person = objectAfter(v, i, { kind: "actor", within: 4 });
    if (body?.keys.every((k) => !/^(PERSON|STATE)$/.test(String(v.table.get(k)?.type))) && person?.keys.every((k) => v.table.get(k)?.type === "PERSON")) pairs("LEADS", person, body, v, i, out);
    return;
  }
  // "Serbia, together with Bosnian Serb militias, overran the enclave", "The KIA and the TNLA took up arms together":
  // parties said to fight together are allies.
  if (word.lower === "together") {
    if (w[i + 1]?.lower === "with" && w[i - 1]?.text === ",") {
      // (The companions set off by commas join the subject of the verb after them: see subjectOf.)
      const companions = objectAfter(v, i + 1, { kind: "actor", within: 4 });
      let verb = companions && w[companions.end]?.text === "," ? companions.end + 1 : -1;
      while (verb > 0 && w[verb]?.pos === "ADV") verb++;
      const joint = verb > 0 && fightsAt(v, verb) ? subjectOf(v, verb) : undefined;
      if (joint && companions!.keys.every((k) => joint.keys.includes(k))) within("ALLIED_WITH", joint, v, i, out);
    } else if (w[i + 1]?.lower !== "with") {
      // ("took up arms together", "fought together against": the verb a few words before.)
      const back = Math.max(0, i - 4);
      const verb = back + w.slice(back, i).findLastIndex((x) => x.pos === "VERB");
      if (verb >= back && fightsAt(v, verb) && !w.slice(verb + 1, i).some((x) => x.text === ",")) within("ALLIED_WITH", subjectOf(v, verb), v, i, out);
    }
    return;
  }
  // "X joined forces with Y"
  if (word.lemma === "join" && w[i + 1]?.lower === "forces" && w[i + 2]?.lower === "with") {
    pairs("ALLIED_WITH", subjectOf(v, i), objectAfter(v, i + 2, { kind: "actor", within: 4 }), v, i, out);
    return;
  }
  // "the MNJTF, a regional force that groups troops from Nigeria, Chad and Cameroon": whose troops it groups are members.
  const from = GATHER_WORDS.has(word.lower) ? w.slice(i + 1, i + 6).findIndex((x) => x.lower === "from") : -1;
  if (from > 0 && w.slice(i + 1, i + 1 + from).some((x) => STATE_FORCE_NOUNS.has(x.lower)) && (actsAsVerb(v, i) || /^(that|which)$/.test(w[i - 1]?.lower ?? ""))) {
    const whole = subjectOf(v, i);
    const isBody = isBodyOfPeople(v, whole);
    // ("troops from Nigeria" may already be read as the states' troops.)
    if (isBody) pairs("MEMBER_OF", groupAt(v, i + 2 + from) ?? objectAfter(v, i + 1 + from, { kind: "actor", within: 3, after: /^from$/ }), whole, v, i, out);
    return;
  }
  // "ATMIS, whose troops come from Uganda, Burundi and Kenya", "the MNJTF, the regional coalition of troops from
  // Nigeria, Chad and Niger": the states a body's troops come from are its members.
  if (word.lower === "from") {
    const whole = troopsFromWhole(v, i);
    // (The states may be read as the places the troops come from, or "troops from Nigeria" as the states'
    // troops: a country still acts as its state.)
    if (whole) for (const g of listedAfter(v, i)) if (g.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.type === "STATE")) pairs("MEMBER_OF", g, whole, v, i, out);
    return;
  }
  // "The CSTO groups Russia, Armenia, Belarus …": the parties a body gathers are its members.
  // ("brings together the G9 and the G-Pep")
  const together = w[i + 1]?.lower === "together" ? 1 : 0;
  if (from < 0 && GATHER_WORDS.has(word.lower) && !INCLUDE_WORDS.has(word.lower) && actsAsVerb(v, i)) {
    const whole = subjectOf(v, i);
    const isBody = isBodyOfPeople(v, whole);
    const members = v.groups.find((g) => (g.start === i + 1 + together || (g.start === i + 2 + together && w[i + 1 + together].lower === "the")) && g.kind === "actor");
    if (isBody && members) pairs("MEMBER_OF", members, whole, v, i, out);
    return;
  }
  // "Among its members are the April 19 University Movement and Cosep": the parties listed after the verb.
  if (word.lower === "members" && w[i - 2]?.lower === "among" && /^(its|their)$/.test(w[i - 1]?.lower ?? "") && w[i + 1]?.lemma === "be") {
    const whole = groupAt(v, i - 1);
    if (isBodyOfPeople(v, whole)) pairs("MEMBER_OF", objectAfter(v, i + 1, { kind: "actor", within: 6 }), whole, v, i, out);
    return;
  }
  // "the CSTO, whose members include Russia and Belarus": the body before "whose".
  if (INCLUDE_WORDS.has(word.lower) && w[i - 1]?.lower === "members" && w[i - 2]?.lower === "whose" && w[i - 3]?.text === ",") {
    const whole = v.groups.filter((g) => g.end === i - 3 && g.kind === "actor").pop();
    const isBody = isBodyOfPeople(v, whole);
    if (isBody) pairs("MEMBER_OF", objectAfter(v, i, { kind: "actor", within: 3 }), whole, v, i, out);
    return;
  }
  // "the Three Brotherhood Alliance, which includes the Arakan Army"
  // ("X, a loose coalition of hardline groups that also includes Y": "that" opens the clause as well.)
  const relative = /^(which|that)$/.test(w[i - 1]?.lower ?? "") || (w[i - 1]?.pos === "ADV" && /^(which|that)$/.test(w[i - 2]?.lower ?? ""));
  if (INCLUDE_WORDS.has(word.lower) && (relative || groupAt(v, i - 1))) {
    const whole = subjectOf(v, i);
    // ('what Iran calls the "axis of resistance", an informal network that includes Hamas': after a common noun the
    // clause is about the name the apposition describes, right before its comma, or about nothing named.)
    const pronoun = w[i - 1]?.pos === "ADV" ? i - 2 : i - 1;
    const described = relative && w[pronoun - 1]?.pos === "NOUN" && !w[pronoun - 1].cap;
    const isBody = isBodyOfPeople(v, whole) && (!described || w[whole.end]?.text === "," || w[whole.end]?.text === ")");
    // ("includes Kataib Hezbollah, Harakat al-Nujaba and …": what a body includes is a list, whatever closes it.)
    if (isBody) pairs("MEMBER_OF", listOn(v, objectAfter(v, i, { kind: "actor", within: 8 })), whole, v, i, out);
    return;
  }
  // "the Three Brotherhood Alliance, made up of the Arakan Army, …", "a coalition composed of …"
  // ("has been made up mostly of Ugandan soldiers": an adverb may come before "of".)
  const adverb = w[i - 1]?.pos === "ADV" && w[i - 1].lower !== "up" ? 1 : 0;
  const opener = word.lower !== "of" ? -1 : w[i - 1 - adverb]?.lower === "up" && w[i - 2 - adverb]?.lower === "made" ? i - 2 - adverb : /^(composed|consisting|comprised|formed)$/.test(w[i - 1 - adverb]?.lower ?? "") ? i - 1 - adverb : -1;
  if (opener >= 0) {
    const whole = w[opener - 1]?.text === "," ? v.groups.filter((g) => g.end === opener - 1 && g.kind === "actor").pop() : subjectOf(v, opener);
    const isBody = isBodyOfPeople(v, whole);
    // ("a monitoring mission consisting of observers from the EU and five Asian states": who sends
    // civilian staff to watch is no member of the body they staff.)
    const watchers = w.slice(i + 1, i + 5).some((x, k) => CIVILIAN_STAFF.has(x.lower) && w[i + 2 + k]?.lower === "from");
    if (isBody && !watchers) for (const g of listedAfter(v, i)) if (g.kind === "actor") pairs("MEMBER_OF", g, whole, v, i, out);
    return;
  }
  // "the People's Defense Force, the armed wing of the NUG", "a faction of the SPLM"
  // "the KNU said its armed wing, the Karen National Liberation Army, …": the owner of "its" is the whole.
  if (PART_NOUNS.has(word.lower) && w[i + 1]?.text === ",") {
    const its = w.slice(Math.max(0, i - 2), i).findIndex((x) => /^(its|their)$/.test(x.lower));
    const part = v.groups.find((g) => g.kind === "actor" && g.start > i + 1 && g.start <= i + 3);
    // "An al-Qaida affiliate, JNIM, …": the whole named right before the noun.
    // (An "its" coreference left unread is the last body named before that can have parts, never a state or a
    // person: "the NUG, … to which Washington has pledged aid, …, and units of its armed wing, the PDF".)
    const whole = its >= 0 ? (groupAt(v, Math.max(0, i - 2) + its) ?? v.groups.filter((g) => g.kind === "actor" && g.end <= Math.max(0, i - 2) + its && holdsParts(v, g)).pop()) : v.groups.find((g) => g.kind === "actor" && g.end === i);
    if (part && whole && !part.keys.some((k) => whole.keys.includes(k))) return pairs("MEMBER_OF", part, whole, v, i, out);
    // (Otherwise the whole may be a possessor, or the part named before: read below.)
  }
  // "JNIM, al-Qaeda's affiliate in the Sahel", "the Security Belt, the STC's armed wing": the possessor is the whole.
  // "Wilayat Sinai, the Islamic State affiliate": or the name right before the noun.
  // "the BRN's armed wing, the Runda Kumpulan Kecil (RKK)": the part may be named after the noun.
  // ("the military's media wing, Inter-Services Public Relations": a noun may say what the part does.)
  let owned = i - 1;
  while (owned > i - 3 && (w[owned]?.pos === "ADJ" || (w[owned]?.pos === "NOUN" && !w[owned].cap))) owned--;
  // "al-Qaeda's Sahel branch", "al Qaeda's official Syrian affiliate": a region or demonym may say
  // where the part is, capitalised, between the possessor and the noun.
  const back = Math.max(0, i - 4);
  const possessive = back + w.slice(back, i).findLastIndex((x) => x.text === "'s");
  if (w[owned]?.text !== "'s" && possessive >= back && w.slice(possessive + 1, i).every((x) => /^(ADJ|NOUN|PROPN)$/.test(x.pos))) owned = possessive;
  const armedPart = ARMED_PART_NOUNS.has(word.lower);
  // ("the FDLR, a Hutu militia": a militia is a part only where it is said whose.)
  // (Not a name read with the noun itself: "a Chechen unit of the Russian army" is a unit of the army, read below.)
  const ownerNamed = PART_NOUNS_OF.has(word.lower) && w[owned]?.text !== "'s" && owned === i - 1 && !groupAt(v, i) ? groupAt(v, owned) : undefined;
  if ((PART_NOUNS_OF.has(word.lower) || armedPart) && !word.cap && (w[owned]?.text === "'s" || ownerNamed)) {
    const whole = ownerNamed ?? groupAt(v, owned - 1);
    if (armedPart && !isArmedBody(v, whole)) return;
    let a = whole ? whole.start - 1 : -1;
    while (a > 0 && /^(DET|ADJ)$/.test(w[a].pos)) a--;
    // ("Islamic State's local affiliate, known as Islamic State Khorasan": or after the words that name it.)
    const named = w[i + 1]?.text === "," ? namingWordsAt(w, i + 2) : 0;
    const after = w[i + 1]?.text === "," ? v.groups.find((g) => g.kind === "actor" && (g.start === i + 2 + named || (g.start === i + 3 + named && w[i + 2 + named].lower === "the"))) : undefined;
    const part = whole && w[a]?.text === "," ? v.groups.filter((g) => g.end === a && g.kind === "actor").pop() : after;
    if (holdsParts(v, whole) && holdsParts(v, part)) pairs("MEMBER_OF", part, whole, v, i, out);
    return;
  }
  // "Kataib Hezbollah, one of the most powerful factions in the PMF"
  // ("the People's Protection Units": a word of a name is no part.)
  // ("The M23 is the main military force in the AFC", "the Caledonian Union, the largest party within the FLNKS":
  // the main one of a coalition's kind of parties, said of the party or in apposition to it.)
  const mainOne = MAIN_PART_NOUNS.has(word.lower) && w.slice(Math.max(0, i - 4), i).some((x) => /^(main|largest|biggest|dominant|strongest|leading|principal|key)$/.test(x.lower));
  // ("JNIM, branch sahelian of al-Qaeda": a describing word after the noun.)
  const partAdjective = PART_NOUNS_OF.has(word.lower) ? postposedAdjective(w, i) : 0;
  if ((PART_NOUNS_OF.has(word.lower) || mainOne) && !word.cap && /^(of|in|within)$/.test(w[i + 1 + partAdjective]?.lower ?? "")) {
    // ("units of the National Police Service" may be read whole as the service.)
    const whole = objectAfter(v, i + 1 + partAdjective, { kind: "actor", within: 4 }) ?? v.groups.find((g) => g.start === i && g.kind === "actor");
    // ("the Vostok battalion, a Chechen unit of the Russian army": a people's name read with the noun as one party
    // only describes the part; the words before it are read on.)
    const read = groupAt(v, i);
    let a = read && read.end === i + 1 && read.start >= i - 2 && /^(a|an)$/.test(w[read.start - 1]?.lower ?? "") ? read.start - 1 : i - 1;
    while (a > 0 && (/^(DET|ADJ|ADV|NOUN)$/.test(w[a].pos) || (/^(one|of)$/.test(w[a].lower) && /s$/.test(word.lower))) && !groupAt(v, a)) a--;
    // ("the General Service Unit (GSU), both units of": past the acronym in brackets.)
    let apposed = a;
    if (w[a]?.text === "," && w[a - 1]?.text === ")") for (apposed = a - 1; apposed > 0 && w[apposed].text !== "("; ) apposed--;
    // "The armed wing of Hamas, the Qassam Brigades, claimed …": a part opening the sentence is named after the whole.
    const opening = a <= 0 || (a === 1 && w[0].pos === "DET");
    const namedAfter = opening && whole && w[whole.end]?.text === "," ? v.groups.find((g) => g.kind === "actor" && (g.start === whole.end + 1 || (g.start === whole.end + 2 && w[whole.end + 1].lower === "the"))) : undefined;
    // ("Sudan's government and the largest faction of the SLA signed", "with the Fateh Squad and the unit of X": a part
    // joined to another party by "and" is a party of its own, never said of the clause's subject.)
    const conjunct = /^(and|or)$/.test(w[a]?.lower ?? "");
    // ("X (JNIM, by its Arabic acronym), branch of": the name may run into the brackets.)
    const part = namedAfter ?? (w[a]?.text === "," ? v.groups.filter((g) => (g.end === a || (g.end >= apposed && g.end < a)) && g.kind === "actor").pop() : groupAt(v, a) ? undefined : (regardedBefore(v, a) ?? (conjunct ? undefined : subjectOf(v, i))));
    // (The main one of a people's parties is no member of the people: "Srpska Lista, the main party of Kosovo Serbs".)
    const coalition = !mainOne || PART_NOUNS_OF.has(word.lower) || (!!whole && (whole.keys.every((k) => COALITION_NAME.test(v.table.get(k)?.name ?? "")) || COALITION_NOUNS.has(w[whole.end]?.lower ?? "") || COALITION_NOUNS.has(w[whole.end + 1]?.lower ?? "")));
    if (holdsParts(v, whole) && holdsParts(v, part) && coalition) {
      pairs("MEMBER_OF", part, stateForArmy(v, whole), v, i, out);
      // "the RBPU and the GSU, both units of the National Police Service": every party listed.
      if (/^(both|all)$/.test(w[a + 1]?.lower ?? "")) for (const g of v.groups) if (g.kind === "actor" && g.end < part.start && g.start >= part.start - 8 && holdsParts(v, g)) pairs("MEMBER_OF", g, stateForArmy(v, whole), v, i, out);
      return;
    }
    // (A main member or force read no other way is left to the rules below: "the biggest member of ECOWAS".)
    if (!mainOne || PART_NOUNS_OF.has(word.lower)) return;
  }
  // "The M23 and its political umbrella, the Congo River Alliance (AFC)": the owner of "its" is a member.
  let its = i - 1;
  while (its > i - 3 && w[its]?.pos === "ADJ") its--;
  if (COALITION_NOUNS.has(word.lower) && /^(its|their)$/.test(w[its]?.lower ?? "") && w[i + 1]?.text === ",") {
    const whole = v.groups.find((g) => g.kind === "actor" && (g.start === i + 2 || (g.start === i + 3 && w[i + 2].lower === "the")));
    const member = w[its - 1]?.lower === "and" ? v.groups.find((g) => g.end === its - 1 && g.kind === "actor") : subjectOf(v, its);
    pairs("MEMBER_OF", member, whole, v, i, out);
    return;
  }
  // "Mali, Burkina Faso and Niger formed the Alliance of Sahel States": the founders of a coalition are its members.
  if (FOUND_LEMMAS.has(word.lemma) && actsAsVerb(v, i)) {
    // ("formed a confederation called the Alliance of Sahel States", "establishing a confederation, the AES": the name given.)
    const called = w.slice(i + 1, i + 6).findIndex((x, k) => /^(called|named|dubbed|,)$/.test(x.lower) && w.slice(i + 1, i + 1 + k).every((y) => /^(DET|ADJ|NOUN)$/.test(y.pos) && !y.cap));
    const founded = objectAfter(v, i, { kind: "actor", within: 3 }) ?? (called > 0 ? objectAfter(v, i + 1 + called, { kind: "actor", within: 3 }) : undefined);
    const coalition = founded?.keys.every((k) => k.startsWith("org:") && (v.table.get(k)?.name ?? "").split(/\s+/).some((x) => COALITION_NOUNS.has(x.toLowerCase()) || /^(confederation|federation|league|union|bloc)$/i.test(x)));
    if (coalition) pairs("MEMBER_OF", subjectOf(v, i), founded, v, i, out);
    return;
  }
  // "Fighters from the SLM joined the army": siding with; joining a coalition is membership.
  if (word.lemma === "join" && w[i + 1]?.lower !== "forces") {
    const joined = objectAfter(v, i, { kind: "actor", within: 3 });
    // ("Sweden, which joined NATO": a state joining a body of states becomes a member.)
    const isCoalition = joined?.keys.every((k) => v.table.get(k)?.type === "POLITICAL_GROUP" || (v.table.get(k)?.type === "ORGANIZATION" && k.startsWith("org:")));
    pairs(isCoalition ? "MEMBER_OF" : "ALLIED_WITH", subjectOf(v, i), joined, v, i, out);
    return;
  }
  // "The CPP belongs to the NDFP coalition"
  if (word.lemma === "belong" && w[i + 1]?.lower === "to" && actsAsVerb(v, i)) {
    const whole = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    if (holdsParts(v, whole)) pairs("MEMBER_OF", subjectOf(v, i), whole, v, i, out);
    return;
  }
  // "the coalition to which the M23 belongs": the body the relative clause is about.
  if (word.lemma === "belong" && w[i + 1]?.lower !== "to") {
    const toWhich = toWhichClause(v, i);
    if (toWhich && holdsParts(v, toWhich.whole)) pairs("MEMBER_OF", toWhich.member, toWhich.whole, v, i, out);
    return;
  }
  // "the AFPO, one of the main Fano groupings", "Fatah, the largest of the guerrilla groups in the PLO": a party
  // apposed as one of the groups a body is made of (named before the noun, or after "in") is its member.
  if (APPOSED_PLURALS.has(word.lower) && !word.cap) {
    const read = groupAt(v, i);
    const before = read && read.end === i + 1 ? read : v.groups.find((g) => g.kind === "actor" && g.end === i);
    let k = (before?.start ?? i) - 1;
    while (k > i - 8 && k > 0 && /^(ADJ|ADV|NOUN)$/.test(w[k].pos) && !w[k].cap && !groupAt(v, k)) k--;
    const opens = w[k]?.lower !== "the" || w[k - 1]?.lower !== "of" ? -1 : w[k - 2]?.lower === "one" ? k - 2 : w[k - 2]?.pos === "ADJ" && w[k - 3]?.lower === "the" ? k - 3 : -1;
    const part = w[opens - 1]?.text === "," ? v.groups.filter((g) => g.kind === "actor" && g.end === opens - 1).pop() : undefined;
    const whole = before ?? (/^(in|of|within)$/.test(w[i + 1]?.lower ?? "") ? objectAfter(v, i + 1, { kind: "actor", within: 3 }) : undefined);
    if (isBodyOfPeople(v, part) && holdsParts(v, whole) && !part.keys.some((key) => whole.keys.includes(key))) return pairs("MEMBER_OF", part, whole, v, i, out);
  }
  // "The KNA is among the constituent groups of the KNO": one of the parts a body is made of.
  if (MEMBER_PLURALS.has(word.lower) && w[i + 1]?.lower === "of" && w.slice(Math.max(0, i - 4), i).some((x) => x.lower === "among")) {
    const whole = objectAfter(v, i + 1, { kind: "actor", within: 4 });
    if (holdsParts(v, whole)) pairs("MEMBER_OF", subjectOf(v, i), whole, v, i, out);
    return;
  }
  // "the eight NATO members around the Baltic Sea — Denmark, Estonia …", "CSTO member states such as Armenia": the states listed.
  const memberAt = word.lower === "members" ? i : /^(states|countries|nations)$/.test(word.lower) && w[i - 1]?.lower === "member" ? i - 1 : -1;
  const bodyOf = memberAt > 0 ? v.groups.find((g) => g.end === memberAt && g.kind === "actor" && g.keys.every((k) => k.startsWith("org:"))) : undefined;
  if (bodyOf) {
    const opener = w.slice(i + 1, i + 9).findIndex((x, k) => /^[—–:-]$/.test(x.text) || x.lower === "including" || (x.lower === "as" && w[i + k]?.lower === "such"));
    const listed = opener >= 0 ? objectAfter(v, i + 1 + opener, { kind: "actor", within: 3 }) : undefined;
    if (listed?.keys.every((k) => v.table.get(k)?.type === "STATE")) pairs("MEMBER_OF", listed, bodyOf, v, i, out);
  }
  // "X is part of Y", "X, part of the coalition", "a member of Y"
  // "The UAE, the coalition's other main member,": the party apposed is in the body owning the word.
  // "ECCAS, of which Gabon is a member", "SADC, of which South Africa and Botswana are both members": the body before "of which".
  if ((word.lower === "member" || word.lower === "members") && w[i + 1]?.lower !== "of") {
    const ofWhich = w.slice(Math.max(0, i - 10), i).findIndex((x, k, all) => x.text === "," && all[k + 1]?.lower === "of" && all[k + 2]?.lower === "which");
    if (ofWhich >= 0) {
      const comma = Math.max(0, i - 10) + ofWhich;
      const body = v.groups.filter((g) => g.end === comma && g.kind === "actor").pop() ?? (w[comma - 1]?.text === ")" ? v.groups.filter((g) => g.end === w.slice(0, comma).findLastIndex((x) => x.text === "(") && g.kind === "actor").pop() : undefined);
      const member = v.groups.find((g) => g.start === comma + 3 && g.kind === "actor");
      if (member && w[member.end]?.lemma === "be" && holdsParts(v, body)) return pairs("MEMBER_OF", member, body, v, i, out);
    }
  }
  if (word.lower === "member" && w[i + 1]?.lower !== "of") {
    let k = i - 1;
    while (k > 0 && w[k].pos === "ADJ" && !w[k].cap) k--;
    // ("Nigeria, its largest member,": "its" stands for the body.)
    const owner = POSSESSIVE.test(w[k]?.text ?? "") || w[k]?.lower === "its" ? v.groups.find((g) => (g.end === k || (g.start === k && w[k].lower === "its")) && g.kind === "actor") : undefined;
    const opens = owner ? (w[owner.start - 1]?.lower === "the" ? owner.start - 1 : owner.start) : -1;
    const part = owner && w[opens - 1]?.text === "," ? v.groups.find((g) => g.end === opens - 1 && g.kind === "actor") : undefined;
    if (part && owner) return pairs("MEMBER_OF", part, owner, v, i, out);
    // "Poland, a NATO member,", "NATO member Turkey": a body's name right before the word.
    const body = v.groups.find((g) => g.end === i && g.kind === "actor" && g.keys.every((key) => key.startsWith("org:")));
    if (body) {
      const at = /^(a|an)$/.test(w[body.start - 1]?.lower ?? "") && w[body.start - 2]?.text === "," ? body.start - 2 : -1;
      const apposed = at > 0 ? v.groups.filter((g) => g.end === at && g.kind === "actor").pop() : undefined;
      const named = w[i + 1]?.cap ? v.groups.find((g) => g.start === i + 1 && g.kind === "actor") : undefined;
      return pairs("MEMBER_OF", apposed ?? named, body, v, i, out);
    }
  }
  if ((word.lower === "part" || word.lower === "member" || word.lower === "members" || word.lower === "component") && w[i + 1]?.lower === "of" && w[i - 1]?.lower !== "in") {
    // "The KNU is not part of the alliance", "is not a formal member of ECOWAS": a membership the writer denies.
    // (A denied backing is an accusation still made; a denied membership says only who is outside.)
    if (w.slice(Math.max(0, i - 4), i).some((x) => DENIED.test(x.lower)) && !/^(only|just|merely)$/.test(w[i - 1]?.lower ?? "")) return;
    const found = objectAfter(v, i + 1, { kind: "actor", within: 6 });
    // "part of a coalition fighting the Islamic State group": the whole is the noun phrase after "of", not what it fights.
    // ("the so-called Three Brotherhood Alliance", "the self-styled LNA")
    // ("the 15-nation Economic Community of West African States": a count of its members.)
    const whole = found && w.slice(i + 2, found.start).every((x) => /^(DET|ADJ|NUM)$/.test(x.pos) || x.cap || x.text === "'s" || /^(so|self)-/.test(x.lower) || /^\d+-(nation|member|country|state)$/.test(x.lower)) ? found : undefined;
    // "police killed several members of the gang": members a verb acts on are its object, not its subject.
    let before = i - 1;
    while (before > 0 && /^(DET|ADJ|NUM)$/.test(w[before].pos)) before--;
    if (w[before]?.pos === "VERB" && !BE.test(w[before].lower)) return;
    // ("238 of them were members of Tren de Aragua and 23 were members of MS-13": people counted are the members, no party.)
    if (/^(is|are|was|were)$/.test(w[before]?.lower ?? "") && (w[before - 1]?.pos === "NUM" || w[before - 1]?.lower === "them") && !v.groups.some((g) => g.end === before)) return;
    // "the Islah party, an important component of the government": back over the apposition's article and adjectives.
    let lead = i - 1;
    while (lead > i - 4 && lead > 0 && /^(DET|ADJ|ADV)$/.test(w[lead].pos)) lead--;
    // ("…, and members of the U.S. Congress have proposed aid": members opening a clause of their own are
    // unnamed people, not the last clause's subject.)
    // ("the United States, Germany and other members of NATO": a list closed by "and other members" names members.)
    const listedBefore = w[lead]?.lower === "and" && w[lead + 1]?.lower === "other" ? v.groups.find((g) => (g.kind === "actor" || isCountryGroup(v, g)) && (g.end === lead || (g.end === lead - 1 && w[lead - 1].text === ","))) : undefined;
    if (listedBefore && holdsParts(v, whole)) return pairs("MEMBER_OF", listedBefore, whole, v, i, out);
    if (word.lower === "members" && /^(and|but|while|whereas)$/.test(w[lead]?.lower ?? "")) return;
    // ("Nigeria, the region's military heavyweight and the biggest member of ECOWAS": past a first apposition joined by "and".)
    if (w[lead]?.lower === "and" && word.lower !== "members") {
      let first = lead - 1;
      while (first > lead - 7 && first > 0 && (/^(DET|ADJ|NOUN)$/.test(w[first].pos) || POSSESSIVE.test(w[first].text) || v.groups.some((g) => g.start <= first && first < g.end && g.kind === "location")) && w[first].text !== ",") first--;
      if (w[first]?.text === "," && /^(the|a|an)$/.test(w[first + 1]?.lower ?? "") && v.groups.some((g) => g.end === first && g.kind === "actor")) lead = first;
    }
    const member = w[lead]?.text === "," ? v.groups.filter((g) => g.end === lead).pop() : subjectOf(v, i);
    // Part of a state is territory, not membership.
    // "Chad sent troops as part of the task force": a state takes part in a body; "is part of" a body it is not.
    const takesPart = w[i - 1]?.lower === "as";
    // A state is a member of an alliance ("a member of the CSTO"); it is not "part of" one's territory.
    if (holdsParts(v, whole) && member && (takesPart || word.lower !== "part" || v.table.get(member.keys[0])?.type !== "STATE")) {
      pairs("MEMBER_OF", member, whole, v, i, out);
      // "India is a member of the Quad grouping with the United States, Japan and Australia": the states it shares the body with.
      let k = whole.end;
      if (w[k]?.pos === "NOUN" && !w[k].cap) k++;
      const withAt = /^(with|alongside)$/.test(w[k]?.lower ?? "") ? k : w[k]?.lower === "along" && w[k + 1]?.lower === "with" ? k + 1 : -1;
      const others = withAt > 0 ? v.groups.find((g) => g.kind === "actor" && (g.start === withAt + 1 || (g.start === withAt + 2 && w[withAt + 1].lower === "the"))) : undefined;
      if (others && v.table.get(member.keys[0])?.type === "STATE" && others.keys.every((key) => v.table.get(key)?.type === "STATE")) pairs("MEMBER_OF", others, whole, v, i, out);
    }
    return;
  }
  if (!ALLY_WORDS.has(word.lower)) return;
  // "France long regarded Deby as a key ally": whom a side sees as its ally.
  let as = i - 1;
  while (as > i - 4 && as > 0 && /^(DET|ADJ|ADV)$/.test(w[as].pos)) as--;
  const seen = /^(ally|partner)$/.test(word.lower) && w[as]?.lower === "as" ? groupAt(v, as - 1) : undefined;
  // ("regarded President Idriss Deby as": a title may come before the name.)
  let verb = seen ? seen.start - 1 : -1;
  while (verb > 0 && TITLES.get(w[verb].lower) !== undefined) verb--;
  if (seen && REGARD_LEMMAS.has(w[verb]?.lemma ?? "")) return pairs("ALLIED_WITH", subjectOf(v, verb), seen, v, i, out);
  // "Chile and Peru, two of Spain's oldest allies", "X and Y, allies against Z": allies apposed to a list of
  // parties are each the possessor's ally, or, where no possessor is named, one another's.
  const allies = word.lower === "allies" ? alliesApposed(v, i) : undefined;
  if (allies) return allies.possessor ? pairs("ALLIED_WITH", allies.listed, allies.possessor, v, i, out) : within("ALLIED_WITH", allies.listed, v, i, out);
  const theirs = word.lower === "allies" ? theirNamedAllies(v, i) : undefined;
  // ("the United States and its NATO allies": a body of states so named is one the owner belongs to.)
  if (theirs) return pairs(theirs.named.keys.every((k) => v.table.get(k)?.type !== "ORGANIZATION") ? "ALLIED_WITH" : "MEMBER_OF", theirs.owner, theirs.named, v, i, out);
  // ("is ally close of the President X", "an ally key of Paris": a describing word after the noun.)
  const postposed = /^(ally|allies|partner|partners)$/.test(word.lower) ? postposedAdjective(w, i) : 0;
  const next = w[i + 1 + postposed]?.lower ?? "";
  // "Eritrea is Ethiopia's closest ally", "Belarus, Russia's staunchest ally,"
  // Only "ally": a "partner" is as often a trading one, unless it is one "in the fight against" someone.
  const warPartner = /^partners?$/.test(word.lower) && w[i + 1]?.lower === "in" && w.slice(i + 2, i + 5).some((x) => /^(fight|war|battle|campaign)$/.test(x.lower));
  const mark = word.lower === "ally" || warPartner ? w.slice(Math.max(0, i - 4), i).findLastIndex((x) => x.text === "'s") : -1;
  const possessor = mark >= 0 ? groupAt(v, Math.max(0, i - 4) + mark - 1) : undefined;
  if (possessor) {
    // "Assad's closest ally, Iran": the ally named right after.
    const after = w[i + 1]?.text === "," ? v.groups.find((g) => g.start === i + 2 && g.kind === "actor") : undefined;
    if (after) return pairs("ALLIED_WITH", after, possessor, v, i, out);
    const apposed = w[possessor.start - 1]?.text === "," ? v.groups.filter((g) => g.end === possessor.start - 1).pop() : undefined;
    // "leaving the Rwandans as Maputo's main partner": the one named before "as".
    const as = w[possessor.start - 1]?.lower === "as" ? v.groups.filter((g) => g.end === possessor.start - 1 && g.kind === "actor").pop() : undefined;
    return pairs("ALLIED_WITH", apposed ?? as ?? subjectOf(v, possessor.start), possessor, v, i, out);
  }
  // "the SDF, a key U.S. ally", "Belarus, a close Russian ally": the state named right before the noun is the one allied with.
  // "Malian forces and their Russian allies": whose allies "their" says, named right before.
  // ("Uganda, a key U.S. security ally": a word may say what kind of ally.)
  const kindBefore = w[i - 1]?.pos === "NOUN" && !w[i - 1].cap && !groupAt(v, i - 1) && w[i - 2]?.cap ? 1 : 0;
  const stateBefore = /^(ally|allies)$/.test(word.lower) ? groupAt(v, i - 1 - kindBefore) : undefined;
  if (stateBefore && stateBefore.end === i - kindBefore && stateBefore.keys.every((k) => v.table.get(v.table.actorFor(k, v.s.index))?.type === "STATE")) {
    let j = stateBefore.start - 1;
    while (j > 0 && /^(ADJ|ADV|DET)$/.test(w[j].pos) && w[j].text !== ",") j--;
    const theirs = /^(its|their)$/.test(w[j]?.lower ?? "") && /^(and|,)$/.test(w[j - 1]?.lower ?? "") ? v.groups.filter((g) => g.end === j - 1 && g.kind === "actor").pop() : undefined;
    const apposed = w[j]?.text === "," ? v.groups.filter((g) => g.end === j && g.kind === "actor").pop() : undefined;
    if (theirs || word.lower === "ally") return pairs("ALLIED_WITH", theirs ?? apposed ?? subjectOf(v, j + 1), stateBefore, v, i, out);
  }
  // "the CSP, an alliance of Tuareg groups": the alliance's makeup, not its allies; only parties named outright are members.
  if (/^(alliance|coalition)$/.test(word.lower) && next === "of") {
    const part = objectAfter(v, i + 1, { kind: "actor", within: 2 });
    const described = part && /^(NOUN|ADJ)$/.test(w[part.end]?.pos ?? "") && !w[part.end].cap;
    const whole = w[i - 2]?.text === "," ? v.groups.filter((g) => g.end === i - 2).pop() : undefined;
    if (part && !described && whole) pairs("MEMBER_OF", part, whole, v, i, out);
    return;
  }
  // "its ally Hamas", "Russia's ally Belarus": the owner's ally is named right after.
  // "Assad's other main ally, Iran": the name may follow a comma.
  const namedAt = w[i + 1]?.lower === "the" || w[i + 1]?.text === "," ? i + 2 : i + 1;
  const named = /^(ally|allies)$/.test(word.lower) ? v.groups.find((g) => g.start === namedAt && g.kind === "actor") : undefined;
  // ("its treaty ally Japan": a word may say what kind of ally.)
  const kindOf = w[i - 1]?.pos === "NOUN" && !w[i - 1].cap && /^(its|their)$/.test(w[i - 2]?.lower ?? "") ? 1 : 0;
  const owner = w[i - 1]?.text === "'s" ? groupAt(v, i - 2) : /^(its|their)$/.test(w[i - 1 - kindOf]?.lower ?? "") ? groupAt(v, i - 1 - kindOf) : undefined;
  if (named && owner) return pairs("ALLIED_WITH", owner, named, v, i, out);
  if (!/^(of|with|to)$/.test(next)) {
    if (/^(allies|partners)$/.test(word.lower)) within("ALLIED_WITH", subjectOf(v, i), v, i, out);
    // "the Taliban and al Qaeda remain closely aligned": a coordinated subject said to be allied is allied within itself.
    else if (/^(aligned|allied)$/.test(word.lower) && predicated(w, i)) within("ALLIED_WITH", subjectOf(v, i), v, i, out);
    return;
  }
  // "the Islamic State in the Sahel (ISGS), affiliated to Islamic State", "the KLF is affiliated with al-Qaeda": a body
  // affiliated to another is one of its parts, as an affiliate is (named before the comma, past an acronym in brackets).
  if (word.lower === "affiliated") {
    // (The name before the brackets, or the acronym in them where only it was read as a name.)
    let open = i - 1;
    if (w[i - 2]?.text === ")") while (open > 0 && w[open].text !== "(") open--;
    const part = w[i - 1]?.text === "," ? v.groups.filter((g) => g.kind === "actor" && (g.end === i - 1 || g.end === open || (g.start === open + 1 && g.end === i - 2))).pop() : predicated(w, i) ? subjectOf(v, i) : undefined;
    const whole = objectAfter(v, i + 1, { kind: "actor", within: 6 });
    if (isBodyOfPeople(v, part) && holdsParts(v, whole) && !part.keys.some((k) => whole.keys.includes(k))) return pairs("MEMBER_OF", part, whole, v, i, out);
  }
  // "forces loyal to X" was resolved to X itself; only a named actor can be an ally.
  // ("fighters of the Kamajor militia and men loyal to X": men named by a common noun are loyal, not the party before them.)
  // ("push back forces loyal to X": the tagger may read the noun for fighters as a verb.)
  const unnamed = /^(loyal|aligned|allied|affiliated)$/.test(word.lower) && !groupAt(v, i - 1) && (w[i - 1]?.pos === "NOUN" || GROUP_NOUNS.has(w[i - 1]?.lower ?? "")) && !w[i - 1].cap;
  // ("X, a close ally of Y": an apposition's ally is the name before it, not the clause's subject.)
  let opens = i - 1;
  while (opens > 0 && /^(ADJ|ADV)$/.test(w[opens].pos)) opens--;
  const apposed = /^(a|an|the)$/.test(w[opens]?.lower ?? "") && w[opens - 1]?.text === "," ? v.groups.find((g) => g.end === opens - 1 && g.kind === "actor") : undefined;
  const subject = apposed ?? groupAt(v, i - 1) ?? (w[i - 1]?.text === "," || unnamed ? undefined : subjectOf(v, i));
  const comma = w.slice(Math.max(0, i - 5), i).findLastIndex((x) => x.text === ",") + Math.max(0, i - 5);
  const appositive = comma >= Math.max(0, i - 5) && (!unnamed || w.slice(comma + 1, i).every((x) => /^(DET|ADJ|NOUN)$/.test(x.pos))) ? v.groups.filter((g) => g.end <= i && w[g.end]?.text === ",").pop() : undefined;
  // ("a close ally of Islamabad": a capital one is allied with is its state, before any party named further on:
  // "an ally of Paris in the fight against the jihadists".)
  const capitalAlly = /^all(y|ies)$/.test(word.lower) ? objectAfter(v, i + 1 + postposed, { kind: "actor", within: 2, after: /^(of|with|to)$/ }) : undefined;
  const ally = capitalAlly ?? objectAfter(v, i + 1 + postposed, { kind: "actor", within: 6 });
  // ("Peshmerga units loyal to the Kurdistan Regional Government", "militias loyal to the Khatumo administration":
  // fighters loyal to a body of their own make up that body; those loyal to a state's side, "irregulars loyal to
  // Baghdad", are its allies, and so are those loyal to a man.)
  if (word.lower === "loyal" && ally?.keys.every((k) => OWN_BODY.test(v.table.actorFor(k, v.s.index)))) return;
  pairs("ALLIED_WITH", subject ?? appositive, ally, v, i, out);
}

/** The keys of a body that is no state's government or army, nor a person. */
const OWN_BODY = /^org:/;

/**
 * 1 when a describing word follows the noun at `i` before "of", "with" or "to", as translated copy (from French,
 * Spanish …) puts it: "an ally key of", "branch sahelian of"; else 0.
 */
function postposedAdjective(w: Word[], i: number): number {
  const x = w[i + 1];
  // (The tagger reads a describing word it does not know, "sahelian", as a noun: its ending tells.)
  const describing = x !== undefined && !x.cap && (x.pos === "ADJ" || (x.pos === "NOUN" && ADJECTIVE_ENDING.test(x.lower)));
  return describing && /^(of|with|to)$/.test(w[i + 2]?.lower ?? "") ? 1 : 0;
}
const ADJECTIVE_ENDING = /(ian|ean|ese|ish|ic|al)$/;

/**
 * "Chile and Peru, two of Spain's oldest allies", "Ruto and Ugandan President Museveni, allies against …": the list
 * of parties (two or more) set off by a comma before the plural noun at `i`, and the possessor named between them.
 */
function alliesApposed(v: View, i: number): { listed: Group; possessor?: Group } | undefined {
  const w = v.s.words;
  let possessor: Group | undefined;
  let k = i - 1;
  // Back over what may describe the allies: "two of", "both", "the closest", "longtime", "Spain's".
  while (k > i - 8 && k > 0 && w[k].text !== ",") {
    const owner = POSSESSIVE.test(w[k].text) && !possessor ? groupAt(v, k - 1) : undefined;
    if (owner) {
      possessor = owner;
      k = owner.start - 1;
    } else if (/^(DET|ADJ|ADV|NUM)$/.test(w[k].pos) || /^(of|both|all)$/.test(w[k].lower)) k--;
    else return undefined;
  }
  if (w[k]?.text !== ",") return undefined;
  const last = v.groups.filter((g) => g.kind === "actor" && g.end === k).pop();
  if (!last) return undefined;
  // ("Ruto and Ugandan President Museveni": a demonym before a title is the person's country, not a party listed.)
  const titled = TITLES.get(w[last.start - 1]?.lower ?? "") !== undefined ? v.groups.find((g) => g.kind === "actor" && g.end === last.start - 1 && g.keys.length > 1) : undefined;
  const keys = titled ? [...titled.keys.slice(0, -1), ...last.keys] : last.keys;
  if (keys.length < 2 || (possessor && keys.some((key) => possessor!.keys.includes(key)))) return undefined;
  return { listed: { ...last, start: titled?.start ?? last.start, keys }, possessor };
}

/**
 * "Mali and its Russian allies", "FAPLA, the army of the MPLA, and their Cuban allies", "Kenya and its EU allies": read as
 * one list ending at the plural noun at `i`, the party named right before it (the last of the list) and the owner of
 * "its" or "their" (the list before "and", only its first party past an apposition closed by ", and"). A body of
 * states named so ("its NATO allies") says whose members the allies are, not who is allied: the caller reads the
 * owner as a member of it.
 */
function theirNamedAllies(v: View, i: number): { owner: Group; named: Group } | undefined {
  const w = v.s.words;
  const g = groupAt(v, i - 1);
  if (!g || g.end !== i || g.keys.length < 2) return undefined;
  let k = i - 1;
  while (k > g.start && (w[k].cap || w[k].pos === "ADJ") && !/^(its|their)$/.test(w[k].lower)) k--;
  if (!/^(its|their)$/.test(w[k]?.lower ?? "") || w[k - 1]?.lower !== "and" || k === i - 1) return undefined;
  const named = { ...g, start: k + 1, keys: g.keys.slice(-1) };
  const owner = { ...g, end: k - 1, keys: w[k - 2]?.text === "," ? g.keys.slice(0, 1) : g.keys.slice(0, -1) };
  return { owner, named };
}

/** Whether the verb at `i` says a fight or a seizure: "drove … out", "overran", "took up arms". */
function fightsAt(v: View, i: number): boolean {
  const w = v.s.words;
  const tookUpArms = w[i].lemma === "take" && w[i + 1]?.lower === "up" && w[i + 2]?.lower === "arms";
  return tookUpArms || ((OPPOSE_VERBS.has(w[i].lemma) || CONTROL_VERBS.has(w[i].lemma)) && actsAsVerb(v, i));
}

const LINKING_LEMMAS = new Set(["be", "remain", "become", "stay"]);
/** Whether the word at `i` is a predicate after "are", "remain", "became" (past adverbs: "remain closely aligned"). */
function predicated(w: Word[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && w[k].pos === "ADV") k--;
  return LINKING_LEMMAS.has(w[k]?.lemma ?? "");
}

/**
 * "Ankara considers the YPG a terrorist group and an extension of the PKK", "sees the group as an offshoot of X":
 * the party a verb of regarding takes as its object, before the predicate that opens after word `a`.
 */
function regardedBefore(v: View, a: number): Group | undefined {
  const w = v.s.words;
  let k = a;
  // (Past a first predicate joined by "and".)
  if (w[k]?.lower === "and") for (k--; k > 0 && /^(DET|ADJ|NOUN)$/.test(w[k].pos) && !w[k].cap && !groupAt(v, k); ) k--;
  if (w[k]?.lower === "as") k--;
  const g = groupAt(v, k);
  if (!g || g.end !== k + 1 || g.kind !== "actor") return undefined;
  const verb = w[g.start - 1]?.lower === "the" ? g.start - 2 : g.start - 1;
  return REGARD_LEMMAS.has(w[verb]?.lemma ?? "") ? g : undefined;
}

/** The actors named in a clause before its verb, as one group: the signatories of "X and Y signed a pact". */
function partiesBefore(v: View, i: number): Group | undefined {
  const w = v.s.words;
  let verb = i - 1;
  while (verb > 0 && w[verb].pos !== "VERB") verb--;
  let start = verb;
  // ("warned Venezuela that it would pay if it attacked Guyana, as he signed a pact": only the signing clause's parties.)
  while (start > 0 && !isBoundary(v, start - 1) && !/^(if|as|unless|whether)$/.test(w[start - 1].lower)) start--;
  const keys = v.groups.filter((g) => g.kind === "actor" && g.start >= start && g.end <= verb && !/^(ADP)$/.test(w[g.start - 1]?.pos ?? "")).flatMap((g) => g.keys);
  // "Russian President Putin and North Korean leader Kim": their states sign, not the two men.
  const states = keys.filter((k) => v.table.get(k)?.type === "STATE");
  const unique = [...new Set(states.length > 1 ? states : keys)];
  return unique.length > 1 ? { start, end: verb, keys: unique, kind: "actor" } : undefined;
}

/** "the elite unit of the Cameroonian army": a unit of a state's army is one of the state's own bodies. */
function stateForArmy(v: View, g: Group): Group {
  const army = g.keys.length === 1 && g.keys[0].startsWith("army:") ? v.table.get(g.keys[0]) : undefined;
  const c = army?.country ? countryByIso3(army.country) : undefined;
  return c ? { ...g, keys: [v.table.state(c, v.s.index).key] } : g;
}

/**
 * "Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada": the parties named one after another from `g`,
 * with only a comma or "and" between them (where a word that names no party, or ends a list, closes it, commas alone
 * were not read as a list).
 */
function listOn(v: View, g: Group | undefined): Group | undefined {
  const w = v.s.words;
  let listed = g;
  for (let next = g; next; ) {
    // ("the UPC of Ali Darassa, the FPRC of Noureddine Adam": past the person a member is "of".)
    const leader = w[listed!.end]?.lower === "of" ? v.groups.find((x) => x.start === listed!.end + 1 && x.keys.every((k) => v.table.get(k)?.type === "PERSON")) : undefined;
    const end = leader?.end ?? listed!.end;
    const at = end + (w[end]?.text === "," && w[end + 1]?.lower === "and" ? 2 : 1);
    next = /^(,|and)$/.test(w[end]?.lower ?? "") ? v.groups.find((x) => x.kind === "actor" && (x.start === at || (x.start === at + 1 && w[at].lower === "the"))) : undefined;
    if (next) listed = { ...listed!, end: next.end, keys: [...listed!.keys, ...next.keys] };
  }
  return listed;
}

/**
 * The groups listed after word `i` up to where the clause goes on ("…, launched the offensive"; "five
 * countries including …" does not end it), a semicolon or the sentence's end: "made up of X, Y and Z",
 * "whose troops come from X, Y and Z".
 */
function listedAfter(v: View, i: number): Group[] {
  const w = v.s.words;
  const listed: Group[] = [];
  for (let j = i + 1; j < Math.min(w.length, i + 30) && !/^(;|\.)$/.test(w[j].text); j++) {
    const g = groupAt(v, j);
    if (g) {
      listed.push(g);
      j = g.end - 1;
    } else if (/^(VERB|AUX)$/.test(w[j].pos) && w[j].lower !== "including") break;
  }
  return listed;
}

/** The body before "whose troops come from" or "a coalition of troops from", if the words before `from` say so. */
function troopsFromWhole(v: View, from: number): Group | undefined {
  const w = v.s.words;
  let k = from - 1;
  while (k > from - 4 && /^(come|came|coming|drawn|are|were|mostly|mainly|largely)$/.test(w[k]?.lower ?? "")) k--;
  if (!STATE_FORCE_NOUNS.has(w[k]?.lower ?? "")) return undefined;
  let comma = -1;
  if (w[k - 1]?.lower === "whose") comma = k - 2;
  else if (w[k - 1]?.lower === "of" && (COALITION_NOUNS.has(w[k - 2]?.lower ?? "") || MISSION_NOUNS.has(w[k - 2]?.lower ?? ""))) {
    // "the MNJTF, the regional coalition of troops": the name the described noun is in apposition to.
    for (comma = k - 3; comma > 0 && w[comma].text !== "," && /^(DET|ADJ|NOUN)$/.test(w[comma].pos) && !w[comma].cap; ) comma--;
  }
  if (w[comma]?.text !== ",") return undefined;
  // ("the African Union Mission in Somalia (AMISOM), whose troops": past the acronym in brackets.)
  let end = comma;
  if (w[comma - 1]?.text === ")") for (end = comma - 2; end > 0 && w[end].text !== "("; ) end--;
  const whole = v.groups.filter((g) => g.kind === "actor" && (g.end === comma || g.end === end || g.end === comma - 1)).pop();
  return isBodyOfPeople(v, whole) ? whole : undefined;
}

/**
 * "a rival in Islamic State's local affiliate, known as IS-K": a party owning a part named after it stands
 * for the part, which is the one meant (by the name it is then given, if any; never the owner).
 */
function partOwned(v: View, g: Group): Group | undefined {
  const w = v.s.words;
  if (!POSSESSIVE.test(w[g.end]?.text ?? "")) return g;
  let k = g.end + 1;
  while (k < g.end + 4 && /^(ADJ|NOUN)$/.test(w[k]?.pos ?? "") && !PART_NOUNS_OF.has(w[k].lower)) k++;
  if (!PART_NOUNS_OF.has(w[k]?.lower ?? "")) return g;
  let n = w[k + 1]?.text === "," ? k + 2 : k + 1;
  n += namingWordsAt(w, n);
  if (w[n]?.lower === "the") n++;
  // ("known as Islamic State Khorasan or IS-K": one part, by two names.)
  const named = v.groups.find((x) => x.start === n && x.kind === "actor");
  return named && { ...named, keys: named.keys.slice(0, 1) };
}

/**
 * A relative clause opened by "to which" before the verb at `i` ("the coalition to which the M23 belongs",
 * "Islamic State, to which Boko Haram leader X had pledged allegiance"): the body it is about, named right
 * before (past a comma and an acronym in brackets), and the first party the clause names, its subject
 * ("Boko Haram leader X": the body its leader speaks for).
 */
function toWhichClause(v: View, i: number): { whole: Group; member: Group } | undefined {
  const w = v.s.words;
  let which = i - 1;
  while (which > i - 9 && which > 0 && w[which].lower !== "which" && !isBoundary(v, which) && w[which].text !== ",") which--;
  if (w[which]?.lower !== "which" || w[which - 1]?.lower !== "to") return undefined;
  let end = which - 1;
  if (w[end - 1]?.text === ",") end--;
  if (w[end - 1]?.text === ")") while (end > 0 && w[end].text !== "(") end--;
  const whole = v.groups.filter((g) => g.kind === "actor" && g.end === end).pop();
  const member = v.groups.find((g) => g.kind === "actor" && g.start > which && g.end <= i);
  return whole && member && !member.keys.some((k) => whole.keys.includes(k)) ? { whole, member } : undefined;
}
