import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ActorType, RelationType } from "../../extract/types.js";
import { AppError } from "../../errors.js";
import type { ActorRecord, EdgeRecord, LocationRecord } from "../../graph/mappers.js";
import { controlAsOf } from "../../graph/controlPeriods.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { actorById, backerConnection, type BackerEdgeRecord } from "../backers.js";
import { BackersArgs } from "../inputs/backers.args.js";
import { checkPageSize, DEFAULT_PAGE_SIZE, type Connection } from "../pagination.js";
import { BackerConnection } from "../types/backer.type.js";
import { Actor } from "../types/actor.type.js";
import { ControlEdge } from "../types/control-edge.type.js";
import { ActorTypeEnum } from "../types/enums.js";
import { RelationEdge } from "../types/relation-edge.type.js";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "One actor, by id or by name (name, alias or acronym, any case)." })
  async actor(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("name", () => String, { nullable: true }) name?: string,
  ): Promise<ActorRecord | null> {
    if ((id == null) === (name == null)) throw new AppError("BAD_USER_INPUT", "give exactly one of id and name");
    return id != null ? actorById(ctx, id, info) : ctx.repository.actorByName(name!);
  }

  @Query(() => [Actor], { description: "Actors in name order, optionally of one type." })
  actors(
    @Ctx() { repository }: ApiContext,
    @Arg("type", () => ActorTypeEnum, { nullable: true }) type?: ActorType,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number = DEFAULT_PAGE_SIZE,
  ): Promise<ActorRecord[]> {
    return repository.actors({ type: type ?? null, first: checkPageSize(first) });
  }

  @FieldResolver(() => BackerConnection, {
    description: "Who backs this actor, directly (depth 1) or through intermediaries, each with its path and per-hop evidence.",
  })
  backers(
    @Root() actor: ActorRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => BackersArgs) args: BackersArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<BackerEdgeRecord>> {
    return backerConnection(ctx, actor, "in", args, info);
  }

  @FieldResolver(() => BackerConnection, { description: "Whom this actor backs, directly or through intermediaries; arguments as for backers." })
  backing(
    @Root() actor: ActorRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => BackersArgs) args: BackersArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<BackerEdgeRecord>> {
    return backerConnection(ctx, actor, "out", args, info);
  }

  @FieldResolver(() => [RelationEdge])
  allies(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "ALLIED_WITH", "both");
  }

  @FieldResolver(() => [RelationEdge])
  opponents(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "OPPOSES", "both");
  }

  @FieldResolver(() => [RelationEdge], { description: "People or groups that lead this actor." })
  leaders(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "LEADS", "in");
  }

  @FieldResolver(() => [RelationEdge], { description: "Actors this one leads." })
  leads(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "LEADS", "out");
  }

  @FieldResolver(() => [RelationEdge], { description: "Groups or alliances this actor belongs to." })
  memberOf(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "MEMBER_OF", "out");
  }

  @FieldResolver(() => [RelationEdge], { description: "Actors that belong to this one." })
  members(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return edges(ctx, actor, "MEMBER_OF", "in");
  }

  @FieldResolver(() => [ControlEdge], {
    description: "Locations this actor has claims of controlling; with asOf, only those it controls on that date by their control history.",
  })
  async controls(
    @Root() actor: ActorRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<EdgeRecord<LocationRecord>[]> {
    const date = checkDate("asOf", asOf);
    const controlled = await loaders.controls.load(actor.id);
    if (date === null) return controlled;
    const histories = await loaders.controlHistory.loadMany(controlled.map((edge) => edge.target));
    return controlled.filter((_edge, index) => {
      const history = histories[index];
      if (history instanceof Error) throw history;
      return controlAsOf(history!, date).some((period) => period.actor.id === actor.id);
    });
  }
}

/** Symmetric relations (alliance, opposition) are stored once per pair, so "both" reads either end. */
async function edges(
  { loaders }: ApiContext,
  actor: ActorRecord,
  type: RelationType,
  direction: "out" | "in" | "both",
): Promise<EdgeRecord<ActorRecord>[]> {
  const directions = direction === "both" ? (["out", "in"] as const) : [direction];
  const found = await Promise.all(directions.map((one) => loaders.actorEdges.load({ actorId: actor.id, type, direction: one })));
  return found.flat();
}
