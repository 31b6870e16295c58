import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { AppError } from "../../errors.js";
import { memberWindowKey, type CampRecord, type KeyWindow } from "../../graph/analysis.js";
import type { ActorRecord } from "../../graph/mappers.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { CampsArgs, keyWindowOf, PageArgs, windowOf } from "../inputs/page.args.js";
import { fieldsAt, resolveTree } from "../lookahead.js";
import { toConnection, toKeyConnection, type Connection } from "../pagination.js";
import { ActorConnection } from "../types/actor-connection.type.js";
import { Camp, CampConnection } from "../types/camp.type.js";

const MEMBERS = ["edges", "node", "members"] as const;

@Resolver(() => Camp)
export class CampResolver {
  @Query(() => CampConnection, {
    description:
      "Coalitions among the actors named with a region (a location's name; all actors without one): groups tied by alliance or support, largest first, each with the camps it opposes. asOf: only edges first reported by then.",
  })
  async camps(@Ctx() { repository }: ApiContext, @Args(() => CampsArgs) args: CampsArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<{ node: CampRecord }>> {
    const page = await repository.camps({
      region: args.region ?? null,
      asOf: checkDate("asOf", args.asOf),
      window: windowOf(args),
      memberWindows: memberWindows(info),
    });
    return toConnection(page, (node) => ({ node }));
  }

  @FieldResolver(() => ActorConnection, { description: "Members, in name order (then id)." })
  members(@Root() camp: CampRecord, @Args(() => PageArgs) args: PageArgs): Connection<{ node: ActorRecord }> {
    const page = camp.members.get(memberWindowKey(keyWindowOf(args)));
    if (!page) throw new AppError("INTERNAL_SERVER_ERROR", "the camps statement did not read this page of members");
    return toKeyConnection(page);
  }
}

/**
 * The member pages the query asks under its camps (each alias its own), read by the camps statement
 * itself: a camp is computed, not stored, so there is nothing to look its members up by later.
 */
function memberWindows(info: GraphQLResolveInfo): KeyWindow[] {
  const windows = new Map<string, KeyWindow>();
  for (const field of fieldsAt(resolveTree(info), MEMBERS)) {
    try {
      const window = keyWindowOf(field.args as PageArgs);
      windows.set(memberWindowKey(window), window);
    } catch (error) {
      // Bad arguments are the field's own error, reported at the field by its resolver.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return [...windows.values()];
}
