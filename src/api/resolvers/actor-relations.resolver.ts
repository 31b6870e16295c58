import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RelationType } from "../../extract/types.js";
import { controlAsOf } from "../../graph/controlPeriods.js";
import type { ActorRecord, EdgeRecord, LocationRecord } from "../../graph/mappers.js";
import type { RelationAsk } from "../../graph/repository.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { ControlsArgs, PageArgs, windowOf } from "../inputs/page.args.js";
import { pageOf, toConnection, type Connection } from "../pagination.js";
import { Actor } from "../types/actor.type.js";
import { ControlConnection } from "../types/control-edge.type.js";
import { RelationConnection } from "../types/relation-edge.type.js";

/** An actor's direct relations, each a connection over the derived edges of one type. */
@Resolver(() => Actor)
export class ActorRelationsResolver {
  @FieldResolver(() => RelationConnection, { description: "Actors allied with this one." })
  allies(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "ALLIED_WITH", "both", page);
  }

  @FieldResolver(() => RelationConnection, { description: "Actors this one opposes or is opposed by." })
  opponents(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "OPPOSES", "both", page);
  }

  @FieldResolver(() => RelationConnection, { description: "People or groups that lead this actor." })
  leaders(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "LEADS", "in", page);
  }

  @FieldResolver(() => RelationConnection, { description: "Actors this one leads." })
  leads(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "LEADS", "out", page);
  }

  @FieldResolver(() => RelationConnection, { description: "Groups or alliances this actor belongs to." })
  memberOf(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "MEMBER_OF", "out", page);
  }

  @FieldResolver(() => RelationConnection, { description: "Actors that belong to this one." })
  members(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext, @Args(() => PageArgs) page: PageArgs): Promise<Connection<EdgeRecord<ActorRecord>>> {
    return relations(ctx, actor, "MEMBER_OF", "in", page);
  }

  @FieldResolver(() => ControlConnection, {
    description: "Locations this actor has claims of controlling; with asOf, only those it controls on that date by their control history.",
  })
  async controls(@Root() actor: ActorRecord, @Ctx() { loaders }: ApiContext, @Args(() => ControlsArgs) args: ControlsArgs): Promise<Connection<EdgeRecord<LocationRecord>>> {
    const date = checkDate("asOf", args.asOf);
    const window = windowOf(args);
    // Whether the actor holds a location on a date depends on the location's whole control history
    // (src/graph/controlPeriods.ts), so the list is filtered whole and paged after.
    const controlled = await loaders.controls.load(actor.id);
    if (date === null) return toConnection(pageOf(controlled, window), (edge) => edge);
    const histories = await loaders.controlHistory.loadMany(controlled.map((edge) => edge.target));
    const held = controlled.filter((_edge, index) => {
      const history = histories[index];
      if (history instanceof Error) throw history;
      return controlAsOf(history!, date).some((period) => period.actor.id === actor.id);
    });
    return toConnection(pageOf(held, window), (edge) => edge);
  }
}

async function relations(
  { loaders }: ApiContext,
  actor: ActorRecord,
  type: RelationType,
  direction: RelationAsk["direction"],
  page: PageArgs,
): Promise<Connection<EdgeRecord<ActorRecord>>> {
  const found = await loaders.relations.load({ actorId: actor.id, type, direction, window: windowOf(page) });
  return toConnection(found, (edge) => edge);
}
