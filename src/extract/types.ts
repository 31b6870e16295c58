/**
 * The claims an article yields. This is the contract between extraction (pure, src/extract),
 * the importer (src/graph) and the evaluation format (`kg extract --format json`).
 */

export const ACTOR_TYPES = ["STATE", "GOVERNMENT", "ARMED_GROUP", "PERSON", "ORGANIZATION", "POLITICAL_GROUP"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const LOCATION_TYPES = ["COUNTRY", "REGION", "CITY", "SITE"] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const RELATION_TYPES = ["SUPPORTS", "ALLIED_WITH", "OPPOSES", "CONTROLS", "LEADS", "MEMBER_OF"] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** "A allied with B" and "B allied with A" are one alliance: the types that run both ways. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(["ALLIED_WITH", "OPPOSES"]);

/** The UCDP External Support Dataset's types of support, plus UNSPECIFIED for a bare "support". */
export const SUPPORT_KINDS = [
  "TROOPS",
  "TROOP_PRESENCE",
  "JOINT_OPERATIONS",
  "WEAPONS",
  "MATERIEL_LOGISTICS",
  "TRAINING",
  "FUNDING",
  "INTELLIGENCE",
  "TERRITORY",
  "POLITICAL",
  "UNSPECIFIED",
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export interface Actor {
  /** Stable, canonical id (same actor → same id across articles), e.g. "state:TUR", "group:libyan-national-army". */
  id: string;
  name: string;
  aliases: string[];
  type: ActorType;
  /** ISO 3166-1 alpha-3 code for states (and governments of a state), when known. */
  country?: string;
}

export interface Location {
  id: string;
  name: string;
  aliases: string[];
  type: LocationType;
  /** id of the enclosing location (a city's country), or null. */
  within: string | null;
  country?: string;
  lat?: number;
  lon?: number;
}

export interface Evidence {
  /** Verbatim substring of the original input: input.slice(start, end) === text. */
  text: string;
  /** Index of the sentence it comes from. */
  sentence: number;
  start: number;
  end: number;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  /** Support kinds (SUPPORTS only); empty for other types. */
  kinds: SupportKind[];
  /** First of `kinds`, or null: the evaluation format's single kind. */
  kind: SupportKind | null;
  hedged: boolean;
  negated: boolean;
  attributedTo: string | null;
  /** ISO date the text gives for the event (or its start), else null. */
  eventDate: string | null;
  /** ISO date the event range ends, when the text says. */
  eventUntil: string | null;
  /** The article's date (ISO) or null when undated. */
  date: string | null;
  evidence: Evidence[];
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface Extraction {
  title: string | null;
  date: string | null;
  actors: Actor[];
  locations: Location[];
  relations: Relation[];
  sentences: Sentence[];
}
