import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AppError } from "../../errors.js";
import type { ActorRecord } from "../../graph/mappers.js";
import type { ApiContext } from "../context.js";
import { actorById, backerConnection, type BackerEdgeRecord } from "../backers.js";
import { BackersArgs } from "../inputs/backers.args.js";
import { ActorsArgs, keyWindowOf } from "../inputs/page.args.js";
import { toKeyConnection, type Connection } from "../pagination.js";
import { ActorConnection } from "../types/actor-connection.type.js";
import { BackerConnection } from "../types/backer.type.js";
import { Actor } from "../types/actor.type.js";

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

  @Query(() => ActorConnection, { description: "Actors in name order (then id), optionally of one type." })
  async actors(@Ctx() { repository }: ApiContext, @Args(() => ActorsArgs) args: ActorsArgs): Promise<Connection<{ node: ActorRecord }>> {
    return toKeyConnection(await repository.actors(args.type ?? null, keyWindowOf(args)));
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
}

