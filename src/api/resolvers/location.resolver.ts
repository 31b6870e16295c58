import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AppError } from "../../errors.js";
import { controlAsOf, controlPeriods, type ControlPeriodRecord } from "../../graph/controlPeriods.js";
import type { LocationRecord } from "../../graph/mappers.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { ControlledByArgs, keyWindowOf, LocationsArgs, PageArgs, windowOf } from "../inputs/page.args.js";
import { resolveTree, selects } from "../lookahead.js";
import { pageOf, toConnection, toKeyConnection, type Connection } from "../pagination.js";
import { ControlPeriodConnection } from "../types/control-period.type.js";
import { LocationConnection } from "../types/location-connection.type.js";
import { Location } from "../types/location.type.js";

type PeriodEdge = { node: ControlPeriodRecord };

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: "One location, by id or by name (name or alias, any case)." })
  async location(
    @Ctx() { repository, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true }) id?: string,
    @Arg("name", () => String, { nullable: true }) name?: string,
  ): Promise<LocationRecord | null> {
    if ((id == null) === (name == null)) throw new AppError("BAD_USER_INPUT", "give exactly one of id and name");
    // Asked for its control history: read it with the location and prime the loader controlledBy and history read.
    const tree = resolveTree(info);
    const withControl = selects(tree, ["controlledBy"]) || selects(tree, ["history"]);
    const found = await repository.location(id != null ? { id } : { name: name! }, withControl);
    if (found?.control) loaders.controlHistory.prime(found.location.id, controlPeriods(found.control));
    return found?.location ?? null;
  }

  @Query(() => LocationConnection, { description: "Locations in name order (then id), optionally of one type." })
  async locations(@Ctx() { repository }: ApiContext, @Args(() => LocationsArgs) args: LocationsArgs): Promise<Connection<{ node: LocationRecord }>> {
    return toKeyConnection(await repository.locations(args.type ?? null, keyWindowOf(args)));
  }

  @FieldResolver(() => Location, { nullable: true, description: "The location this one lies in (a city's country)." })
  async within(@Root() location: LocationRecord, @Ctx() { loaders }: ApiContext): Promise<LocationRecord | null> {
    return location.withinId === null ? null : loaders.locationById.load(location.withinId);
  }

  // Periods are not stored: controlPeriods derives them from the location's claims, read whole in one
  // statement per level, so their pages are cut from that list (as Actor.controls(asOf) does).
  @FieldResolver(() => ControlPeriodConnection, {
    description: "Who controls it on asOf (ISO date), by its control history; without asOf, the periods still in force.",
  })
  async controlledBy(
    @Root() location: LocationRecord,
    @Ctx() { loaders }: ApiContext,
    @Args(() => ControlledByArgs) args: ControlledByArgs,
  ): Promise<Connection<PeriodEdge>> {
    const date = checkDate("asOf", args.asOf);
    const window = windowOf(args);
    const periods = controlAsOf(await loaders.controlHistory.load(location.id), date);
    return toConnection(pageOf(periods, window), (node) => ({ node }));
  }

  @FieldResolver(() => ControlPeriodConnection, { description: "Every controller over time, oldest first." })
  async history(@Root() location: LocationRecord, @Ctx() { loaders }: ApiContext, @Args(() => PageArgs) args: PageArgs): Promise<Connection<PeriodEdge>> {
    const window = windowOf(args);
    return toConnection(pageOf(await loaders.controlHistory.load(location.id), window), (node) => ({ node }));
  }
}
