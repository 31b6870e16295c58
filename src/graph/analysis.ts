/**
 * Records of the analyst queries (backers, paths, camps, control history, claims, search, network),
 * shaped from the rows of cypher/read/*.cypher. Plain values only: rowOf has already converted them.
 */
import type { RelationType, SupportKind } from "../extract/types.js";
import { aggregateClaims } from "./edges.js";
import {
  toActor,
  toAggregate,
  toArticle,
  toClaimFacts,
  toEdge,
  toEvidence,
  toLocation,
  type ActorRecord,
  type ArticleRecord,
  type EdgeAggregate,
  type EvidenceRecord,
  type LocationRecord,
  type Row,
} from "./mappers.js";

/** Which claims count: per-claim conditions, all of them when null (includeHedged: true). */
export interface ClaimFilter {
  kinds: SupportKind[] | null;
  since: string | null;
  until: string | null;
  asOf: string | null;
  includeHedged: boolean;
}

export const EVERY_CLAIM: ClaimFilter = { kinds: null, since: null, until: null, asOf: null, includeHedged: true };

/** Every non-negated claim passes: a derived edge's aggregate already is the answer. */
export function isEveryClaim(filter: ClaimFilter): boolean {
  return filter.kinds === null && filter.since === null && filter.until === null && filter.asOf === null && filter.includeHedged;
}

export interface PageWindow {
  offset: number;
  first: number;
}

/** One page of a longer ordered list. */
export interface Page<T> {
  totalCount: number;
  offset: number;
  items: T[];
}

/** A stored node's place in name order: ties of name are broken by id. */
export interface NameKey {
  name: string;
  id: string;
}

/** A page of a name-ordered list: the `first` nodes past `after` (from the start when null). */
export interface KeyWindow {
  after: NameKey | null;
  first: number;
}

export interface KeyPage<T> {
  totalCount: number;
  items: T[];
  hasNextPage: boolean;
}

/** One hop of a path, with the aggregate of the claims that passed the query's filter. */
export interface HopRecord extends Omit<EdgeAggregate, "kind"> {
  type: RelationType;
  from: ActorRecord;
  to: ActorRecord;
  /** The filter its claims passed, so its evidence shows the same claims. */
  filter: ClaimFilter;
  /** Its evidence, when the statement that found the hop read it too (else the evidence loader does). */
  evidence?: EvidenceRecord[];
}

export interface BackerRecord {
  node: ActorRecord;
  depth: number;
  /** Support kinds on the hop that touches `node`. */
  kinds: SupportKind[];
  hops: HopRecord[];
}

export interface PathRecord {
  hops: HopRecord[];
}

export interface CampRecord {
  id: string;
  /** One page of members per window the query asked, under memberWindowKey(window). */
  members: Map<string, KeyPage<ActorRecord>>;
  opposes: string[];
}

export type EntityRecord = ActorRecord | LocationRecord;

export interface EvidenceSpan {
  text: string;
  start: number;
  end: number;
}

export interface ClaimRecord {
  id: string;
  type: RelationType;
  kinds: SupportKind[];
  hedged: boolean;
  negated: boolean;
  attributedTo: string | null;
  eventDate: string | null;
  eventUntil: string | null;
  date: string | null;
  source: ActorRecord;
  target: EntityRecord;
  article: ArticleRecord;
  evidence: EvidenceSpan[];
}

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

export interface NetworkEdgeRecord extends EdgeAggregate {
  type: RelationType;
  source: string;
  target: string;
}

export interface NetworkRecord {
  /** Nodes within reach before the node cap. */
  reachable: number;
  /** Edges among the nodes kept, before the edge cap. */
  edgesReachable: number;
  nodes: EntityRecord[];
  edges: NetworkEdgeRecord[];
}

export function isLocation(entity: EntityRecord): entity is LocationRecord {
  return "withinId" in entity;
}

/**
 * A SUPPORTS hop of a backers/backing page, keyed by its edge: its aggregate is over the claims the
 * filter kept when there is a filter (row.claims), else the derived edge's own; evidence when read.
 */
export function toBackerHop(row: Row, filter: ClaimFilter): [string, HopRecord] {
  const claims = row.claims as Row[] | null;
  const { kind: _kind, ...aggregate } = claims === null ? toAggregate(row.edge as Row) : aggregateClaims("SUPPORTS", claims.map(toClaimFacts));
  const evidence = row.evidence as Row[] | null;
  const hop: HopRecord = { type: "SUPPORTS", from: toActor(row.from as Row), to: toActor(row.to as Row), filter, ...aggregate };
  if (evidence !== null) hop.evidence = evidence.map(toEvidence);
  return [row.key as string, hop];
}

/** A backer (or backed actor) of a page: its path is the keys of the page's hops, in the direction support flows. */
export function toBacker(row: Row, hops: ReadonlyMap<string, HopRecord>, direction: "in" | "out"): BackerRecord {
  const path = (row.hops as string[]).map((key) => hops.get(key)!);
  const touching = direction === "in" ? path[0] : path.at(-1);
  return { node: toActor(row.node as Row), depth: path.length, kinds: touching?.kinds ?? [], hops: path };
}

/** A path from read/paths: actors listed once, hops by id, aggregates from the derived edges, evidence by edge when read. */
export function toPath(row: Row, evidence: ReadonlyMap<string, EvidenceRecord[]>): PathRecord {
  const actors = new Map((row.actors as Row[]).map((actor) => [actor.id as string, toActor(actor)]));
  const hops = (row.hops as Row[]).map((hop) => {
    const { kind: _kind, other: _other, source, target, type, ...aggregate } = toEdge({ ...hop, other: null }, () => null);
    const record: HopRecord = { type, from: actors.get(source)!, to: actors.get(target)!, filter: EVERY_CLAIM, ...aggregate };
    const read = evidence.get(hop.key as string);
    if (read) record.evidence = read;
    return record;
  });
  return { hops };
}

/** The statement's rows of a name-ordered page: one more than `first` when another page follows. */
export function keyPage<T>(row: Row, window: KeyWindow, toItem: (row: Row) => T): KeyPage<T> {
  const rows = row.page as Row[];
  return { totalCount: row.totalCount as number, items: rows.slice(0, window.first).map(toItem), hasNextPage: rows.length > window.first };
}

/** Which of a camp's member pages a window reads. */
export function memberWindowKey({ after, first }: KeyWindow): string {
  return JSON.stringify([after?.name ?? null, after?.id ?? null, first]);
}

/** A camp of read/camps; its member pages come in the order of the `memberWindows` asked. */
export function toCamp(row: Row, memberWindows: readonly KeyWindow[]): CampRecord {
  const pages = row.memberPages as Row[][];
  const members = new Map(
    memberWindows.map((window, index) => [memberWindowKey(window), keyPage({ totalCount: row.memberCount, page: pages[index] }, window, toActor)]),
  );
  return { id: row.id as string, members, opposes: row.opposes as string[] };
}

export function toEntity(label: unknown, row: Row): EntityRecord {
  return label === "Actor" ? toActor(row) : toLocation(row);
}

export function toClaim(row: Row): ClaimRecord {
  const claim = row.claim as Row;
  return {
    id: claim.id as string,
    type: claim.type as RelationType,
    kinds: (claim.kinds as SupportKind[] | null) ?? [],
    hedged: claim.hedged === true,
    negated: claim.negated === true,
    attributedTo: (claim.attributedTo as string | null) ?? null,
    eventDate: (claim.eventDate as string | null) ?? null,
    eventUntil: (claim.eventUntil as string | null) ?? null,
    date: (claim.date as string | null) ?? null,
    source: toActor(row.source as Row),
    target: toEntity(row.targetLabel, row.target as Row),
    article: toArticle(row.article as Row),
    evidence: (row.evidence as Row[]).map((span) => ({ text: span.text as string, start: Number(span.start), end: Number(span.end) })),
  };
}

export function toSearchHit(row: Row): SearchHitRecord {
  return { score: Number(row.score), node: toEntity(row.label, row.node as Row) };
}

export function toNetwork(row: Row): NetworkRecord {
  return {
    reachable: Number(row.reachable),
    edgesReachable: Number(row.edgesReachable),
    nodes: (row.nodes as Row[]).map((node) => toEntity(node.label, node.node as Row)),
    edges: (row.edges as Row[]).map((edge) => {
      const { other: _other, ...rest } = toEdge({ ...edge, edge: edge.props, other: null }, () => null);
      return rest;
    }),
  };
}
