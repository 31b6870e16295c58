import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { RELATION_TYPES, type RelationType } from "../../extract/types.js";
import type { HopRecord, PathRecord } from "../../graph/analysis.js";
import type { EvidenceRecord } from "../../graph/mappers.js";
import { checkRange } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { MAX_DEPTH } from "../inputs/backers.args.js";
import { resolveTree, selects } from "../lookahead.js";
import { pageWindow, toConnection, type Connection } from "../pagination.js";
import { RelationTypeEnum } from "../types/enums.js";
import { Evidence } from "../types/evidence.type.js";
import { PathConnection, PathHop } from "../types/path.type.js";

const ACTOR_RELATIONS = RELATION_TYPES.filter((type) => type !== "CONTROLS");
const DEFAULT_PATHS = 10;

@Resolver(() => PathHop)
export class PathResolver {
  @Query(() => PathConnection, {
    description: `How two actors (ids) are connected: simple paths of up to maxHops (1..${MAX_DEPTH}) relations walked either way, shortest first.`,
  })
  async paths(
    @Ctx() { repository }: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxHops", () => Int, { nullable: true, defaultValue: 3 }) maxHops: number | null,
    @Arg("relations", () => [RelationTypeEnum], { nullable: true, description: "Default: every actor-actor relation." }) relations: RelationType[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PATHS }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<{ node: { length: number; hops: HopRecord[] } }>> {
    const window = pageWindow(first ?? DEFAULT_PATHS, after);
    const page = await repository.paths({
      from,
      to,
      maxHops: checkRange("maxHops", maxHops ?? 3, 1, MAX_DEPTH),
      relations: relations?.length ? relations.filter((type) => type !== "CONTROLS") : ACTOR_RELATIONS,
      window,
      withEvidence: selects(resolveTree(info), ["edges", "node", "hops", "evidence"]),
    });
    return toConnection(page, (path: PathRecord) => ({ node: { length: path.hops.length, hops: path.hops } }));
  }

  // Read with the hop (the usual case): answered as it is, without a promise per hop of a large answer.
  @FieldResolver(() => [Evidence])
  evidence(@Root() hop: HopRecord, @Ctx() { loaders }: ApiContext): EvidenceRecord[] | Promise<EvidenceRecord[]> {
    return hop.evidence ?? loaders.evidence.load({ type: hop.type, source: hop.from.id, target: hop.to.id, filter: hop.filter });
  }
}
