/**
 * Per-request DataLoaders: every nested field of one GraphQL level is answered by one query
 * (or one per edge direction), never one per parent row.
 */
import DataLoader from "dataloader";
import { groupBy } from "../collections.js";
import type { RelationType } from "../extract/types.js";
import { pairKey } from "../graph/edges.js";
import type { ActorRecord, EdgeRecord, EvidenceRecord, LocationRecord, Pair } from "../graph/mappers.js";
import type { AnchoredEdge, GraphRepository } from "../graph/repository.js";

export interface ActorEdgeKey {
  actorId: string;
  type: RelationType;
  direction: "out" | "in";
}

export interface Loaders {
  actorEdges: DataLoader<ActorEdgeKey, EdgeRecord<ActorRecord>[], string>;
  controls: DataLoader<string, EdgeRecord<LocationRecord>[]>;
  controlledBy: DataLoader<string, EdgeRecord<ActorRecord>[]>;
  locationById: DataLoader<string, LocationRecord | null>;
  evidence: DataLoader<Pair, EvidenceRecord[], string>;
}

export function createLoaders(repository: GraphRepository): Loaders {
  return {
    actorEdges: new DataLoader((keys) => loadActorEdges(repository, keys), { cacheKeyFn: actorEdgeKey }),
    controls: new DataLoader(async (ids) => groupByAnchor(ids, await repository.controls(ids))),
    controlledBy: new DataLoader(async (ids) => groupByAnchor(ids, await repository.controlledBy(ids))),
    locationById: new DataLoader(async (ids) => {
      const byId = new Map((await repository.locationsById(ids)).map((location) => [location.id, location]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    evidence: new DataLoader(
      async (pairs) => {
        const byPair = await repository.evidence(pairs);
        return pairs.map((pair) => byPair.get(pairKey(pair)) ?? []);
      },
      { cacheKeyFn: pairKey },
    ),
  };
}

async function loadActorEdges(repository: GraphRepository, keys: readonly ActorEdgeKey[]): Promise<EdgeRecord<ActorRecord>[][]> {
  const byDirection = await Promise.all(
    (["out", "in"] as const).map(async (direction) => {
      const asked = keys.filter((key) => key.direction === direction);
      if (asked.length === 0) return [];
      const ids = [...new Set(asked.map((key) => key.actorId))];
      const types = [...new Set(asked.map((key) => key.type))];
      const edges = await repository.actorEdges(ids, types, direction);
      return edges.map(({ anchor, edge }) => ({ key: actorEdgeKey({ actorId: anchor, type: edge.type, direction }), edge }));
    }),
  );
  const found = groupBy(byDirection.flat(), (found) => found.key);
  return keys.map((key) => (found.get(actorEdgeKey(key)) ?? []).map((found) => found.edge));
}

function groupByAnchor<Other>(ids: readonly string[], edges: AnchoredEdge<Other>[]): EdgeRecord<Other>[][] {
  const byAnchor = groupBy(edges, (edge) => edge.anchor);
  return ids.map((id) => (byAnchor.get(id) ?? []).map((anchored) => anchored.edge));
}

function actorEdgeKey(key: ActorEdgeKey): string {
  return `${key.direction}|${key.type}|${key.actorId}`;
}
