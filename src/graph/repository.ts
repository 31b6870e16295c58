/**
 * The read queries the API asks. Batch-shaped (ids in, rows per id out) so the DataLoaders
 * can answer a whole GraphQL level with one query.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { groupBy } from "../collections.js";
import type { ActorType, LocationType, RelationType } from "../extract/types.js";
import { runCypher } from "./cypher.js";
import type { Graph } from "./driver.js";
import { canonicalPair, directedPairs, pairKey } from "./edges.js";
import { fulltextPhrase, normaliseName } from "./lookup.js";
import {
  toActor,
  toEdge,
  toEvidence,
  toLocation,
  toPair,
  type ActorRecord,
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

const MOST_BACKED_SHOWN = 10;

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

  async actors(filter: { type: ActorType | null; first: number }): Promise<ActorRecord[]> {
    const rows = await this.read("read/actors", filter);
    return rows.map((row) => toActor(row.actor as Row));
  }

  async locationByName(name: string): Promise<LocationRecord | null> {
    const key = normaliseName(name);
    if (key === "") return null;
    const [row] = await this.read("read/location-by-name", { key, phrase: fulltextPhrase(key) });
    return row ? toLocation(row.location as Row) : null;
  }

  async locations(filter: { type: LocationType | null; first: number }): Promise<LocationRecord[]> {
    const rows = await this.read("read/locations", filter);
    return rows.map((row) => toLocation(row.location as Row));
  }

  async locationsById(ids: readonly string[]): Promise<LocationRecord[]> {
    const rows = await this.read("read/locations-by-id", { ids });
    return rows.map((row) => toLocation(row.location as Row));
  }

  /** Actor→actor edges leaving ("out") or entering ("in") each of `ids`. */
  async actorEdges(ids: readonly string[], types: readonly RelationType[], direction: "out" | "in"): Promise<AnchoredEdge<ActorRecord>[]> {
    const rows = await this.read(direction === "out" ? "read/actor-edges-out" : "read/actor-edges-in", { ids, types });
    return rows.map((row) => anchored(row, toActor));
  }

  async controls(actorIds: readonly string[]): Promise<AnchoredEdge<LocationRecord>[]> {
    const rows = await this.read("read/controls", { ids: actorIds });
    return rows.map((row) => anchored(row, toLocation));
  }

  async controlledBy(locationIds: readonly string[]): Promise<AnchoredEdge<ActorRecord>[]> {
    const rows = await this.read("read/controlled-by", { ids: locationIds });
    return rows.map((row) => anchored(row, toActor));
  }

  /** Evidence per derived edge, keyed by pairKey; a symmetric edge gathers both directions' claims. */
  async evidence(pairs: readonly Pair[]): Promise<Map<string, EvidenceRecord[]>> {
    const rows = await this.read("read/evidence", { pairs: pairs.flatMap((pair) => directedPairs(canonicalPair(pair))) });
    const byPair = groupBy(rows, (row) => pairKey(canonicalPair(toPair(row))));
    return new Map([...byPair].map(([key, evidenceRows]) => [key, evidenceRows.map(toEvidence)]));
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

function anchored<Other>(row: Row, toOther: (other: Row) => Other): AnchoredEdge<Other> {
  return { anchor: row.anchor as string, edge: toEdge(row, toOther) };
}
