/**
 * The read queries the API asks. Batch-shaped (ids in, rows per id out) so the DataLoaders
 * can answer a whole GraphQL level with one query.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import type { ActorType, LocationType, RelationType } from "../extract/types.js";
import { runCypher } from "./cypher.js";
import type { Graph } from "./driver.js";
import { canonicalPair, directedPairs, pairKey, SYMMETRIC_RELATIONS } from "./edges.js";
import {
  EVERY_CLAIM,
  isEveryClaim,
  toBacker,
  toBackerHop,
  keyPage,
  toCamp,
  toClaim,
  toNetwork,
  toPath,
  toSearchHit,
  type BackerRecord,
  type CampRecord,
  type ClaimFilter,
  type KeyPage,
  type KeyWindow,
  type ClaimRecord,
  type NetworkRecord,
  type Page,
  type PageWindow,
  type PathRecord,
  type SearchHitRecord,
} from "./analysis.js";
import type { ControlClaim } from "./controlPeriods.js";
import { fulltextPhrase, fuzzyQuery, normaliseName } from "./lookup.js";
import {
  toActor,
  toArticle,
  toEdge,
  toEvidence,
  toLocation,
  toPair,
  type ActorRecord,
  type ArticleRecord,
  type EdgeRecord,
  type EvidenceRecord,
  type LocationRecord,
  type Pair,
  type Row,
} from "./mappers.js";

/** An edge as seen from one of its ends: `anchor` is the id asked about, `other` the far end. */
export interface AnchoredEdge<Other> {
  anchor: string;
  edge: EdgeRecord<Other>;
}

/**
 * A page of one actor's edges of one type: "out" leaves it, "in" enters it, "both" is either end
 * (alliance and opposition are stored once per pair).
 */
export interface RelationAsk {
  actorId: string;
  type: RelationType;
  direction: "out" | "in" | "both";
  window: PageWindow;
}

/** An actor with one page of a list about it. */
export interface ActorPage<Item> {
  actor: ActorRecord;
  page: Page<Item>;
}

export interface BackersQuery {
  depth: number;
  filter: ClaimFilter;
  window: PageWindow;
  /** Read each hop's evidence in the same statement (the query asks for it). */
  withEvidence: boolean;
}

export interface AnchoredClaim<Claim> {
  anchor: string;
  claim: Claim;
}

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface BackedActor {
  id: string;
  name: string;
  backers: number;
}

/** What `kg stats` reports: the counts, articles per month ("YYYY-MM"), and the actors with most backers. */
export interface GraphStats extends GraphCounts {
  articlesByMonth: Record<string, number>;
  mostBacked: BackedActor[];
}

/** What `claims(filter)` narrows by, beyond the per-claim ClaimFilter. */
export interface ClaimQuery extends ClaimFilter {
  actor: string | null;
  type: RelationType | null;
  includeNegated: boolean;
}

const MOST_BACKED_SHOWN = 10;
/** Paths and search hits ranked per query; totalCount counts at most this many. */
export const RANKED_CAP = 1000;

export class GraphRepository {
  constructor(private readonly graph: Graph) {}

  async actorById(id: string): Promise<ActorRecord | null> {
    const [row] = await this.read("read/actor-by-id", { id });
    return row ? toActor(row.actor as Row) : null;
  }

  async actorByName(name: string): Promise<ActorRecord | null> {
    const key = normaliseName(name);
    if (key === "") return null;
    const [row] = await this.read("read/actor-by-name", { key, phrase: fulltextPhrase(key) });
    return row ? toActor(row.actor as Row) : null;
  }

  /** One page of the actors (of `type`, all when null) in name order. */
  async actors(type: ActorType | null, window: KeyWindow): Promise<KeyPage<ActorRecord>> {
    const [row] = await this.read("read/actors", { type, ...keyParams(window) });
    return keyPage(row!, window, toActor);
  }

  /**
   * A location by id, or by name (name or alias, any case). With `withControl`, its CONTROLS claims too
   * (as controlClaims gives them), read in the same statement.
   */
  async location(by: { id: string } | { name: string }, withControl = false): Promise<{ location: LocationRecord; control: ControlClaim[] | null } | null> {
    const key = "name" in by ? normaliseName(by.name) : null;
    if (key === "") return null;
    const [row] = await this.read("read/location", {
      id: "id" in by ? by.id : null,
      key,
      phrase: key === null ? null : fulltextPhrase(key),
      withControl,
    });
    if (!row) return null;
    return { location: toLocation(row.location as Row), control: row.control === null ? null : (row.control as Row[]).map(toControlClaim) };
  }

  /** One page of the locations (of `type`, all when null) in name order. */
  async locations(type: LocationType | null, window: KeyWindow): Promise<KeyPage<LocationRecord>> {
    const [row] = await this.read("read/locations", { type, ...keyParams(window) });
    return keyPage(row!, window, toLocation);
  }

  async locationsById(ids: readonly string[]): Promise<LocationRecord[]> {
    const rows = await this.read("read/locations-by-id", { ids });
    return rows.map((row) => toLocation(row.location as Row));
  }

  /** One page of derived actor→actor edges per ask, in the order of `asks`. */
  async actorRelations(asks: readonly RelationAsk[]): Promise<Page<EdgeRecord<ActorRecord>>[]> {
    const rows = await this.read("read/actor-relations", {
      asks: asks.map(({ actorId, type, direction, window }) => ({ actorId, type, direction, ...window })),
    });
    const byIndex = new Map(rows.map((row) => [row.index as number, row]));
    return asks.map((ask, index) => {
      const row = byIndex.get(index);
      return {
        totalCount: (row?.totalCount as number) ?? 0,
        offset: ask.window.offset,
        items: ((row?.page as Row[]) ?? []).map((edge) => toEdge(edge, toActor)),
      };
    });
  }

  async controls(actorIds: readonly string[]): Promise<AnchoredEdge<LocationRecord>[]> {
    const rows = await this.read("read/controls", { ids: actorIds });
    return rows.map((row) => anchored(row, toLocation));
  }

  async controlledBy(locationIds: readonly string[]): Promise<AnchoredEdge<ActorRecord>[]> {
    const rows = await this.read("read/controlled-by", { ids: locationIds });
    return rows.map((row) => anchored(row, toActor));
  }

  /**
   * Evidence per derived edge, keyed by pairKey, of the claims passing `filter`;
   * a symmetric edge gathers both directions' claims.
   */
  async evidence(pairs: readonly Pair[], filter: ClaimFilter = EVERY_CLAIM): Promise<Map<string, EvidenceRecord[]>> {
    const rows = await this.read("read/evidence", { pairs: pairs.flatMap((pair) => directedPairs(canonicalPair(pair))), filter });
    const byPair = groupBy(rows, (row) => pairKey(canonicalPair(toPair(row))));
    return new Map([...byPair].map(([key, evidenceRows]) => [key, evidenceRows.map(toEvidence)]));
  }

  async articleById(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.read("read/article-by-id", { id });
    return row ? toArticle(row.article as Row) : null;
  }

  /**
   * Each of `ids` that is an actor, with one page of its backers ("in") or backed actors ("out") up to
   * `depth` hops, in one statement; the page's hops carry their evidence when `withEvidence`.
   */
  async backers(ids: readonly string[], direction: "in" | "out", query: BackersQuery): Promise<Map<string, ActorPage<BackerRecord>>> {
    const { filter, window } = query;
    const [name, params] = backersStatement(ids, direction, query);
    const read = await this.read(name, params);
    const rows = name.endsWith("-direct") ? read.map((row) => directAsGeneral(row, direction)) : read;
    return new Map(
      rows.map((row) => {
        const actor = toActor(row.anchor as Row);
        const hops = new Map((row.hops as Row[]).map((hop) => toBackerHop(hop, filter)));
        const items = (row.page as Row[]).map((backer) => toBacker(backer, hops, direction));
        return [actor.id, { actor, page: { totalCount: row.totalCount as number, offset: window.offset, items } }];
      }),
    );
  }

  /** One page of paths; their hops carry their evidence when `withEvidence`. */
  async paths(query: {
    from: string;
    to: string;
    maxHops: number;
    relations: readonly RelationType[];
    window: PageWindow;
    withEvidence: boolean;
  }): Promise<Page<PathRecord>> {
    const { window, ...params } = query;
    const [row] = await this.read("read/paths", { ...params, symmetric: [...SYMMETRIC_RELATIONS], cap: RANKED_CAP, ...window });
    if (!row) return { totalCount: 0, offset: window.offset, items: [] };
    const evidence = new Map((row.evidence as Row[]).map((hop) => [hop.key as string, (hop.evidence as Row[]).map(toEvidence)]));
    return { totalCount: row.totalCount as number, offset: window.offset, items: (row.page as Row[]).map((path) => toPath(path, evidence)) };
  }

  /**
   * One page of the camps among the actors named alongside `region` (all actors when null), largest
   * first, each with one page of its members per window of `memberWindows`.
   */
  async camps(query: { region: string | null; asOf: string | null; window: PageWindow; memberWindows: readonly KeyWindow[] }): Promise<Page<CampRecord>> {
    const { region, asOf, window, memberWindows } = query;
    const regionKey = region === null ? null : normaliseName(region);
    if (regionKey === "") return { totalCount: 0, offset: window.offset, items: [] };
    const [row] = await this.read("read/camps", {
      regionKey,
      phrase: regionKey === null ? null : fulltextPhrase(regionKey),
      asOf,
      ...window,
      memberWindows: memberWindows.map(keyParams),
    });
    return { totalCount: row!.totalCount as number, offset: window.offset, items: (row!.page as Row[]).map((camp) => toCamp(camp, memberWindows)) };
  }

  /** The CONTROLS claims on each of `locationIds`, oldest first, with their evidence. */
  async controlClaims(locationIds: readonly string[]): Promise<AnchoredClaim<ControlClaim>[]> {
    const rows = await this.read("read/control-claims", { ids: locationIds });
    return rows.map((row) => ({ anchor: row.location as string, claim: toControlClaim(row) }));
  }

  async claims(filter: ClaimQuery, window: PageWindow): Promise<Page<ClaimRecord>> {
    const rows = await this.read("read/claims", { filter, ...window });
    return { totalCount: (rows[0]?.totalCount as number) ?? 0, offset: window.offset, items: rows.map(toClaim) };
  }

  /** The claims of each article, one page each. */
  async articleClaims(ids: readonly string[], window: PageWindow): Promise<Map<string, Page<ClaimRecord>>> {
    const rows = await this.read("read/article-claims", { ids, ...window });
    return new Map(
      [...groupBy(rows, (row) => row.anchor as string)].map(([id, claims]) => [
        id,
        { totalCount: claims[0]!.totalCount as number, offset: window.offset, items: claims.map(toClaim) },
      ]),
    );
  }

  /** Actors and locations by name, alias or acronym, typo-tolerant, best first. */
  async search(text: string, window: PageWindow): Promise<Page<SearchHitRecord>> {
    const query = fuzzyQuery(text);
    if (query === null) return { totalCount: 0, offset: window.offset, items: [] };
    const rows = await this.read("read/search", { query, cap: RANKED_CAP, ...window });
    return { totalCount: (rows[0]?.totalCount as number) ?? 0, offset: window.offset, items: rows.map(toSearchHit) };
  }

  async network(query: { id: string; depth: number; relations: readonly RelationType[]; maxNodes: number; maxEdges: number }): Promise<NetworkRecord | null> {
    const [row] = await this.read("read/network", query);
    return row ? toNetwork(row) : null;
  }

  /** Nodes by label and relationships by type. */
  counts(): Promise<GraphCounts> {
    return this.graph.read(countsIn);
  }

  /** The counts and the rest of `kg stats`, read in one transaction so they agree with each other. */
  stats(): Promise<GraphStats> {
    return this.graph.read(async (tx) => {
      const counts = await countsIn(tx);
      const months = await runCypher(tx, "read/articles-by-month");
      const mostBacked = await runCypher(tx, "read/most-backed-actors", { first: MOST_BACKED_SHOWN });
      return {
        ...counts,
        articlesByMonth: Object.fromEntries(months.map((row) => [row.month as string, row.articles as number])),
        mostBacked: mostBacked.map((row) => ({ id: row.id as string, name: row.name as string, backers: row.backers as number })),
      };
    });
  }

  private read(name: string, params: Row): Promise<Row[]> {
    return this.graph.read((tx) => runCypher(tx, name, params));
  }
}

async function countsIn(tx: ManagedTransaction): Promise<GraphCounts> {
  const nodes = await runCypher(tx, "read/count-labels");
  const relationships = await runCypher(tx, "read/count-relationships");
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label as string, row.count as number])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type as string, row.count as number])),
  };
}

/**
 * The one place a backers question picks its statement: the general one answers every form; the most
 * asked form, direct and unfiltered, has its own that gives the same answer for less of Neo4j's time.
 */
function backersStatement(ids: readonly string[], direction: "in" | "out", { depth, filter, window, withEvidence }: BackersQuery): [string, Row] {
  const general = direction === "in" ? "read/backers" : "read/backing";
  const filtered = !isEveryClaim(filter);
  if (depth === 1 && !filtered) return [`${general}-direct`, { ids, withEvidence, ...window }];
  return [general, { ids, depth, filter, filtered, withEvidence, ...window }];
}

/** A row of read/backers-direct (or backing-direct) as read/backers (backing) gives it at depth 1. */
export function directAsGeneral(row: Row, direction: "in" | "out"): Row {
  const { anchor, totalCount, backers } = row as { anchor: Row; totalCount: number; backers: Row[] };
  return {
    anchor,
    totalCount,
    page: backers.map(({ key, node }) => ({ node, hops: [key] })),
    hops: backers.map(({ key, node, edge, evidence }) => ({
      key,
      from: direction === "in" ? node : anchor,
      to: direction === "in" ? anchor : node,
      edge,
      claims: null,
      evidence,
    })),
  };
}

function toControlClaim(row: Row): ControlClaim {
  return {
    actor: toActor(row.actor as Row),
    starts: (row.starts as string | null) ?? null,
    until: (row.until as string | null) ?? null,
    reported: (row.reported as string | null) ?? null,
    hedged: row.hedged === true,
    evidence: (row.evidence as Row[]).map(toEvidence),
  };
}

/** A keyset window as statement parameters: "" sorts before every name and id, so no key starts at the beginning. */
function keyParams({ after, first }: KeyWindow): { afterName: string; afterId: string; first: number } {
  return { afterName: after?.name ?? "", afterId: after?.id ?? "", first };
}

function anchored<Other>(row: Row, toOther: (other: Row) => Other): AnchoredEdge<Other> {
  return { anchor: row.anchor as string, edge: toEdge(row, toOther) };
}
