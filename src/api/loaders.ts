/**
 * Per-request DataLoaders: every nested field of one GraphQL level is answered by one query
 * (or one per edge direction, or per distinct set of arguments), never one per parent row.
 */
import DataLoader from "dataloader";
import { groupBy } from "../collections.js";
import type { BackerRecord, ClaimFilter, ClaimRecord, Page, PageWindow } from "../graph/analysis.js";
import { controlPeriods, type ControlPeriodRecord } from "../graph/controlPeriods.js";
import { pairKey } from "../graph/edges.js";
import type { ActorRecord, EdgeRecord, EvidenceRecord, LocationRecord, Pair } from "../graph/mappers.js";
import type { AnchoredEdge, BackersQuery, GraphRepository, RelationAsk } from "../graph/repository.js";
import { emptyPage } from "./pagination.js";

export interface BackersKey extends BackersQuery {
  actorId: string;
  direction: "in" | "out";
}

export type EvidenceKey = Pair & { filter: ClaimFilter };

export interface ArticleClaimsKey {
  articleId: string;
  window: PageWindow;
}

export interface Loaders {
  relations: DataLoader<RelationAsk, Page<EdgeRecord<ActorRecord>>, string>;
  controls: DataLoader<string, EdgeRecord<LocationRecord>[]>;
  controlHistory: DataLoader<string, ControlPeriodRecord[]>;
  locationById: DataLoader<string, LocationRecord | null>;
  evidence: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  backers: DataLoader<BackersKey, Page<BackerRecord>, string>;
  articleClaims: DataLoader<ArticleClaimsKey, Page<ClaimRecord>, string>;
}

export function createLoaders(repository: GraphRepository): Loaders {
  return {
    // Every relation field of a level, whatever its type, direction or page, in one statement.
    relations: new DataLoader((asks) => repository.actorRelations(asks), { cacheKeyFn: (ask) => JSON.stringify(ask) }),
    controls: new DataLoader(async (ids) => groupByAnchor(ids, await repository.controls(ids))),
    controlHistory: new DataLoader(async (ids) => {
      const byLocation = groupBy(await repository.controlClaims(ids), (found) => found.anchor);
      return ids.map((id) => controlPeriods((byLocation.get(id) ?? []).map((found) => found.claim)));
    }),
    locationById: new DataLoader(async (ids) => {
      const byId = new Map((await repository.locationsById(ids)).map((location) => [location.id, location]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    evidence: new DataLoader(
      (keys) =>
        perArguments(keys, ({ filter }) => filter, async (group, filter) => {
          const byPair = await repository.evidence(group, filter);
          return group.map((key) => byPair.get(pairKey(key)) ?? []);
        }),
      { cacheKeyFn: (key) => JSON.stringify([pairKey(key), key.filter]) },
    ),
    backers: new DataLoader(
      (keys) =>
        perArguments(keys, ({ actorId: _actorId, ...query }) => query, async (group, query) => {
          const pages = await repository.backers(group.map((key) => key.actorId), query.direction, query);
          return group.map((key) => pages.get(key.actorId)?.page ?? emptyPage(query.window));
        }),
      { cacheKeyFn: backersCacheKey },
    ),
    articleClaims: new DataLoader(
      (keys) =>
        perArguments(keys, ({ window }) => window, async (group, window) => {
          const pages = await repository.articleClaims(group.map((key) => key.articleId), window);
          return group.map((key) => pages.get(key.articleId) ?? emptyPage(window));
        }),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}

/**
 * Parents of one level usually ask with the same arguments: one query per distinct set of them,
 * run side by side, answers the level.
 */
async function perArguments<Key, Args, Value>(
  keys: readonly Key[],
  argumentsOf: (key: Key) => Args,
  load: (group: Key[], args: Args) => Promise<Value[]>,
): Promise<Value[]> {
  const groups = groupBy(
    keys.map((key, index) => ({ key, index })),
    ({ key }) => JSON.stringify(argumentsOf(key)),
  );
  const values = new Array<Value>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const loaded = await load(group.map(({ key }) => key), argumentsOf(group[0]!.key));
      group.forEach(({ index }, position) => (values[index] = loaded[position]!));
    }),
  );
  return values;
}

function groupByAnchor<Other>(ids: readonly string[], edges: AnchoredEdge<Other>[]): EdgeRecord<Other>[][] {
  const byAnchor = groupBy(edges, (edge) => edge.anchor);
  return ids.map((id) => (byAnchor.get(id) ?? []).map((anchored) => anchored.edge));
}

/** Field by field, so a key primed by a look-ahead and one built by the field resolver match whatever their property order. */
function backersCacheKey({ actorId, direction, depth, filter, window, withEvidence }: BackersKey): string {
  const { kinds, since, until, asOf, includeHedged } = filter;
  return JSON.stringify([actorId, direction, depth, kinds, since, until, asOf, includeHedged, window.offset, window.first, withEvidence]);
}
