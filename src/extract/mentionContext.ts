/** What resolving one sentence's mentions works with, and how entities are recorded from it. */
import { citiesNamed, countryByIso2, countryForm, firstCityIn, type CountryInfo } from "./gazetteer.js";
import { demonymAfterHead } from "./spans.js";
import { EntityTable, slug, type EntityRecord } from "./entities.js";
import type { Knowledge } from "./knowledge.js";
import { ACTOR_HEADS, CIVIL_GROUP_WORDS, headKind } from "./vocabulary.js";
import type { ActorType } from "./types.js";
import type { Word } from "./words.js";

/** A stretch of words in one sentence that names (or points to) one entity. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  key: string;
  kind: "actor" | "location";
  /** Parties a plural pronoun names together with `key`: "with Qatar and Turkey, the U.S. said they …". */
  with?: string[];
  /** The title words before a person's name, with whether the title marks a head ("President"). */
  title?: { start: number; leads: boolean };
}

export interface Ctx {
  table: EntityTable;
  k: Knowledge;
  words: Word[];
  sentence: number;
  docCountries: Set<string>;
  /**
   * The country the article names most: the one its "federal forces" and "federal government" belong to.
   * Only federalBodies() reads it: findMentions() keeps the mentions found under one home for another
   * when that named no body (a rule that reads it elsewhere must be counted there too).
   */
  home?: CountryInfo;
  out: Mention[];
}

/**
 * Mentions in order of their first word, as `sort((a, b) => a.start - b.start)` leaves them (stably),
 * in place: a sentence's few mentions are nearly always in order already, and the built-in sort
 * allocates its work arrays at every call (2 % of all allocation, once per sentence and per pronoun).
 */
export function sortByStart<M extends { start: number }>(ms: M[]): M[] {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i];
    let j = i - 1;
    while (j >= 0 && ms[j].start > m.start) {
      ms[j + 1] = ms[j];
      j--;
    }
    ms[j + 1] = m;
  }
  return ms;
}

export const add = (ctx: Ctx, start: number, end: number, r: EntityRecord, title?: Mention["title"]) =>
  ctx.out.push(title ? { sentence: ctx.sentence, start, end, key: r.key, kind: r.kind, title } : { sentence: ctx.sentence, start, end, key: r.key, kind: r.kind });

export function orgRecord(ctx: Ctx, name: string, type: ActorType, surface?: string): EntityRecord {
  const acronymOf = ctx.k.acronymOf.get(name);
  return ctx.table.upsert({ key: `org:${slug(name)}`, kind: "actor", type, name, aliases: acronymOf ? [acronymOf] : [] }, ctx.sentence, surface);
}

/** Whether `word` is one of the space-separated words of `name` (as `name.split(" ").includes(word)`, without the array: every person mention asks it of every person the article names). */
function hasWord(name: string, word: string): boolean {
  if (!word) return name.split(" ").includes(word);
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    if ((at === 0 || name.charCodeAt(at - 1) === 32) && (at + word.length === name.length || name.charCodeAt(at + word.length) === 32)) return true;
  }
  return false;
}

export function personRecord(ctx: Ctx, name: string): EntityRecord {
  // "Deby" is "Idriss Deby" only if no other Deby is named ("Mahamat Idriss Deby", his son).
  let extending: string | undefined;
  let others = 0;
  for (const p of ctx.k.people) {
    if (p === name || !p.includes(name)) continue;
    if (p.endsWith(` ${name}`) || p.startsWith(`${name} `)) {
      if (extending === undefined) extending = p;
      else others++;
    } else if (p.includes(` ${name} `)) others++;
  }
  const full = extending !== undefined && others === 0 ? extending : name;
  const last = full.slice(full.lastIndexOf(" ") + 1);
  let sharedSurname = false;
  for (const p of ctx.k.people) if (p !== full && p.includes(" ") && hasWord(p, last) && !full.endsWith(` ${p}`)) sharedSurname = true;
  // ("Abdullah Maute" of "the Maute group": a family's name a group bears is the group's.)
  if (ctx.k.groups.has(last)) sharedSurname = true;
  return ctx.table.upsert({ key: `person:${slug(full)}`, kind: "actor", type: "PERSON", name: full, aliases: full.includes(" ") && !sharedSurname ? [last] : [] }, ctx.sentence, name);
}

export function typeOfName(words: ReadonlyArray<Pick<Word, "text" | "lower">>, a: number, b: number): ActorType | undefined {
  const head = headKind(words[b - 1]);
  // ("the International Crisis Group", "the Contact Group": a group of analysts or diplomats is no armed group.)
  if (head === "ARMED_GROUP" && words[b - 1].lower === "group") for (let k = a; k < b - 1; k++) if (CIVIL_GROUP_WORDS.has(words[k].lower)) return "ORGANIZATION";
  if (head) return head;
  // "Government of National Accord", "Movement for Democracy": the head comes before "of" or "for".
  for (let i = a; i < b - 1; i++) if (/^(of|for)$/.test(words[i + 1].lower) && ACTOR_HEADS.get(words[i].lower)) return ACTOR_HEADS.get(words[i].lower);
  // "United Nations Mission in South Sudan", "African Union Mission to Somalia", "Interim Force in Lebanon": a mission
  // (a body, whatever "force" says elsewhere) whose name holds where it serves.
  for (let i = a; i < b - 1; i++) if (/^(in|to)$/.test(words[i + 1].lower) && /^(mission|force)$/.test(words[i].lower)) return "ORGANIZATION";
  // "National Army Syrian", "Observatory Syrian": a translation's people-word after the head (see demonymAfterHead).
  return demonymAfterHead(words, a, b - 1, countryForm(words[b - 1].text)?.form ?? "") ? headKind(words[b - 2]) ?? headKind(words[b - 3]) : undefined;
}

/**
 * The gazetteer's place of that name in a country the article mentions; elsewhere only a large
 * town is trusted ("Moura" in a Mali story is not the Portuguese town of 9,000). A small namesake in
 * a country the article names gives way to a large town several times its size ("Derry" in a
 * Northern Ireland story that names the United States once is not Derry, New Hampshire).
 */
export function bestCity(name: string, docCountries: Set<string>) {
  const all = citiesNamed(name);
  if (all.length === 0) return undefined;
  // Most populous first: only the first place can be a large town.
  const large = all[0].population >= 50_000 ? all[0] : undefined;
  const named = firstCityIn(name, docCountries);
  if (named && large && named !== large && named.population < 50_000 && named.population * 3 < large.population) return large;
  return named ?? large;
}

export function placeRecord(ctx: Ctx, name: string, type: EntityRecord["type"], surface: string, alias?: string, cityName = alias ?? name): EntityRecord {
  const city = bestCity(cityName, ctx.docCountries);
  const country = city ? countryByIso2(city.iso2) : undefined;
  const within = country ? ctx.table.countryPlace(country, ctx.sentence).key : null;
  return ctx.table.upsert({ key: `loc:${slug(name)}`, kind: "location", type, name, aliases: alias ? [alias] : [], within, country: country?.iso3, lat: city?.lat, lon: city?.lon }, ctx.sentence, surface);
}

