/**
 * The one place Neo4j values become plain JavaScript: Integers → numbers, temporals → ISO strings,
 * and result rows → the typed records the rest of the app uses.
 */
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";
import type { ActorType, LocationType, RelationType, SupportKind } from "../extract/types.js";

export type Row = Record<string, unknown>;

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  country: string | null;
}

export interface LocationRecord {
  id: string;
  name: string;
  type: LocationType;
  aliases: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  withinId: string | null;
}

/** A derived edge's endpoints: for symmetric types, source is the smaller id. */
export interface Pair {
  type: RelationType;
  source: string;
  target: string;
}

export interface EdgeAggregate {
  kinds: SupportKind[];
  kind: SupportKind | null;
  hedged: boolean;
  claims: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** What a derived edge's aggregate needs from one non-negated claim. */
export interface ClaimFacts {
  kinds: SupportKind[];
  hedged: boolean;
  eventDate: string | null;
  eventUntil: string | null;
  date: string | null;
  articleId: string;
}

export type EdgeRecord<Other> = Pair & EdgeAggregate & { other: Other };

export interface ArticleRecord {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  importedAt: string | null;
}

export interface EvidenceRecord {
  text: string;
  start: number;
  end: number;
  date: string | null;
  hedged: boolean;
  attributedTo: string | null;
  article: ArticleRecord;
}

export function rowOf(record: Neo4jRecord): Row {
  return toPlain(record.toObject()) as Row;
}

/**
 * Strings, numbers and booleans (most of a result) return at once; the lists and maps of a record are
 * the driver's fresh copies, converted in place rather than copied again.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Row;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value)) return value.toStandardDate().toISOString();
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
}

export function toActor(row: Row): ActorRecord {
  return {
    id: string(row.id),
    name: string(row.name),
    type: string(row.type) as ActorType,
    aliases: strings(row.aliases),
    country: nullableString(row.country),
  };
}

export function toLocation(row: Row): LocationRecord {
  return {
    id: string(row.id),
    name: string(row.name),
    type: string(row.type) as LocationType,
    aliases: strings(row.aliases),
    country: nullableString(row.country),
    lat: nullableNumber(row.lat),
    lon: nullableNumber(row.lon),
    withinId: nullableString(row.withinId),
  };
}

export function toPair(row: Row): Pair {
  return { type: string(row.type) as RelationType, source: string(row.source), target: string(row.target) };
}

export function toEdge<Other>(row: Row, toOther: (other: Row) => Other): EdgeRecord<Other> {
  return { ...toPair(row), ...toAggregate(row.edge as Row), other: toOther(row.other as Row) };
}

/** A derived edge's properties: the aggregate of its claims, as src/graph/edges.ts computed it. */
export function toAggregate(props: Row): EdgeAggregate {
  return {
    kinds: strings(props.kinds) as SupportKind[],
    kind: nullableString(props.kind) as SupportKind | null,
    hedged: props.hedged === true,
    claims: Number(props.claims ?? 0),
    articles: Number(props.articles ?? 0),
    firstDate: nullableString(props.firstDate),
    lastDate: nullableString(props.lastDate),
  };
}

export function toClaimFacts(row: Row): ClaimFacts {
  return {
    kinds: strings(row.kinds) as SupportKind[],
    hedged: row.hedged === true,
    eventDate: nullableString(row.eventDate),
    eventUntil: nullableString(row.eventUntil),
    date: nullableString(row.date),
    articleId: string(row.articleId),
  };
}

export function toArticle(row: Row): ArticleRecord {
  return {
    id: string(row.id),
    title: nullableString(row.title),
    date: nullableString(row.date),
    source: nullableString(row.source),
    importedAt: nullableString(row.importedAt),
  };
}

export function toEvidence(row: Row): EvidenceRecord {
  return {
    text: string(row.text),
    start: Number(row.start),
    end: Number(row.end),
    date: nullableString(row.date),
    hedged: row.hedged === true,
    attributedTo: nullableString(row.attributedTo),
    article: toArticle(row.article as Row),
  };
}

function string(value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`expected a string from Neo4j, got ${JSON.stringify(value)}`);
  return value;
}

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : string(value);
}

function nullableNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(string) : [];
}
