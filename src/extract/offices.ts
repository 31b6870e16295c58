/**
 * Offices no body is named for: "President Bola Tinubu", "Defence Minister X", "Army spokesman General X".
 * Where such an office is held is worked out once all of an article's roles are read.
 */
import { armyOf, governmentOf, isRegionalGovernment } from "./bodies.js";
import type { EntityTable } from "./entities.js";
import { countryByIso3, countryForm } from "./gazetteer.js";
import { firstTitle } from "./leadership.js";
import type { Mention } from "./mentions.js";
import type { RawRelation } from "./relations/index.js";
import { ALLY_WORDS, BACKER_NOUNS, GOVERNMENT_NOUNS, LEADING_VERBS, LOCATIVE, RULING_VERBS, RIVAL_NOUNS, MILITARY_RULE, OUSTING_LEMMAS, SPEECH_VERBS, TITLES } from "./vocabulary.js";
import { datelineDash, insideQuote, POSSESSIVE, QUOTE_MARK, surfaceOf, type WordSentence } from "./words.js";

/** A titled person whose title names no body: where the office is, is decided once the article's roles are all read. */
export interface Unplaced {
  m: Mention;
  s: WordSentence;
  at: number;
  titleWords: string[];
  /** The person whose office it is ("Ghani's national security adviser"): it is held in what they lead. */
  of?: string;
}

/**
 * "President Bola Tinubu", "Defence Minister Chol Thon Balok": a state's office with no state named
 * is held for the one the person speaks for ("said Cairo had not been consulted"), else for a foreign
 * country the sentence before opened with, else for the country the story is clearly about. Someone
 * the article places elsewhere keeps that place.
 * These are read last, and nothing else is rewritten through them: the place is a guess from the story.
 */
export function placeOffices(unplaced: Unplaced[], roles: RawRelation[], mentions: Mention[][], table: EntityTable, sentences: WordSentence[]): RawRelation[] {
  const out: RawRelation[] = [];
  // (Leading a party places no one in an office of state: "President Nayib Bukele's Nuevas Ideas party".)
  // (Nor does chairing a body of states: "Rajoelina is also the current chairman of the SADC".)
  const placed = new Set(roles.filter((r) => (r.type === "LEADS" || r.type === "MEMBER_OF") && table.get(r.target)?.type !== "POLITICAL_GROUP" && !(r.type === "LEADS" && table.get(r.target)?.type === "ORGANIZATION")).map((r) => r.source));
  const guessed = new Set<RawRelation>();
  for (const { m, s, at, titleWords, of } of unplaced) {
    if (placed.has(m.key)) continue;
    if (of) {
      // ("President X's government" of a head not yet placed: the government named after them, placed with them.)
      const led = roles.find((r) => r.type === "LEADS" && r.source === of && /^(STATE|GOVERNMENT)$/.test(String(table.get(r.target)?.type)))?.target ?? [...table.records.values()].find((r) => r.ledBy === of)?.key;
      if (led) out.push({ type: "MEMBER_OF", source: m.key, target: led, sentence: s.index, trigger: at, byName: true });
      placed.add(m.key);
      continue;
    }
    // "deposing President Mohamed Bazoum": a head ousted holds the office no more.
    if (OUSTING_LEMMAS.has(s.words[at - 1]?.lemma ?? "")) continue;
    // ("helped Rajoelina seize power from President Marc Ravalomanana in 2009", "took the power from the
    // president Pascal Lissouba": one power was taken from held it no more.)
    const from = s.words[at - 1]?.lower === "the" ? at - 2 : at - 1;
    if (s.words[from]?.lower === "from" && s.words.slice(Math.max(0, from - 5), from).some((x) => x.lower === "power")) continue;
    // ("ending the eight-year rule of President Idi Amin": nor one whose rule is ended.)
    if (s.words[at - 1]?.lower === "of" && s.words[at - 2]?.lower === "rule" && s.words.slice(Math.max(0, at - 6), at - 2).some((x) => x.lemma === "end" || OUSTING_LEMMAS.has(x.lemma))) continue;
    // "Police Commissioner X", "Police Inspector General X": the head of the one police force the story names.
    const police = titleWords[0] === "police" ? policeForce(table) : undefined;
    const policeTitle = police ? firstTitle(titleWords.slice(1))[0] : undefined;
    if (police && policeTitle) {
      out.push({ type: POLICE_HEADS.has(policeTitle) ? "LEADS" : "MEMBER_OF", source: m.key, target: police, sentence: s.index, trigger: at, byName: true });
      placed.add(m.key);
      continue;
    }
    const office = stateOffice(titleWords);
    if (!office) continue;
    if (office === "region") {
      // Only where the article names a single regional government is it clear which one they head.
      const regions = [...table.records.values()].filter((r) => isRegionalGovernment(r.key));
      if (regions.length === 1) out.push({ type: "LEADS", source: m.key, target: regions[0].key, sentence: s.index, trigger: at, byName: true });
      placed.add(m.key);
      continue;
    }
    // "Iran, which has backed President Nicolas Maduro": a sentence that names the home state beside
    // the person (past its dateline) sets them apart from it.
    const dateline = datelineDash(s.words);
    const home = table.homeIsClear ? table.home : undefined;
    // ("arrived in El Salvador overnight, President Nayib Bukele said": the home named as a place does not.)
    // ("Bangladesh President X … Prime Minister Y": nor does the home naming another office holder's title.)
    const titles = (x: Mention) => mentions[s.index].some((o) => o !== m && o.title !== undefined && (o.title.start === x.end || (o.title.start === x.end + 1 && POSSESSIVE.test(s.words[x.end].text))));
    // ("Prime Minister X said Lebanon was ready": nor the home the person speaks for.)
    const speaksForHome = home !== undefined && spokenFor(s.words, mentions[s.index], m, table) === home;
    // ("Under President X, Mali has turned away", "Spain endorsed Morocco's plan … King X", "in eastern DRC":
    // the home named otherwise, as what it owns or does, is the person's own.)
    const besideHome = home !== undefined && !speaksForHome && mentions[s.index].some((x) => x.start >= dateline && table.actorFor(x.key, s.index) === `state:${home}` && /^(state|loc):/.test(x.key) && !LOCATIVE.has(s.words[x.start - 1]?.lower ?? "") && !titles(x) && setsApart(s.words, x, m));
    // "President Joe Biden said …" after a sentence about the United States: a foreign leader, not the home one.
    const stateOf = (x: Mention) => table.get(table.actorFor(x.key, s.index))?.type === "STATE" ? table.actorFor(x.key, s.index) : undefined;
    const before = s.index > 0 ? mentions[s.index - 1] ?? [] : [];
    // The home state's government or army there ("Kiir's government defended the deployment of Ugandan troops") keeps the story at home.
    const homeBody = (x: Mention) => { const key = table.actorFor(x.key, s.index); return /^(state|gov|army):/.test(key) && table.get(key)?.country === home; };
    // ("Zimbabwe … became the government's closest ally. Prime Minister X deployed …", "Armenia says Azerbaijan launched
    // the offensive. Prime Minister X said …": the home named only after a foreign state, in what it does or says, does not.)
    const firstForeign = before.find((x) => stateOf(x) && stateOf(x) !== `state:${home}`);
    const abroad = firstForeign !== undefined && !before.some((x) => homeBody(x) && x.start < firstForeign.start);
    const oneWord = !(table.get(m.key)?.name ?? "").includes(" ");
    // ("Chad's President Idriss Deby said … President Muhammadu Buhari ended the contract": the home state's head,
    // named with the state, is someone else, so a second untitled-by-country head is a foreign one.)
    const headedHome = office === "head" && firstTitle(titleWords)[0] === "president" && roles.some((r) => r.type === "LEADS" && r.source !== m.key && r.target === `state:${home}`);
    // ("Moscow recognised the two regions. President X said Russia had acted to …": a head after a sentence about one
    // foreign state only, who speaks for that same state, is its own — though a head names other states after "said".)
    const foreign = new Set(before.map((x) => table.get(table.actorFor(x.key, s.index))).filter((r) => r && r.kind === "actor" && /^(state|gov|army):/.test(r.key) && r.country && r.country !== home).map((r) => r!.country!));
    const speaksAbroad = abroad && office === "head" && foreign.size === 1 && !oneWord && spokenFor(s.words, mentions[s.index], m, table) === [...foreign][0] ? [...foreign][0] : undefined;
    // ("President Maia Sandu stated that the Kremlin …": a head of state names other states after "said"; a minister, their own capital.)
    // "Zimbabwe, whose trade ran through Beira, became the government's closest ally. Prime Minister X deployed
    // troops": a sentence that opens with the titled person goes on about the foreign country the one before opened with.
    // ("Defence Minister X": the title's own words may come first.)
    const opens = at - Math.max(0, dateline + 1) <= 2 && s.words.slice(Math.max(0, dateline + 1), at).every((x) => x.cap);
    const topic = opens && s.index > 0 ? countryOpening(sentences[s.index - 1], before, table) : undefined;
    const beside = onlyCountryBeside(m, s, mentions[s.index], dateline, roles, table);
    const iso3 = (office === "head" ? undefined : spokenFor(s.words, mentions[s.index], m, table)) ?? beside ?? (topic !== home ? topic : undefined) ?? (speaksForHome || !(besideHome || abroad || oneWord || headedHome) ? home : speaksAbroad);
    // "The government of President X": the head of the government named.
    const ofGovernment = s.words[at - 1]?.lower === "of" && GOVERNMENT_NOUNS.has(s.words[at - 2]?.lower ?? "") && !MILITARY_RULE.has(s.words[at - 2].lower);
    // (Placed at home only because the story is set there: nothing in the sentence ties the person to it.)
    const byStory = office === "head" && iso3 === home && beside === undefined && topic !== home && !speaksForHome && !ofGovernment;
    const c = iso3 ? countryByIso3(iso3) : undefined;
    if (!c) continue;
    // An article that speaks of the home government places its ministers in it, not in the state at large.
    // (Its prime minister heads that government: "Prime Minister X" beside "the government said"; so does a head of
    // state, "President X" in a story about what "the government" did, where the article names no government, the state.)
    const minister = (office === "member" && titleWords.some((x) => /minister|secretary/.test(x))) || (office === "head" && firstTitle(titleWords)[0] === "prime minister");
    // ("The government of El Salvador suspended relations …, President Alfredo Cristiani said": the head of the government the sentence names.)
    const governmentBeside = office === "head" && mentions[s.index].some((x) => x.key === `gov:${iso3}`);
    const body = office === "army" ? armyOf(table, c, s.index) : office === "government" || ofGovernment || governmentBeside || ((minister || office === "head") && iso3 === home && table.get(`gov:${iso3}`)) ? governmentOf(table, c, s.index) : table.state(c, s.index);
    placed.add(m.key);
    const r: RawRelation = { type: office === "head" || office === "army" ? "LEADS" : "MEMBER_OF", source: m.key, target: body.key, sentence: s.index, trigger: at, byName: true };
    if (byStory) guessed.add(r);
    out.push(r);
  }
  // ("… the army of President X … days after President Y pulled US special forces back": a head placed at home only because
  // the story is set there, where another is said to lead the same body, or was so placed before, is a foreign one.)
  // (Only a titled head: "the government of Álvaro Uribe", untitled, may be a past one.)
  const titled = new Set(mentions.flat().filter((x) => x.title !== undefined).map((x) => x.key));
  const leaders = [...roles.filter((r) => titled.has(r.source)), ...out].filter((r) => r.type === "LEADS");
  return out.filter((r) => !guessed.has(r) || !leaders.some((o) => o.target === r.target && o.source !== r.source && (!guessed.has(o) || o.sentence < r.sentence || (o.sentence === r.sentence && o.trigger < r.trigger))));
}

/**
 * Whether a head named only through their government ("President X's government") may be a foreign one, so that
 * the story's country is not taken for theirs before their office is placed: another head of state titled with no
 * country is named in the article, or the sentence names one other country acting or owning beside them.
 */
export function homeInDoubt(m: Mention, s: WordSentence, mentions: Mention[][], table: EntityTable, sentences: WordSentence[]): boolean {
  const untitledHead = (o: Mention) => {
    if (!o.title || o.key === m.key || table.get(o.key)?.type !== "PERSON") return false;
    const words = sentences[o.sentence].words.slice(o.title.start, o.start);
    return stateOffice(words.map((x) => x.lower)) === "head" && !words.some((x) => x.cap && countryForm(x.text));
  };
  if (mentions.some((ms) => ms.some(untitledHead))) return true;
  const beside = onlyCountryBeside(m, s, mentions[s.index], datelineDash(s.words), [], table);
  // (By its name or capital: "defended the deployment of Kenyan troops" names the troops of another party.)
  const named = mentions[s.index].some((x) => table.get(table.actorFor(x.key, s.index))?.country === beside && countryForm(s.words[x.start].text)?.form !== "demonym");
  return beside !== undefined && beside !== table.home && named;
}

/**
 * The country a sentence opens with by name as its subject ("Zimbabwe, whose trade …, became", "Armenia
 * says"), not one describing what follows ("Pakistani Prime Minister X", "Nigeria's foreign minister").
 */
function countryOpening(s: WordSentence | undefined, ms: Mention[], table: EntityTable): string | undefined {
  if (!s) return undefined;
  const first = ms.find((x) => x.start === Math.max(0, datelineDash(s.words) + 1));
  const r = first && /^(state|loc):/.test(first.key) ? table.get(table.actorFor(first.key, s.index)) : undefined;
  const next = s.words[first?.end ?? 0];
  const subject = next?.text === "," || next?.pos === "VERB" || next?.pos === "AUX";
  return r?.type === "STATE" && subject && countryForm(surfaceOf(s.words, first!.start, first!.end))?.form === "name" ? r.country : undefined;
}

/**
 * "Prime Minister Narendra Modi met the chiefs of India's armed services in New Delhi": the one country
 * a sentence names beside a titled person, unless it is a party to something with them ("Iran has backed
 * President X"): the person's own, wherever the story is set.
 */
function onlyCountryBeside(m: Mention, s: WordSentence, ms: Mention[], dateline: number, roles: RawRelation[], table: EntityTable): string | undefined {
  const linked = new Set(roles.filter((r) => r.sentence === s.index && (r.source === m.key || r.target === m.key)).flatMap((r) => [r.source, r.target]));
  // ("President Vladimir Putin, whose country signed a treaty with Iran": a relative clause about the person names others.)
  // ("Minister X said the Qatari intervention had failed": what the person says is about others.)
  // ("Burundi has been one of President X's closest partners": a country related to the person is another party.)
  let owned = m.end + 1;
  while (s.words[owned]?.pos === "ADJ" || s.words[owned]?.pos === "ADV") owned++;
  if (POSSESSIVE.test(s.words[m.end]?.text ?? "") && related(s.words[owned]?.lower ?? "")) return undefined;
  const said = s.words.slice(m.end, m.end + 3).findIndex((x) => SPEECH_VERBS.has(x.lower));
  const aboutOthers = s.words[m.end]?.text === "," && /^(whose|who)$/.test(s.words[m.end + 1]?.lower ?? "") ? m.end : said >= 0 ? m.end + said : s.words.length;
  let only: string | undefined;
  let whereEnd = -1;
  for (const x of ms) {
    if (x === m || x.start < dateline || x.start > aboutOthers || !/^(state|gov|army|loc):/.test(x.key)) continue;
    // ('"The American forces have gone beyond their mission," spokesman X said', 'X called it "the result of the blows
    // we dealt Iran"': a country in words quoted is what is spoken of, not whose the speaker is.)
    if (insideQuote(s.words, x.start)) continue;
    const key = table.actorFor(x.key, s.index);
    const r = table.get(key);
    // Only a country acting or owning ("India's armed services") or its capital: a place where
    // something happens ("in Gaza", "at the borders with Niger and Burkina Faso") says nothing of whose the person is.
    // ("moved to eastern DRC": describing words may come between.)
    let q = x.start - 1;
    while (q > 0 && (s.words[q].pos === "ADJ" || s.words[q].pos === "DET") && !s.words[q].cap) q--;
    const prev = s.words[q]?.lower ?? "";
    const where = LOCATIVE.has(prev) || (prev === "with" && /^borders?$/.test(s.words[x.start - 2]?.lower ?? "")) || (/^(and|,|or)$/.test(prev) && whereEnd === x.start - 1);
    if (where) whereEnd = x.end;
    const country = r?.capitalOf ?? (r?.kind === "actor" || r?.type === "COUNTRY" ? r?.country : undefined);
    if (!country || (where && !r?.capitalOf)) continue;
    // ("the initiator of the Helsinki talks": a capital naming an event speaks for no one.)
    const after = s.words[x.end];
    if (table.get(x.key)?.capitalOf && s.words[x.start - 1]?.lower === "the" && after && !after.cap && /^(NOUN|VERB)$/.test(after.pos) && !GOVERNMENT_NOUNS.has(after.lower)) continue;
    // ("… and US President Joe Biden is due to travel": a country describing another titled person is theirs.)
    if (ms.some((o) => o !== m && o.title !== undefined && o.title.start === x.end)) continue;
    // ("France long regarded President Idriss Deby as a key ally": a country acting on the person is another party;
    // not one acting in a clause of its own, "Paris denies the sale, but President X has spoken of …",
    // "The two countries signed a pact when President X visited …".)
    const actsOn = x.end <= m.start && said < 0 && s.words[x.start - 1]?.pos !== "ADP" && s.words.slice(x.end, m.start).some((y) => y.pos === "VERB") && !s.words.slice(x.end, m.start).some((y) => CLAUSE_OPENER.test(y.lower));
    // ("President X accused Rwanda of …", "X's government accuses neighbouring Pakistan": a country the person acts on is another party too.)
    const verb = s.words[q];
    const actedOn = x.start >= m.end && s.words[x.start].cap && verb?.pos === "VERB" && !LEADING_VERBS.has(verb.lower) && !RULING_VERBS.has(verb.lower) && !POSSESSIVE.test(s.words[x.end]?.text ?? "");
    if (actsOn || actedOn || linked.has(key) || linked.has(x.key) || (only !== undefined && only !== country)) return undefined;
    only = country;
  }
  return only;
}

/**
 * Whether the home named at `x` sets a titled person `m` apart from it: the home acting on them
 * ("Iran, which has backed President X", "Iran has long backed President X"), words quoted beside them
 * ("'Iran must now make peace,' Trump said, flanked by Vice President X"), a relative clause on them
 * ("President X, whose country signed a treaty with Iran"), or another of the home's office holders
 * ("discussed border security with al-Sharaa when the Syrian leader visited"), or what they speak of.
 */
function setsApart(w: WordSentence["words"], x: Mention, m: Mention): boolean {
  const next = w[x.end];
  const acts = x.end <= m.start && next !== undefined && (/^(VERB|AUX)$/.test(next.pos) || (next.text === "," && /^(which|who)$/.test(w[x.end + 1]?.lower ?? "")));
  const clause = x.start > m.end && w[m.end]?.text === "," && /^(whose|who)$/.test(w[m.end + 1]?.lower ?? "");
  const demonym = countryForm(w[x.start].text)?.form === "demonym";
  const otherHolder = demonym && TITLES.has(w[x.start + 1]?.lower ?? "");
  // ("Minister X said the Qatari intervention had failed": a demonym in what the person says describes what is spoken of.)
  const spokenOf = demonym && x.start > m.end && w.slice(m.end, x.start).some((y) => SPEECH_VERBS.has(y.lower));
  return insideQuote(w, x.start) || acts || clause || otherHolder || spokenOf;
}

/** Words that open a clause of its own: a country named before one does not act on the person after it. */
const CLAUSE_OPENER = /^(;|after|before|when|while|as|because|since|although|though|whereas|but|until)$/;

/** What a person may have in another party: "X's partners", "X's rivals", "X's backers", "X's counterpart". */
const related = (noun: string) => ALLY_WORDS.has(noun) || RIVAL_NOUNS.has(noun) || BACKER_NOUNS.has(noun) || /^(counterparts?|neighbou?rs?)$/.test(noun);

/** Words before an office that say it is not the state's: "Opposition leader", "rebel commander". */
const ARMY_HEADS = new Set(["chief", "chief of staff", "commander", "commander-in-chief", "head"]);
const POLICE_HEADS = new Set(["chief", "commissioner", "inspector general", "inspector-general", "commander", "head", "director", "director general"]);

/**
 * The police force the story names by name: the only one, or the only one named for the story's
 * country ("the Royal Solomon Islands Police Force" beside "the Australian Federal Police").
 */
function policeForce(table: EntityTable): string | undefined {
  const forces = [...table.records.values()].filter((r) => r.kind === "actor" && r.key.startsWith("org:") && /\bPolice\b/.test(r.name));
  const home = table.homeIsClear && table.home ? countryByIso3(table.home) : undefined;
  const homeForces = home ? forces.filter((r) => [home.name, ...home.demonyms].some((n) => r.name.includes(n))) : [];
  return forces.length === 1 ? forces[0].key : homeForces.length === 1 ? homeForces[0].key : undefined;
}
const NOT_STATE_OFFICE = new Set(["opposition", "rebel", "militia", "party", "group", "movement", "former", "outgoing", "exiled", "ousted", "late", "regional", "provincial", "state", "un", "u.n.", "eu", "au"]);

/**
 * Whether titles before a name make a state's office: a head of state or government ("head"), a
 * minister or a government spokesman ("member"), one speaking for the government ("government").
 */
function stateOffice(titleWords: string[]): "head" | "member" | "government" | "region" | "army" | undefined {
  if (titleWords.some((x) => NOT_STATE_OFFICE.has(x))) return undefined;
  // "Army chief General X", "Armed forces chief of staff General X": the head of the state's army.
  const army = titleWords.some((x, k) => x === "army" || x === "military" || (x === "forces" && /^(armed|defence|defense)$/.test(titleWords[k - 1] ?? "")));
  if (army && ARMY_HEADS.has(firstTitle(titleWords)[0] ?? "") && !titleWords.some((x) => x === "deputy" || x === "vice")) return "army";
  // "Chief Minister X", "Governor X": the head of a state's region, not of the state.
  if (titleWords.includes("governor") || titleWords.join(" ").includes("chief minister")) return titleWords.some((x) => x === "deputy" || x === "vice" || x === "lieutenant") ? undefined : "region";
  const [head] = firstTitle(titleWords);
  if (!head) return undefined;
  // "Vice President X", "Deputy Prime Minister X": a member of the government, not its head.
  if (TITLES.get(head)?.ofState && head !== "leader") return titleWords.some((x) => x === "vice" || x === "deputy") ? "member" : "head";
  if (head === "vice president") return "member";
  // ("Secretary-General Mark Rutte" heads a body of states, no state's government.)
  if (/^secretary[- ]general$/.test(head)) return undefined;
  if (/minister|secretary/.test(head)) return "member";
  // "Junta spokesman X" speaks for the government the junta is.
  if (/^spokes/.test(head) && titleWords.some((x) => /^(government|junta|army|military|defence|defense|presidency|presidential|cabinet|police)$/.test(x))) return titleWords.includes("government") || titleWords.includes("junta") ? "government" : "member";
  return undefined;
}

/** "Foreign Minister Sameh Shoukry said Cairo …", "… said in July that Turkey would": the country a speaker speaks for. */
function spokenFor(w: WordSentence["words"], ms: Mention[], m: Mention, table: EntityTable): string | undefined {
  const said = w.slice(m.end, m.end + 3).findIndex((x) => SPEECH_VERBS.has(x.lower));
  if (said < 0) return undefined;
  const from = m.end + said + 1;
  // "Norway will send jets, Defence Minister Ola Berg said.": the country opening what was said.
  const closing = w[from]?.text === "." && w.slice(0, m.start).some((x) => x.text === ",");
  const next = closing ? ms[0] : ms.find((x) => x.start >= from && x.start <= from + 5);
  if (!next || !/^(state|loc):/.test(next.key) || (!closing && w.slice(from, next.start).some((x) => x.text === "," || x.pos === "VERB"))) return undefined;
  // ("'China's threats expose it as a troublemaker,' spokesperson X said", "X claimed that 'America is behind
  // the coup'": a country in the words quoted is what the speaker talks about, not whom they speak for.)
  if (w.slice(closing ? 0 : from, next.start).some((x) => QUOTE_MARK.test(x.text))) return undefined;
  // "said that the Emirati intervention …": a demonym describing what was spoken of is not who speaks.
  if (!closing && (next.end > next.start + 1 || w[next.end]?.pos === "NOUN") && countryForm(w[next.start].text)?.form === "demonym") return undefined;
  const r = table.get(next.key);
  return r && (r.type === "STATE" || r.type === "COUNTRY" || r.capitalOf) ? (r.capitalOf ?? r.country) : undefined;
}

/**
 * "President X's government" of a head placed nowhere when it was read is the government of the state
 * where the head's office is placed at last; a head placed nowhere leads the government named after them.
 */
export function placeLeadersGovernments(raw: RawRelation[], mentions: Mention[][], table: EntityTable) {
  const join = (from: string, into: string) => {
    if (from === into) return;
    table.join(from, into);
    for (const x of raw) {
      if (x.source === from) x.source = into;
      if (x.target === from) x.target = into;
    }
    for (const ms of mentions) for (const m of ms) if (m.key === from) m.key = into;
  };
  for (const r of [...table.records.values()]) {
    if (!r.ledBy) continue;
    const person = r.ledBy;
    const placed = raw.find((x) => x.type === "LEADS" && x.source === person && /^(state|gov):/.test(x.target));
    const c = placed ? countryByIso3(table.get(placed.target)?.country ?? "") : undefined;
    if (placed && c) {
      const gov = governmentOf(table, c, r.firstSentence);
      placed.target = gov.key;
      join(r.key, gov.key);
      continue;
    }
    const first = mentions.flat().find((m) => m.key === r.key);
    if (!first) continue;
    // Placed nowhere, the head is the home one unless the article names another head at home.
    const home = table.home ? countryByIso3(table.home) : undefined;
    const headed = raw.some((x) => x.type === "LEADS" && x.source !== person && table.get(x.source)?.type === "PERSON" && /^(state|gov):/.test(x.target) && table.get(x.target)?.country === table.home);
    const gov = home && !headed ? governmentOf(table, home, r.firstSentence) : r;
    if (gov !== r) join(r.key, gov.key);
    raw.push({ type: "LEADS", source: person, target: gov.key, sentence: first.sentence, trigger: first.start });
  }
}
