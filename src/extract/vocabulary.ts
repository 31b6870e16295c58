/**
 * The domain vocabulary: words for armed groups, organisations, titles and places, and the verbs
 * and nouns that carry relations. This is the one hand-written lexicon of the extractor; country
 * names, demonyms and places come from data packages (see gazetteer.ts).
 */
import type { ActorType, LocationType, SupportKind } from "./types.js";

const set = (s: string) => new Set(s.split(/\s*,\s*/).filter(Boolean));
// Words with a value each (heads, titles, seats of government) are Maps, not objects: they are looked
// up with nearly every word, and an object looked up by a string made at run time costs several
// times a Map lookup (and would answer for "constructor", which Object.prototype has).

/** Last word of a proper name that tells what kind of actor it names ("Rapid Support Forces"). */
export const ACTOR_HEADS: ReadonlyMap<string, ActorType> = new Map([
  ...[...set("forces, force, army, brigade, brigades, militia, militias, front, movement, guard, guards, corps, battalion, battalions, regiment, division, legion, mujahideen, rebels, resistance, group, units, unit, commandos, squad, militants, jihadists, network, cartel, gang, faction")].map((w): [string, ActorType] => [w, "ARMED_GROUP"]),
  ...[...set("party, congress, alliance, coalition, council, bloc, grouping")].map((w): [string, ActorType] => [w, "POLITICAL_GROUP"]),
  ...[...set("government, administration, cabinet, regime, presidency, authority, authorities")].map((w): [string, ActorType] => [w, "GOVERNMENT"]),
  ...[...set("union, nations, organisation, organization, agency, institute, command, mission, league, office, ministry, bank, fund, court, commission, committee, assembly, parliament, programme, program, company, corporation, contractor, society, foundation, observatory, centre, center, watch, news, times, post, press, manufacturer, maker, firm, service, directorate, gendarmerie, initiative")].map((w): [string, ActorType] => [w, "ORGANIZATION"]),
]);

const QUALIFIED_HEAD = /^(\p{L}+)-(?:(?:in|of|for)-)?\p{Lu}/u;

/** The kind of actor a name's last word says, "Movement-North" and "Movement-in-Opposition" included (a head with a qualifier). */
export function headKind(word: { text: string; lower: string }): ActorType | undefined {
  const own = ACTOR_HEADS.get(word.lower);
  if (own || !word.text.includes("-")) return own;
  const m = QUALIFIED_HEAD.exec(word.text);
  return m ? ACTOR_HEADS.get(m[1].toLowerCase()) : undefined;
}

/** Possessors inside the names of movements and parties ("People's", "Workers'", "Martyrs'"). */
export const NAME_POSSESSORS = set("people, peoples, workers, martyrs, patriots, nation, nations, women, youth, mujahideen, god, farmers, students, fighters, soldiers");

/** What is sent from one party to another: "weapons from the UAE … to the RSF". */
export const CARGO_NOUNS = set("weapons, arms, ammunition, drones, fighters, mercenaries, supplies, shipments, flights, hardware, munitions, missiles, rockets, weaponry, armaments, materiel, ordnance, consignments");
/** What a state lets another use: "allowed Russian troops to use its territory". */
export const TERRITORY_NOUNS = set("territory, airspace, bases, base, ports, soil, land");
/** What help is asked for when a side "turned to X to fight …". */
export const FIGHT_HELP_LEMMAS = set("fight, combat, counter, battle, defend, protect, help, secure");
/** A place held by the name before the hyphen: "Houthi-held Sanaa", "the RSF-controlled city of Nyala". */
export const HELD_BY = /^(.+)-(held|controlled|occupied|run)$/;
/** A side's own place: "the Hezbollah stronghold of Dahiyeh". */
export const STRONGHOLD_NOUNS = set("stronghold, bastion, fiefdom, heartland, redoubt, bailiwick");
/** Nouns a weapon's model name comes before ("Storm Shadow cruise missiles", "IRIS-T systems"): such a name is no party. */
export const WEAPON_HEADS = set("systems, system, missiles, missile, drones, drone, jets, jet, warplanes, warplane, aircraft, helicopters, helicopter, tanks, tank, launchers, launcher, rifles, rifle, howitzers, howitzer, rockets, rocket, interceptors, interceptor, vehicles, vehicle, warships, warship, submarines, frigates, munitions, shells, bombs, artillery");
/** Aircraft named by their role, words that also name people ("Houthi fighters", "suicide bombers"): a weapon only
 * after a model's code ("F-16 fighters", "Tu-22 bombers"). */
export const AIRCRAFT_ROLES = set("fighters, fighter, bombers, bomber");
/** A weapon model's code: letters, a hyphen and a number ("F-16", "MiG-29", "Su-30", "KN-23"). */
export const MODEL_CODE = /^[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]?$/;
// Words that make "fighters" after a code aircraft: how they were made, moved or flown. Armed groups are
// named by codes too ("M-23 fighters captured the town"), so the code alone does not decide it.
const AIRCRAFT_CUE = /^(.+-(made|built|designed|supplied|manufactured)|supplied|delivered|sold|bought|purchased|acquired|flew|flown|flying|used|scrambled|jets?|aircraft|planes?|warplanes?|squadrons?)$/;
/** Whether the word at `k` heads a weapon's name: "missiles", or "fighters" after a model's code in a sentence about aircraft. */
export function weaponHeadAt(words: ReadonlyArray<{ text: string; lower: string }>, k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (WEAPON_HEADS.has(w.lower)) return true;
  if (!AIRCRAFT_ROLES.has(w.lower) || !MODEL_CODE.test(words[k - 1]?.text ?? "")) return false;
  return /^bombers?$/.test(w.lower) || words.some((x) => AIRCRAFT_CUE.test(x.lower));
}
/** Lower-case nouns that, after a name or demonym, make it an armed actor ("al-Shabab extremists"). */
export const GROUP_NOUNS = set("forces, force, fighters, fighter, contractors, gangs, gang, militia, militias, militiamen, rebels, rebel, troops, soldiers, militants, militant, extremists, insurgents, jihadists, mercenaries, paramilitaries, army, military, gunmen, units, brigades, group, network, separatists, secessionists, guerrillas, loyalists, tribesmen, vigilantes, jihadis, guerillas, bandits, islamists, combatants, partisans, irregulars");

/** A noun for fighters that a list of their names may follow ("several armed groups, including …"). */
export const FIGHTER_LIST_NOUNS = new Set([...GROUP_NOUNS, "groups"]);

/** Nouns an apposition uses to say what a party is: "Kataib Hezbollah, one of the factions …", "the CSP, an alliance of …". */
export const DESCRIBING_NOUNS = new Set([...GROUP_NOUNS, ...set("faction, factions, movement, alliance, coalition, umbrella, offshoot, affiliate, wing, bloc, organisation, organization, outfit")]);
/** What a coalition is also called: "the alliance" may point back to "an umbrella of armed groups". */
export const COALITION_NOUNS = set("alliance, coalition, umbrella, bloc");

/** Nouns for fighters outside any state's forces: "the insurgents" are never "Rwandan soldiers". */
export const IRREGULAR_NOUNS = set("rebels, rebel, insurgents, insurgent, militants, militant, jihadists, jihadist, extremists, separatists, secessionists, guerrillas, gunmen, gangs, gang, militia, militias, militiamen, jihadis, jihadi, guerillas, guerilla, bandits, islamists, partisans, irregulars");
/** Fighters for hire: on no side of their own, and never "the insurgents". */
export const HIRED_NOUNS = set("mercenaries, mercenary, paramilitaries, contractors, contractor");
/** Nouns for a state's own forces: "Eritrean troops", "Cuban units", "a Kenyan force" are the state acting. */
export const STATE_FORCE_NOUNS = set("troops, soldiers, commandos, paratroopers, marines, units, battalions, brigades, force, forces, guards, border guards, deployment, intervention, police, policemen, jets, aircraft, warplanes, helicopters, gunships, bombers, warships, drones, airstrikes, strikes, navy, air force, special forces, advisers, advisors, instructors, trainers, officers, military advisers, personnel, contingent, peacekeepers, artillery");
/** Words that make "the national army" the home state's own. */
export const OWN_ARMY_WORDS = set("national, regular");
/** What a state sends when it sends people to fight. */
export const TROOP_NOUNS = set("troops, soldiers, fighters, forces, mercenaries, paratroopers, marines, commandos, special forces, contingent, battalion, battalions, brigade, brigades");
/** Words that make a body's name with "General" ("General Staff", "General Command", "Directorate General"), not a general's name. */
export const GENERAL_BODIES = set("staff, command, headquarters, security, directorate, secretariat, assembly, intelligence, inspectorate, prosecutor, mobilisation, mobilization");
/** A state's army as an actor of its own ("the Sudanese army" fights on its own account). */
export const ARMY_NOUNS = set("army, military, armed forces, defence force, defense force, defence forces, defense forces");
export const GOVERNMENT_NOUNS = set("government, authorities, regime, administration, junta, cabinet");

/**
 * Titles before a person's name; `leads` marks heads of the body named with them, `ofState` the
 * heads of a state ("Turkish President X" leads Turkey; a "Libyan commander" is only Libyan).
 */
interface Title {
  leads: boolean;
  ofState?: boolean;
}
export const TITLES: ReadonlyMap<string, Title> = new Map([
  ...[...set("president, prime minister, premier, king, queen, emir, sultan, crown prince, supreme leader, dictator, chancellor, head of state, leader, ruler, monarch, caliph")].map((t): [string, Title] => [t, { leads: true, ofState: true }]),
  ...[...set("secretary-general, secretary general, general secretary, director general, director-general, chairman, chairwoman, head, governor, chief minister, speaker, house speaker, commander, commander-in-chief, chief, warlord, founder, co-founder, cofounder, chairperson, amir, strongman, boss, kingpin, chieftain, ringleader")].map((t): [string, Title] => [t, { leads: true }]),
  ...[...set("general, gen., lieutenant general, lieutenant-general, lt. gen., major general, major-general, maj. gen., brigadier general, brigadier-general, brig. gen., lieutenant-colonel, vice-admiral, rear-admiral, brigadier, brig., maj., capt., lt., sgt., lieutenant colonel, lt. col., lieutenant, colonel, col., major, sergeant, rear admiral, vice admiral, commodore, commissioner, superintendent, inspector general, inspector-general, inspector, captain, field marshal, marshal, admiral, minister, secretary of state, secretary of defense, secretary of defence, minister of state, cabinet secretary, chief of staff, coordinator, mr, mrs, ms, dr, foreign minister, defence minister, defense minister, interior minister, spokesman, spokeswoman, spokesperson, adviser, advisor, envoy, mediator, ambassador, official, deputy, vice president, vice-president, vice-chairman, secretary, senator, representative, researcher, research fellow, fellow, analyst, director, officer, member, counterpart, sheikh, prince, imam, cleric, professor, prof., mr., mrs., ms., dr.")].map((t): [string, Title] => [t, { leads: false }]),
  // Air force ranks ("Wing Commander X of the Indian Air Force"): a rank, not the first word of a unit's name.
  ...[...set("wing commander, squadron leader, group captain, flight lieutenant, flying officer, pilot officer, air commodore, air marshal, air vice marshal, air vice-marshal, air chief marshal")].map((t): [string, Title] => [t, { leads: false }]),
  // Abbreviated ranks wink does not know as abbreviations (sentences.ts joins the sentence it ends there).
  ...[...set("adm., rear adm., vice adm., cmdr., lt. cmdr., cdr., lt. cdr., cpl., lance cpl., pvt., pte., spc., sgt. maj., supt., insp., cmdt., col. gen., pfc., gens., lt-col, lt-gen, maj-gen, brig-gen, lt.-col., lt.-gen., maj.-gen., brig.-gen.")].map((t): [string, Title] => [t, { leads: false }]),
]);
/**
 * "X, director general of the ISPR", "X, Iran project director at the ICG": a title after the comma
 * that follows a name, with no article, and the body it is held in after it. The title's index, or -1.
 */
export function bareTitleAt(words: ReadonlyArray<{ text: string; lower: string; pos: string }>, comma: number): number {
  for (let j = comma + 1; j < Math.min(words.length - 1, comma + 5); j++) {
    const w = words[j];
    if (TITLES.get(w.lower) !== undefined && /^(of|for|at)$/.test(words[j + 1].lower)) return j;
    if (w.text === "," || w.pos === "VERB" || w.pos === "AUX" || w.pos === "DET" || w.lower === "who") return -1;
  }
  return -1;
}
/** "then-President", "then-Prime Minister": a title joined to "then", held at the time told (one word to the tagger). */
export const heldThen = (w: { lower: string } | undefined) => !!w && w.lower.startsWith("then-") && TITLES.get(w.lower.slice(5)) !== undefined;
/**
 * "Its military chief is X", "whose political leader was X": a title, then "is" or "was", then the name
 * at `a` names the office's holder as plainly as "its military chief, X".
 */
export const titledByCopula = (words: ReadonlyArray<{ lower: string; cap?: boolean }>, a: number) => /^(is|was)$/.test(words[a - 1]?.lower ?? "") && !words[a - 2]?.cap && TITLES.get(words[a - 2]?.lower ?? "") !== undefined;
/** Titles of an office held for a body rather than heading it: "Foreign Minister", "UN envoy", "spokesman". */
export const OFFICE_TITLES = /(minister|ambassador|envoy|official|secretary|adviser|advisor|spokes|negotiator|mediator)/;
/** Words that, before a title, make it a portfolio rather than the head ("foreign policy chief"). */
export const PORTFOLIO_WORDS = set("foreign, policy, defence, defense, security, military, interior, finance, deputy, vice, assistant, national, intelligence, army, police, regional, former, acting, senior, top, economic, political, opposition, rebel, militia, tribal, religious, spiritual, community, party, separatist, jihadist, militant, insurgent, local");
/**
 * Words before a title that say how long or on what terms its holder holds it, and leave them at its head:
 * "its acting president X", "the region's veteran leader X" (not a portfolio, though "acting" is listed as one above).
 */
export const TENURE_WORDS = set("acting, interim, caretaker, veteran, longtime, long-time");
/** Words before a title that put its holder against a state, not in it: "Sierra Leone's rebel leader X". */
export const STATE_OPPONENT_WORDS = set("rebel, opposition, militia, separatist, jihadist, militant, insurgent");

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const NOT_NAMES = set([...WEEKDAYS, ...MONTHS].join(",") + ", however, but, and, the, a, an, in, on, at, of, for, with, after, before, since, while, when, as, among, amid, amidst, within, without, according, meanwhile, also, this, that, these, those, it, its, they, their, he, his, she, her, we, our, i, you, there, here, now, then, last, next, neighbouring, neighboring, despite, although, until, during, over, under, from, to, by, if, so, yet, still, such, both, more, most, some, many, several, all, after, what, which, who, whom, whose, where, why, how, observers, sources, experts, diplomats, officials, analysts, witnesses, residents");

/** Words that make a "Group" one of analysts, diplomats or firms: "International Crisis Group", "Contact Group". */
export const CIVIL_GROUP_WORDS = set("international, crisis, intelligence, research, rights, studies, study, contact, working, advisory, consulting, media, monitoring, policy, strategy, strategic, risk, banking, investment, holding, energy, trade, friends, initiative, parliamentary, expert, experts");

/** What only a party has, said of a name it owns: "Hamas's political bureau", "Puntland's forces" (a place or a person has none of these of its own). */
export const PARTY_OWNED_NOUNS = set("bureau, politburo, wing, fighters, militants, militiamen, forces, ranks, leadership, command, rebels, insurgency, militia, cadres");

/** What a body's named part is called: "its armed wing, the KNLA", "al-Qaeda's Sahel branch". */
export const PART_NOUNS = set("wing, faction, branch, affiliate, arm");

/** Place heads: the last word of a place name that says what kind of place it is. */
export const PLACE_HEADS: ReadonlyMap<string, LocationType> = new Map([
  ...[...set("air base, airbase, base, airport, airfield, port, harbour, harbor, terminal, terminals, oil field, field, camp, hospital, bridge, causeway, dam, crossing, border crossing, border post, junction, checkpoint, palace, prison, refinery, neighbourhood, neighborhood, district, quarter, square, compound, park, game reserve, nature reserve, school, university, stadium, barracks, depot, mine")].map((w): [string, LocationType] => [w, "SITE"]),
  ...[...set("region, province, governorate, county, township, prefecture, oblast, raion, area, valley, gorge, mountains, desert, corridor, coast, peninsula, basin, plateau, forest, zone, territory, territories, strip, heights")].map((w): [string, LocationType] => [w, "REGION"]),
  ...[...set("city, town, village, capital, locality, municipality, commune")].map((w): [string, LocationType] => [w, "CITY"]),
  // Land named in the plural or by its relief ("much of the Uele provinces", "the Dawna massif", "the Kumon hills"),
  // and a town named by what it serves ("the rail hub of X", "the border trade hub of Y").
  ...[...set("provinces, regions, hills, massif")].map((w): [string, LocationType] => [w, "REGION"]),
  ...[...set("hub")].map((w): [string, LocationType] => [w, "CITY"]),
]);

/** Bodies of water a people's adjective names ("Indian Ocean", "Persian Gulf", "Arabian Sea"): a place, no state. */
export const WATER_HEADS = set("ocean, sea, gulf, bay, strait, straits, channel");

/**
 * How the names of jihadist movements begin ("Islamic State", "al-Qaeda", "Ansar al-Sharia"), the
 * Arabic and Urdu words for army, movement and party among them: "Jaish-e-Mohammed", "Jaysh al-Adl",
 * "Lashkar-e-Taiba", "Hizb-ul-Mujahideen", "Harkat-ul-Ansar", "Tehrik-i-Taliban".
 */
export const JIHADIST_NAME = /^(islamic state|islamic jihad|islamic resistance|al[- ]qa'?e?i?da|al[- ]shabaa?b|ansar |jama'?at |jabhat |boko haram|hay'?at tahrir|harakat |(jaish|jaysh|jeish|lashkar|hizb|hizbul|harakat|harkat|tehreek|tehrik)([- ]|$))/i;

/**
 * Seats of government that wire copy uses for their state ("the Kremlin said"), by ISO 3166-1
 * alpha-3; the state itself comes from the country data. Capitals need no entry: the data has them.
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map(Object.entries({ kremlin: "RUS", "white house": "USA", pentagon: "USA", "state department": "USA", elysee: "FRA", "élysée": "FRA", "downing street": "GBR", "blue house": "KOR", zhongnanhai: "CHN" }));

/** Verbs whose object is someone who can answer: a capital after them is its government ("accused Caracas of …"). */
export const ADDRESS_VERBS = set("accuse, accused, accuses, accusing, urging, warning, blaming, urge, urged, urges, warn, warned, warns, blame, blamed, blames, ask, asked, asks, thank, thanked, criticise, criticised, criticize, criticized, condemn, condemned, pressed, pressured");
/** Prepositions after which a country or city is a place, not an actor. */
export const LOCATIVE = set("in, into, inside, to, toward, towards, from, across, throughout, near, outside, around, within, at, via, through, between");

export const SUPPORT_VERBS = set("back, support, shore, arm, fund, finance, bankroll, sponsor, equip, train, assist, aid, help, bolster, underpin, reinforce, supply, provide, send, deliver, ship, transfer, sell, give, deploy, dispatch, lend, offer, airlift, resupply, prop, protect, defend, shelter, harbour, harbor, contribute, host, pour, funnel, channel, underwrite, subsidise, subsidize, furnish, donate, loan, airdrop, ferry, rearm, outfit, buttress, abet, shield, mentor, second");
/** Verbs whose object is what is sent, the recipient coming after "to" ("sent drones to X"). */
export const TRANSFER_VERBS = set("supply, provide, send, deliver, ship, transfer, sell, give, deploy, dispatch, lend, offer, airlift, contribute, pour, funnel, channel, furnish, donate, loan, airdrop, ferry, second");
export const SUPPORT_PARTICIPLES = set("backed, supported, armed, funded, financed, bankrolled, sponsored, equipped, trained, aided, assisted, bolstered, propped, supplied, reinforced, provided, underwritten, subsidised, subsidized, rearmed, resupplied, outfitted, buttressed, abetted, shielded, mentored, harboured, harbored, sheltered");
export const SUPPORT_NOUNS = set("support, backing, assistance, aid, help, arms, weapons, funding, financing, training, sponsorship, patronage, backer, backers, supporter, supporters, sponsor, sponsors, supplier, suppliers, patron, patrons, largesse, subsidies");
/** Who gives support, named as a role: "a key backer of X", "Mali's main arms supplier". */
export const BACKER_NOUNS = set("backer, backers, supporter, supporters, sponsor, sponsors, patron, patrons, supplier, suppliers, financier, financiers, funder, funders, donor, donors, benefactor, benefactors, paymaster, paymasters, protector, protectors, armourer, armourers, armorer, armorers, bankroller, bankrollers");
/** A group a state fights through: "Iran's proxy", "a proxy of Iran". */
export const PROXY_NOUNS = set("proxy, proxies");
/** Verbs whose object is a side, never a place: "has fought Hamas", "clashed with the Tuareg". */
export const COMBAT_VERBS = set("fight, battle, clash");
/** Verbs that only ask for support: "sought help from the US" says nothing of help given. */
export const REQUEST_VERBS = set("seek, sought, request, ask, appeal, call, plead, beg, solicit");
export const RECEIVE_VERBS = set("receive, get, obtain, accept, enjoy, rely, depend");
/** "bought drones from Turkey": what is bought from a party is support only when it is a weapon or materiel. */
export const ACQUIRE_VERBS = set("buy, purchase, acquire, procure, import, source");

/** Hyphened participles after a state's name ("UAE-backed"): backing, siding, leading. */
const BACKING_PARTICIPLES = ["backed", "supported", "armed", "funded", "sponsored"];
export const HYPHEN_BACKED = new RegExp(BACKING_PARTICIPLES.join("|"));
export const HYPHEN_SIDED = new RegExp([...BACKING_PARTICIPLES, "allied", "aligned"].join("|"));
export const HYPHEN_RELATED = new RegExp([...BACKING_PARTICIPLES, "allied", "aligned", "led"].join("|"));
/** Where a weapon came from: "Turkish-made drones", "Israeli-supplied loitering munitions". */
export const HYPHEN_PROVENANCE = /made|built|manufactured|supplied|provided|donated/;
/** What a side does with weapons it has, making their maker or giver its supplier. */
export const ARMS_USE_LEMMAS = set("acquire, buy, purchase, procure, receive, obtain, get, use, deploy, operate, field, fly, include, rely, depend");
/** What a side holds and can be attacked at: "bombing its positions", "ambushed a convoy of the army" attack the side itself. */
export const HELD_NOUNS = set("positions, position, bases, base, sites, patrol, patrols, headquarters, strongholds, stronghold, camps, lines, convoy, convoys, territory, hideouts, hideout, garrison, garrisons, column, columns, outposts, outpost, barracks, checkpoints, checkpoint");
/** Events done to someone: "defended the deployment of X", "demanded the release of X" name no party as the object. */
export const EVENT_NOUNS = set("deployment, presence, withdrawal, arrest, release, killing, death, return, arrival, departure, decision, detention, extradition, visit, resignation, election");
/** Words for a party's people: "fighters from X", "members of X" act as X. */
export const PARTY_PEOPLE = set("fighters, militants, members, gunmen, elements, rebels, militiamen, insurgents, combatants");
/** What a state's forces hold and move in, so that "a Kenyan military convoy", "a Saudi base" or "two Indian military
 * jets" is the state (its territory is a place; drones, often named by their maker, are left out). */
export const FORCE_HELD = set("post, posts, patrol, patrols, convoy, convoys, position, positions, base, bases, checkpoint, checkpoints, garrison, garrisons, outpost, outposts, column, columns, barracks, camp, camps, tank, tanks, jet, jets, warplane, warplanes, aircraft, helicopter, helicopters, gunships, warship, warships");
/** Participles by which an office is given: "was named chairman of". */
export const APPOINTED = set("named, appointed, elected, designated, chosen, installed, reappointed, re-elected, nominated, promoted");

/** Where the participle of an office given right after a name ends at `end` stands ("X was elected", "X has been named"), or -1. */
export function appointedAt(words: ReadonlyArray<{ lower: string }>, end: number): number {
  if (!/^(was|is|has|had|have)$/.test(words[end]?.lower ?? "")) return -1;
  const at = words[end + 1]?.lower === "been" ? end + 2 : end + 1;
  return APPOINTED.has(words[at]?.lower ?? "") ? at : -1;
}
/** Verbs by which a head loses office: "deposing President X", "ousted Prime Minister X". */
export const OUSTING_LEMMAS = set("depose, oust, topple, overthrow, remove, unseat, dismiss, sack, impeach");
/** A state's rulers when they came by force: "the junta", "the regime". */
export const MILITARY_RULE = set("junta, regime");
/** Words that make "the … group" an armed one ("the militant group"). */
export const ARMED_DESCRIPTORS = set("militant, armed, islamist, jihadist, rebel, extremist, insurgent, paramilitary, separatist");
/** Where in a country: "in northeast Syria". */
export const COMPASS = set("north, south, east, west, northeast, northwest, southeast, southwest, northern, southern, eastern, western, central, north-eastern, north-western, south-eastern, south-western");
/** Verbs a gerund follows as their object ("denied arming", "stopped funding"). */
export const GERUND_VERBS = set("deny, admit, stop, halt, cease, continue, keep, begin, start, resume, avoid, consider, suspend, end, quit, risk, acknowledge, discuss, propose, recommend, finish");
/** Verbs that say when or whether a support verb after "to" happens ("continue to support"). */
export const INTENT_VERBS = set("continue, agree, pledge, promise, vow, plan, decide, begin, start, resume, intend, seek, threaten, refuse, offer");
/** A side's rivals are its opponents: "its rival Boko Haram". */
export const RIVAL_NOUNS = set("rival, rivals, enemy, enemies, foe, foes, archrival, arch-rival");
/** Verbs of working together, with "with": "cooperated with", "colluded with". */
export const COOPERATE_VERBS = set("cooperate, collaborate, collude, coordinate, work, ally, side, partner, team, conspire");
export const ALLY_WORDS = set("ally, allies, allied, aligned, affiliated, loyal, partner, partners, alliance, coalition partner");
export const OPPOSE_VERBS = set("launch, fire, shoot, clash, fight, battle, attack, assault, bomb, bombard, pound, shell, target, ambush, raid, combat, expel, repel, defeat, besiege, counter, confront, oppose, kill, rout, storm, drive, push, strike, overrun, oust, topple, depose, neutralise, neutralize, invade, war, arrest, detain, strafe, repulse, skirmish, encircle, dislodge, overpower, eliminate, counterattack, harass, hunt, outflank, annihilate, engage, pummel, vanquish, smash, blockade, suppress, overthrow, unseat, assassinate, abduct, kidnap, execute, behead, fend");
/** What befalls the side attacked: "soldiers were killed in an ambush by …". */
export const VICTIM_PARTICIPLES = set("killed, wounded, injured, captured, abducted, kidnapped, ambushed, targeted, attacked, hit, arrested, detained");
export const OPPOSE_NOUNS = set("offensive, campaign, war, attack, attacks, assault, ambush, ambushes, raid, raids, incursion, incursions, strike, strikes, airstrike, airstrikes, operation, operations, fight, fighting, clashes, clash, battle, battles, conflict, hostilities, insurgency, rebellion, uprising, losses, ground, struggle, counteroffensive, counter-offensive, counterattack, counter-attack, counterattacks, counter-attacks, bombardment, bombardments, shelling, onslaught, crackdown, invasion, siege, barrage, insurrection, blockade, jihad, counterinsurgency, counter-insurgency, skirmishes, firefight, firefights");
/** What one side does that another fights or stops, named for its owner: "halt Turkey's offensive", "repel the Turkish aggression". */
export const OWNED_ATTACKS = set("offensive, offensives, aggression, advance, advances, assault, assaults, attack, attacks, incursion, incursions, invasion, onslaught, counteroffensive, counter-offensive, rebellion, insurgency, uprising, revolt, insurrection");
export const CONTROL_VERBS = set("capture, seize, recapture, retake, overrun, occupy, control, hold, conquer, liberate, take, gain, secure, enter, storm, govern, rule, administer, run, reoccupy, regain, reclaim, wrest, reconquer, retain, grab, garrison, dominate");
/** Losing a place to someone: "lost control of Lashio to the MNDAA". */
export const LOSE_VERBS = set("lose, cede, surrender");
export const CONTROL_PARTICIPLES = set("controlled, held, occupied, captured, seized, run, administered, governed, overrun, retaken, recaptured, reoccupied, annexed, conquered, liberated, regained, reclaimed, wrested, dominated");

/** Verbs that report speech: what follows them is the speaker's claim, in a clause of its own. */
/** Who is cited as saying something: "U.S. officials say", "according to Western diplomats". */
export const SOURCE_NOUNS = set("officials, experts, sources, analysts, diplomats, monitors, observers, spokesman, spokeswoman, witnesses, residents, activists, investigators, researchers, inspectors, commanders, lawmakers");
/** "Islamist militants", "jihadist fighters": an ideology before a noun for fighters names no one side. */
export const IDEOLOGY_WORDS = set("islamist, islamic, jihadist, salafist, extremist, separatist, secessionist, nationalist, insurgent, militant, terrorist");
/**
 * "the businessman Erik Prince", "the former policeman X", "indicted war crimes suspect X": words for what a person
 * does or is accused of, holding no office (titles are in TITLES), that make the full name after them a person's.
 */
export const PERSON_NOUNS = set("businessman, businesswoman, tycoon, magnate, billionaire, financier, policeman, policewoman, soldier, pilot, bomber, gunman, suspect, fugitive, defector, preacher, activist, journalist, lawyer, politician, smuggler, trafficker, druglord, mercenary, dissident, militant, fighter, veteran, student, farmer, herder, trader");
/** Counts that open a partitive ("some of them", "both of which", "dozens of whom"). */
export const PARTITIVES = /^(some|many|most|all|none|several|one|two|three|both|each|few|half|dozens|hundreds|thousands|scores)$/;
/** "Deby's son, Mahamat Idriss Deby": a relative named right after a person is another person. */
export const KIN_NOUNS = set("son, daughter, brother, sister, father, mother, wife, husband, nephew, cousin, uncle");
/** "who leads the SPLM-IO", "who heads the G9": verbs by which a person heads a body. */
/** Leading a country is ruling it: "Omar Bongo ruled Gabon for 41 years". */
export const RULING_VERBS = set("rules, ruled, governs, governed");
export const LEADING_VERBS = new Set([...set("leads, heads, commands, led, headed, commanded, founded, chairs, chaired, directs, directed, co-founded, cofounded, helms, helmed"), ...RULING_VERBS]);
/** Participles of leading a body before "by": "led by X", "founded by X", "directed by X". */
export const LED_PARTICIPLES = set("led, headed, commanded, founded, chaired, ruled, governed, directed, presided, created, co-founded, helmed, cofounded, established, spearheaded");
/**
 * "led by X", "led since 2014 by X", "founded in 1964 by X", "led respectively by X": where the participle of
 * leading is that the "by" at `by` follows, past an adverb or a time phrase between them; -1 if none.
 */
export function ledByAt(words: ReadonlyArray<{ text: string; lower: string; pos: string }>, by: number): number {
  if (words[by]?.lower !== "by") return -1;
  let v = by - 1;
  if (words[v]?.pos === "ADV" && !/^(then|now)$/.test(words[v].lower)) v--;
  // ("since 2014", "in March 2021", "from 1998 to 2004": a time phrase, its numbers and months.)
  else if (/^\d{4}$/.test(words[v]?.text ?? "") || MONTHS.includes(words[v]?.lower ?? "")) {
    let k = v;
    while (k > v - 5 && k > 0 && (/^\d/.test(words[k].text) || MONTHS.includes(words[k].lower) || /^(to|until)$/.test(words[k].lower))) k--;
    if (/^(since|in|from|until)$/.test(words[k]?.lower ?? "")) v = k - 1;
  }
  if (!LED_PARTICIPLES.has(words[v]?.lower ?? "")) return -1;
  // ("founded and led by X": the first of two participles joined.)
  return words[v - 1]?.lower === "and" && LED_PARTICIPLES.has(words[v - 2]?.lower ?? "") ? v - 2 : v;
}
/**
 * "led by German diplomat X", "headed by the former policeman X": where the "by" is before the describing words
 * (lower-case nouns and adjectives, an article, a demonym) that open the name at `a`; -1 if none.
 */
export function byBeforeDescribed(words: ReadonlyArray<{ text: string; lower: string; pos: string; cap: boolean }>, a: number): number {
  let j = a - 1;
  while (j > a - 5 && j > 0 && words[j].lower !== "by" && ((!words[j].cap && /^(NOUN|ADJ|DET)$/.test(words[j].pos)) || (words[j].cap && /(an|ian|ese|ish|i)$/.test(words[j].lower) && /^(ADJ|PROPN)$/.test(words[j].pos)))) j--;
  return words[j]?.lower === "by" ? j : -1;
}
export const SPEECH_VERBS = set("said, says, say, told, tells, added, announced, stated, claimed, insisted, warned, tweeted, wrote, explained, noted, declared, suggested, acknowledged, admitted, confirmed");

export const HEDGES = set("accused, accuse, accuses, suggested, suggests, alleged, allegedly, reportedly, reported, believed, believe, believes, suspected, suspect, claims, claimed, rumoured, rumored, purportedly, apparently, may, might, could, possibly, likely, thought");
export const NEGATIONS = set("not, never, no, deny, denies, denied, denying, rejected, rejects, refused, refuses, halt, halted, stop, stopped, ended, cut, suspend, suspended, withdraw");

/** Words in a support clause that say what kind of support it is (UCDP External Support types). */
export const SUPPORT_KIND_WORDS: Array<[SupportKind, Set<string>]> = [
  ["TROOPS", set("troops, soldiers, fighters, mercenaries, forces, contingent, alongside, battalion, battalions, boots, fought, fighting, hired")],
  ["JOINT_OPERATIONS", set("airstrikes, airstrike, air strikes, strikes, air support, bombing, joint, sorties, air power, air cover")],
  ["WEAPONS", set("weapons, arms, armed, arming, jets, warplanes, aircraft, fighter jets, helicopters, drones, missiles, ammunition, rifles, rockets, artillery, tanks, munitions, armaments, guns, pantsir, mines, weaponry, air defense, air defence")],
  ["MATERIEL_LOGISTICS", set("material, materiel, fuel, equipment, equip, equips, equipped, equipping, vehicles, supplies, logistics, logistical, spare parts, uniforms, food, trucks, manage weapons")],
  ["TRAINING", set("advisers, advisors, experts, training, trainers, trained, train, instructors, expertise, advisory, advising, advise, advises, advised")],
  ["FUNDING", set("money, fund, funds, funding, bankroll, bankrolls, bankrolling, financial, finance, financing, cash, dollars, loans, budget, salaries, funded, bankrolled, billion, million, $")],
  ["INTELLIGENCE", set("intelligence, surveillance, reconnaissance, satellite, information")],
  ["TERRITORY", set("bases, base, territory, transit, safe haven, sanctuary, access, airspace, ports, staging, sheltering, shelter, harbouring, harboring, host, hosts, hosted, hosting")],
  ["POLITICAL", set("political, diplomatic, recognition, recognised, recognized, veto, lobbying, stand, stands, stood, standing, rally, rallied, rallying, sided, siding, solidarity, blessing, recognises, recognizes, expressed, voiced")],
];
