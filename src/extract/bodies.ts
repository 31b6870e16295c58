/**
 * A state's bodies named without a name of their own: "Sudan's army", "the government of Somalia",
 * "the Saudi-led coalition", "federal forces", "the Oromia regional government".
 */
import { countryByIso3, countryForm, hyphenedCountry, type CountryInfo } from "./gazetteer.js";
import { slug, type EntityRecord, type EntityTable } from "./entities.js";
import { onlyGroupCalled } from "./knowledge.js";
import { add, orgRecord, type Ctx } from "./mentionContext.js";
import { ACTOR_HEADS, ARMY_NOUNS, COALITION_NOUNS, CONTROL_VERBS, OPPOSE_VERBS, FORCE_HELD, GOVERNMENT_NOUNS, GROUP_NOUNS, HYPHEN_RELATED, OWN_ARMY_WORDS, TITLES } from "./vocabulary.js";
import { POSSESSIVE, surfaceOf, type Word } from "./words.js";

const bodyNamesOf = new Map<string, string[]>();

/** The usual ways to name a state's army or government: "Sudanese Armed Forces", "Sudan's government". */
function bodyNames(c: CountryInfo, nouns: string[]): string[] {
  // Named on every mention of the body, always the same: worked out once per country and nouns.
  const key = `${c.iso3}:${nouns.join(",")}`;
  let names = bodyNamesOf.get(key);
  if (!names) {
    const demonym = c.demonyms[0];
    bodyNamesOf.set(key, (names = nouns.flatMap((n) => [...(demonym ? [`${demonym} ${n}`] : []), `${c.name}'s ${n}`, `${c.name} ${n}`, `${n} of ${c.name}`])));
  }
  return names;
}

/** The government of a country as one record, whatever words named it. */
export function governmentOf(table: EntityTable, c: CountryInfo, sentence: number, surface?: string): EntityRecord {
  return table.upsert({ key: `gov:${c.iso3}`, kind: "actor", type: "GOVERNMENT", name: `Government of ${c.name}`, aliases: bodyNames(c, ["government"]), country: c.iso3 }, sentence, surface);
}

/**
 * A government called by its leader's name, "the Ouattara government", as a party of its own: whose state
 * it governs is not said ("Ouattara's government", "President X's government" of a head placed nowhere).
 */
export function leaderGovernment(table: EntityTable, surname: string, noun: string, sentence: number, surface: string): EntityRecord {
  return table.upsert({ key: `org:${slug(surname)}`, kind: "actor", type: "GOVERNMENT", name: `${surname} ${noun}` }, sentence, surface);
}

/** The army of a country as one record, whatever words named it. */
export function armyOf(table: EntityTable, c: CountryInfo, sentence: number, surface?: string): EntityRecord {
  return table.upsert({ key: `army:${c.iso3}`, kind: "actor", type: "ARMED_GROUP", name: `${c.demonyms[0] ?? c.name} army`, aliases: bodyNames(c, ["army", "military", "armed forces"]), country: c.iso3 }, sentence, surface);
}

export function forceOfState(ctx: Ctx, start: number, end: number, c: CountryInfo, noun: string) {
  const surface = surfaceOf(ctx.words, start, end);
  if (ARMY_NOUNS.has(noun)) return add(ctx, start, end, armyOf(ctx.table, c, ctx.sentence, surface));
  if (GOVERNMENT_NOUNS.has(noun)) return add(ctx, start, end, governmentOf(ctx.table, c, ctx.sentence, surface));
  // "Cuban units", "Zimbabwean paratroopers": forms the article calls the state by, kept as its aliases.
  return add(ctx, start, end, ctx.table.state(c, ctx.sentence, surface));
}

const REFERRING_SINGULARS = new Set(["group", "movement", "militia", "organisation", "organization", "faction"]);

/** "the Saudi-led coalition", "Russian-backed forces": a body named by the state behind it. */
export function ledBodies(ctx: Ctx) {
  const { words } = ctx;
  for (let i = 0; i + 1 < words.length; i++) {
    const hit = hyphenedCountry(words, i, HYPHEN_RELATED);
    if (!hit) continue;
    const head = words[i + 1].lower;
    const adjective = /^(NOUN|PROPN|ADJ)$/.test(words[i + 2]?.pos ?? "");
    if (!hit || adjective || !(GROUP_NOUNS.has(head) || ACTOR_HEADS.get(head))) continue;
    // "Rwanda-backed rebels" in a story that names its rebels is a description of them, not a name.
    if (hit.participle !== "led" && GROUP_NOUNS.has(head) && onlyGroupCalled(ctx.k, head)) continue;
    // "the Iran-backed group's attacks": "the" with a singular noun points back at a group named elsewhere.
    if (hit.participle !== "led" && words[hit.start - 1]?.lower === "the" && REFERRING_SINGULARS.has(head)) continue;
    // "The SDF, a U.S.-backed alliance, …": the apposition describes the name before it.
    if (/^(a|an)$/.test(words[hit.start - 1]?.lower ?? "") && words[hit.start - 2]?.text === ",") continue;
    const name = surfaceOf(words, hit.start, i + 2);
    add(ctx, hit.start, i + 2, orgRecord(ctx, name, ACTOR_HEADS.get(head) === "ORGANIZATION" || ACTOR_HEADS.get(head) === "GOVERNMENT" ? ACTOR_HEADS.get(head)! : "ARMED_GROUP"));
  }
}

const SUBNATIONAL = new Set(["local", "provincial", "municipal", "regional", "district", "county", "city", "state"]);

/** The state army the article named last, if any. */
const lastArmyNamed = (table: EntityTable) => [...table.records.values()].filter((r) => r.key.startsWith("army:")).pop();

/**
 * "federal troops", "federal and Amharan forces", "the federal government", "government troops": the home country's.
 * Whether it names a body depends on the words alone, and every body it names is a mention it adds:
 * findMentions() counts on both to skip a second pass under another home where it named none.
 */
export function federalBodies(ctx: Ctx) {
  const { words, home } = ctx;
  if (!home) return;
  for (let i = 0; i < words.length; i++) {
    // "the army" with no country named: the army named before, else the home country's.
    // "the national army": the home state's.
    const army = ARMY_NOUNS.has(words[i].lower);
    const own = army && OWN_ARMY_WORDS.has(words[i - 1]?.lower ?? "") && words[i - 2]?.lower === "the";
    if (army && (words[i - 1]?.lower === "the" || own) && !/^(of)$/.test(words[i + 1]?.lower ?? "") && !/^(NOUN|PROPN)$/.test(words[i + 1]?.pos ?? "")) {
      const named = own ? undefined : lastArmyNamed(ctx.table);
      const country = named?.country ? countryByIso3(named.country) : undefined;
      forceOfState(ctx, own ? i - 2 : i - 1, i + 1, country ?? home, words[i].lower);
      continue;
    }
    // "raids on army positions", "an army patrol": what an army no one is named for holds is the army named before, else the home one's.
    // ("foreign military bases", "Israeli army posts": described or owned, they are not.)
    const ownerBefore = i > 0 && (words[i - 1].cap || words[i - 1].text === "'s" || words[i - 1].pos === "ADJ");
    if (army && FORCE_HELD.has(words[i + 1]?.lower ?? "") && !ownerBefore && words[i + 2]?.lower !== "of") {
      const named = lastArmyNamed(ctx.table);
      forceOfState(ctx, i, i + 1, (named?.country ? countryByIso3(named.country) : undefined) ?? home, words[i].lower);
      continue;
    }
    // "Troops captured Kilinochchi …": troops no one is named for, taking or fighting as a sentence opens, are
    // the home state's. (Troops that arrive may be anyone's.)
    if (i === 0 && /^(troops|soldiers)$/.test(words[0].lower) && words[1]?.pos === "VERB" && (CONTROL_VERBS.has(words[1].lemma) || OPPOSE_VERBS.has(words[1].lemma))) {
      forceOfState(ctx, 0, 1, home, words[0].lower);
      continue;
    }
    // "the country's army", "the country's military government": the country the story is about.
    if (words[i].lower === "country" && words[i - 1]?.lower === "the" && words[i + 1]?.text === "'s") {
      const noun = words[i + 2]?.lower ?? "";
      if (ARMY_NOUNS.has(noun) || GOVERNMENT_NOUNS.has(noun)) forceOfState(ctx, i - 1, i + 3, home, noun);
      continue;
    }
    // "government troops" with no country named: the government of the country the article is about.
    const owned = i > 0 && (words[i - 1].cap || words[i - 1].text === "'s");
    // ("local government units" are no state's.)
    if (words[i].lower === "government" && GROUP_NOUNS.has(words[i + 1]?.lower ?? "") && !owned && !SUBNATIONAL.has(words[i - 1]?.lower ?? "")) {
      forceOfState(ctx, i, i + 2, home, "government");
      continue;
    }
    if (words[i].lower !== "federal") continue;
    const shared = words[i + 1]?.lower === "and" && words[i + 2]?.cap ? i + 3 : i + 1;
    const noun = words[shared]?.lower ?? "";
    if (GOVERNMENT_NOUNS.has(noun) && shared === i + 1) forceOfState(ctx, i, i + 2, home, noun);
    else if (GROUP_NOUNS.has(noun)) {
      forceOfState(ctx, i, shared === i + 1 ? i + 2 : i + 1, home, "army");
      // With the noun shared ("federal and Kanuri forces") the mention is one word; the alias keeps the noun.
      const army = ctx.table.get(`army:${home.iso3}`)!;
      ctx.table.removeAlias(army, "federal");
      army.aliases.add(`federal ${noun}`);
    }
  }
}

// Apart from the loop over words, which would otherwise allocate a closure's context at every word.
const covered = (mentions: Ctx["out"], k: number) => mentions.some((m) => m.start <= k && m.end > k);

/** "South Sudan's army": the country whose name ends at word i, with the words before it ("Sudan" alone is another). */
function widerCountry(words: Ctx["words"], i: number, c: CountryInfo): { country: CountryInfo; start: number } {
  for (let k = Math.min(5, i); k >= 1; k--) {
    if (!words[i - k].cap) continue;
    const wider = countryForm(surfaceOf(words, i - k, i + 1));
    if (wider) return { country: wider.country, start: i - k };
  }
  return { country: c, start: i };
}

/** The longest country form starting at word `p`, if any. */
function countryAfter(words: Word[], p: number): { country: CountryInfo; end: number } | undefined {
  if (!words[p]?.cap) return undefined;
  for (let n = Math.min(6, words.length - p); n >= 1; n--) {
    const c = countryForm(surfaceOf(words, p, p + n));
    if (c && c.form !== "demonym") return { country: c.country, end: p + n };
  }
  return undefined;
}

/** "Libya's UN-recognized government", "Sudan's army", "the government of Somalia". */
export function possessiveBodies(ctx: Ctx) {
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) {
    // "of" and "in" are no country's form: they only follow a government's noun ("the government of Somalia").
    if (words[i].text === "of" || words[i].text === "in") {
      // ("the Government of the Republic of Indonesia", "the government of South Sudan": a name of several words.)
      const named = words[i - 1] && GOVERNMENT_NOUNS.has(words[i - 1].lower) ? countryAfter(words, words[i + 1]?.lower === "the" ? i + 2 : i + 1) : undefined;
      if (named && !covered(ctx.out, i - 1)) forceOfState(ctx, i - 1, named.end, named.country, words[i - 1].lower);
      continue;
    }
    // Only a word before a possessive is looked up: the test of the next word is cheaper than the country forms' map.
    if (words[i + 1]?.text !== "'s" && words[i + 1]?.text !== "'") continue;
    const c = countryForm(words[i].text)?.country;
    // "Ouattara's government": a government called by its leader's name is the one "the Ouattara government" names.
    if (!c && words[i].pos === "PROPN" && !words[i].acronym && /^(government|regime|administration)$/.test(words[i + 2]?.lower ?? "") && !covered(ctx.out, i)) {
      add(ctx, i, i + 3, leaderGovernment(ctx.table, words[i].text, words[i + 2].lower, ctx.sentence, surfaceOf(words, i, i + 3)));
      continue;
    }
    if (!c) continue;
    const { country: owner, start } = widerCountry(words, i, c);
    for (let j = i + 2; j < Math.min(words.length, i + 6); j++) {
      const w = words[j].lower;
      // "Israel's main military backer": "military" describing the noun after it names no army;
      // "Mali's military government" is the government.
      if (w === "military" && words[j + 1]?.pos === "NOUN") {
        if (GOVERNMENT_NOUNS.has(words[j + 1].lower)) continue;
        break;
      }
      // ("Japan's Chief Cabinet Secretary X": a body's noun inside a title names no body.)
      if ((GOVERNMENT_NOUNS.has(w) || ARMY_NOUNS.has(w)) && TITLES.get(words[j + 1]?.lower ?? "") !== undefined && words[j + 1].cap) break;
      if (GOVERNMENT_NOUNS.has(w) || ARMY_NOUNS.has(w)) {
        forceOfState(ctx, start, j + 1, owner, w);
        const r = ctx.table.get(w === "government" || GOVERNMENT_NOUNS.has(w) ? `gov:${owner.iso3}` : `army:${owner.iso3}`);
        if (r && j > i + 2) r.aliases.add(surfaceOf(words, i + 2, j + 1));
        break;
      }
      if (!/^(ADJ|VERB|ADV|NOUN|PROPN)$/.test(words[j].pos) || words[j].text === ",") break;
    }
  }
}

/** How a region's own government is keyed: offices look for it by this. */
const REGIONAL_GOVERNMENT = "org:government-of-";
export const isRegionalGovernment = (key: string) => key.startsWith(REGIONAL_GOVERNMENT);

/** Words between a region and its government: "the Oromia regional government". */
const REGIONAL_WORDS = new Set(["regional", "state", "provincial", "local", "county", "municipal", "autonomous"]);

/**
 * "the Oromia regional government", "Khyber Pakhtunkhwa's provincial government": a region's own
 * government is a party of its own, apart from the state's. (A capital's stands for the state's.)
 */
export function regionalGovernments(ctx: Ctx) {
  const { words, table } = ctx;
  for (const [n, m] of ctx.out.entries()) {
    const r = table.get(m.key);
    if (m.kind !== "location" || !r || r.type === "COUNTRY" || r.capitalOf) continue;
    let j = m.end;
    if (POSSESSIVE.test(words[j]?.text ?? "")) j++;
    if (REGIONAL_WORDS.has(words[j]?.lower ?? "")) j++;
    if (!/^(government|administration|authorities)$/.test(words[j]?.lower ?? "")) continue;
    // ("Lagos state" named as a place: the government is Lagos's.)
    const region = r.name.replace(/\s+(state|region|province)$/i, "");
    const gov = table.upsert({ key: `${REGIONAL_GOVERNMENT}${slug(region)}`, kind: "actor", type: "GOVERNMENT", name: `Government of ${region}`, aliases: [surfaceOf(words, m.start, j + 1)] }, ctx.sentence);
    ctx.out[n] = { sentence: ctx.sentence, start: m.start, end: j + 1, key: gov.key, kind: "actor" };
  }
  // "the Amhara regional government", "the Jubbaland state administration": a name the gazetteer knows
  // as no place (or the story as a people's militias) is a region's all the same before "regional".
  for (let j = 2; j < words.length; j++) {
    if (!/^(government|administration|authorities)$/.test(words[j].lower) || !REGIONAL_WORDS.has(words[j - 1].lower) || words[j - 1].lower === "local") continue;
    let a = j - 2;
    while (a > j - 4 && words[a - 1]?.cap && words[a - 1].pos === "PROPN") a--;
    if (!words[j - 2].cap || words[j - 2].pos !== "PROPN" || countryForm(surfaceOf(words, a, j - 1))) continue;
    const at = ctx.out.findIndex((m) => m.start < j + 1 && a < m.end);
    const r = at >= 0 ? table.get(ctx.out[at].key) : undefined;
    if (at >= 0 && (ctx.out[at].start !== a || ctx.out[at].end !== j - 1 || r?.kind !== "actor" || !ctx.out[at].key.startsWith("org:"))) continue;
    const region = surfaceOf(words, a, j - 1);
    const gov = table.upsert({ key: `${REGIONAL_GOVERNMENT}${slug(region)}`, kind: "actor", type: "GOVERNMENT", name: `Government of ${region}`, aliases: [surfaceOf(words, a, j + 1)] }, ctx.sentence);
    const m = { sentence: ctx.sentence, start: a, end: j + 1, key: gov.key, kind: "actor" as const };
    if (at >= 0) ctx.out[at] = m;
    else ctx.out.push(m);
  }
}

/**
 * "Saudi Arabia, which leads a military coalition that has fought the Houthis": a coalition no name is
 * given for is named for the state leading it, as "the Saudi-led coalition" is.
 */
export function ledCoalitions(ctx: Ctx) {
  const { words, table } = ctx;
  for (const m of [...ctx.out]) {
    if (table.get(m.key)?.type !== "STATE") continue;
    let j = m.end;
    if (words[j]?.text === "," && /^(which|that)$/.test(words[j + 1]?.lower ?? "")) j += 2;
    while (words[j]?.pos === "ADV") j++;
    if (!/^(lead|head)$/.test(words[j]?.lemma ?? "") || !/^(a|an)$/.test(words[j + 1]?.lower ?? "")) continue;
    let k = j + 2;
    while (k < j + 5 && words[k] && !words[k].cap && words[k].pos === "ADJ") k++;
    if (!COALITION_NOUNS.has(words[k]?.lower ?? "") || words[k].cap || covered(ctx.out, j + 2)) continue;
    const state = surfaceOf(words, m.start, m.end);
    const r = table.upsert({ key: `org:${slug(state)}-led-${words[k].lower}`, kind: "actor", type: "ARMED_GROUP", name: `${state}-led ${words[k].lower}`, aliases: [surfaceOf(words, j + 2, k + 1)] }, ctx.sentence);
    add(ctx, j + 2, k + 1, r);
  }
}
