import { foldLetters } from "./fold.js";
import type { ActorType, LocationType } from "./types.js";
import { countryByIso3, type CountryInfo } from "./gazetteer.js";

/**
 * The entities of one article as they are found: one record per canonical key, with every
 * surface form seen. Canonical keys are what makes one actor one node across articles:
 * `state:TUR`, `gov:SDN`, `army:SDN`, `org:libyan-national-army`, `person:khalifa-haftar`.
 */
export interface EntityRecord {
  key: string;
  kind: "actor" | "location";
  type: ActorType | LocationType;
  name: string;
  aliases: Set<string>;
  country?: string;
  within?: string | null;
  lat?: number;
  lon?: number;
  /** For a capital city: the state it can stand for ("Moscow denied", "weapons to Moscow"). */
  capitalOf?: string;
  /** For a government called by its leader's name ("President X's government"): the leader, whose office places it. */
  ledBy?: string;
  /** First sentence it is mentioned in: ties in coreference go to the earlier entity. */
  firstSentence: number;
}

// Keys are made from the same few names over and over: each is slugged once per process.
const slugs = new Map<string, string>();
const SLUG_CACHE_LIMIT = 50_000;

export function slug(name: string): string {
  let s = slugs.get(name);
  if (s === undefined) {
    if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
    slugs.set(name, (s = slugOf(name)));
  }
  return s;
}

function slugOf(name: string): string {
  // "Yıldırım" → "yildirim": letters with no decomposition go to their base letter first.
  return foldLetters(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export class EntityTable {
  readonly records = new Map<string, EntityRecord>();
  /** ISO 3166-1 alpha-3 of the country the article names most: the one the story is about. */
  home?: string;
  /** Whether the story is plainly about `home`: filed from there, or naming it more than any other country. */
  homeIsClear = false;
  /**
   * The alias lists already merged into each record. A state comes with all its country's names
   * and an army with a dozen ways to name it, at every mention: a list merged once adds nothing
   * the second time, unless an alias was removed since (removeAlias forgets the lists).
   */
  private readonly mergedAliases = new Map<string, Set<Iterable<string>>>();

  /** A state, its government or its army, of the country the story is about. */
  isHomeBody(key: string): boolean {
    return this.home !== undefined && this.records.get(key)?.country === this.home && /^(state|gov|army):/.test(key);
  }

  upsert(init: Omit<EntityRecord, "aliases" | "firstSentence"> & { aliases?: Iterable<string> }, sentence: number, surface?: string): EntityRecord {
    let r = this.records.get(init.key);
    if (!r) {
      const aliases = new Set<string>();
      for (const a of init.aliases ?? []) if (a !== init.name) aliases.add(a);
      // Field by field, every record with the same fields (an absent one undefined): records are read
      // everywhere (their kind, type, country), and one shape keeps those reads monomorphic.
      r = { key: init.key, kind: init.kind, type: init.type, name: init.name, aliases, country: init.country, within: init.within, lat: init.lat, lon: init.lon, capitalOf: init.capitalOf, firstSentence: sentence };
      this.records.set(init.key, r);
      if (init.aliases) this.mergedAliases.set(r.key, new Set([init.aliases]));
      if (surface && surface !== r.name) r.aliases.add(surface);
      return r;
    }
    if (r.kind === "actor" && init.kind === "actor" && rank(init.type as ActorType) > rank(r.type as ActorType)) r.type = init.type;
    if (surface && surface !== r.name) r.aliases.add(surface);
    // ("Kurdish peshmerga fighters" then "Iraqi and Kurdish units": a fuller name given later is another name of it.)
    if (init.kind === "actor" && init.name !== r.name && init.name.startsWith(r.name + " ")) r.aliases.add(init.name);
    if (init.aliases) {
      let merged = this.mergedAliases.get(r.key);
      if (!merged) this.mergedAliases.set(r.key, (merged = new Set()));
      if (!merged.has(init.aliases)) {
        for (const a of init.aliases) if (a !== r.name) r.aliases.add(a);
        merged.add(init.aliases);
      }
    }
    return r;
  }

  /** Folds record `from` into `into` (two names of one party): its names, the more specific type, the earlier sentence. */
  join(from: string, into: string): void {
    const a = this.records.get(from), b = this.records.get(into);
    if (!a || !b || a === b) return;
    for (const n of [a.name, ...a.aliases]) if (n !== b.name) b.aliases.add(n);
    if (rank(a.type as ActorType) > rank(b.type as ActorType)) b.type = a.type;
    b.firstSentence = Math.min(a.firstSentence, b.firstSentence);
    this.records.delete(from);
    this.mergedAliases.delete(into);
  }

  /** Drops an alias of a record (a list merged before may hold it: it is merged again next time). */
  removeAlias(r: EntityRecord, alias: string): void {
    r.aliases.delete(alias);
    this.mergedAliases.delete(r.key);
  }

  /**
   * A state's aliases are the forms the article calls it by; the data package's other names
   * ("Commonwealth of Australia") are not claims of the article, and the graph finds them by
   * the country code anyway (importPlan's lookup keys).
   */
  state(c: CountryInfo, sentence: number, surface?: string): EntityRecord {
    return this.upsert({ key: `state:${c.iso3}`, kind: "actor", type: "STATE", name: c.name, country: c.iso3 }, sentence, surface);
  }

  countryPlace(c: CountryInfo, sentence: number, surface?: string): EntityRecord {
    return this.upsert({ key: `loc:${c.iso3}`, kind: "location", type: "COUNTRY", name: c.name, aliases: c.names, country: c.iso3, within: null, lat: c.lat, lon: c.lon }, sentence, surface);
  }

  /** The state of a country named as a place (`loc:TUR` → `state:TUR`); other keys unchanged. */
  actorFor(key: string, sentence: number): string {
    const place = this.records.get(key);
    const iso3 = place?.type === "COUNTRY" ? place.country : place?.capitalOf;
    if (!iso3) return key;
    const country = this.records.get(`loc:${iso3}`) ?? (place?.type === "COUNTRY" ? place : undefined);
    const state = this.records.get(`state:${iso3}`);
    if (state) return state.key;
    const c = countryByIso3(iso3);
    return c ? this.state(c, sentence).key : country?.key ?? key;
  }

  get(key: string): EntityRecord | undefined {
    return this.records.get(key);
  }
}

// When the same name is seen as a generic organisation and as an armed group, the more specific wins.
const RANKS: Record<ActorType, number> = { ORGANIZATION: 0, POLITICAL_GROUP: 1, PERSON: 1, GOVERNMENT: 2, ARMED_GROUP: 2, STATE: 3 };
function rank(t: ActorType): number {
  return RANKS[t];
}
