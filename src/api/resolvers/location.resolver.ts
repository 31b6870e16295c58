import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { LocationType } from "../../extract/types.js";
import { controlAsOf, controlPeriods, type ControlPeriodRecord } from "../../graph/controlPeriods.js";
import type { LocationRecord } from "../../graph/mappers.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { resolveTree, selects } from "../lookahead.js";
import { checkPageSize, DEFAULT_PAGE_SIZE } from "../pagination.js";
import { LocationTypeEnum } from "../types/enums.js";
import { Location } from "../types/location.type.js";
import { ControlPeriod } from "../types/control-period.type.js";

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: "One location by name or alias, any case." })
  async location(
    @Ctx() { repository, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("name", () => String) name: string,
  ): Promise<LocationRecord | null> {
    // Asked for its control history: read it with the location and prime the loader controlledBy and history read.
    const tree = resolveTree(info);
    const found = await repository.locationByName(name, selects(tree, ["controlledBy"]) || selects(tree, ["history"]));
    if (found?.control) loaders.controlHistory.prime(found.location.id, controlPeriods(found.control));
    return found?.location ?? null;
  }

  @Query(() => [Location], { description: "Locations in name order, optionally of one type." })
  locations(
    @Ctx() { repository }: ApiContext,
    @Arg("type", () => LocationTypeEnum, { nullable: true }) type?: LocationType,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number = DEFAULT_PAGE_SIZE,
  ): Promise<LocationRecord[]> {
    return repository.locations({ type: type ?? null, first: checkPageSize(first) });
  }

  @FieldResolver(() => Location, { nullable: true, description: "The location this one lies in (a city's country)." })
  async within(@Root() location: LocationRecord, @Ctx() { loaders }: ApiContext): Promise<LocationRecord | null> {
    return location.withinId === null ? null : loaders.locationById.load(location.withinId);
  }

  @FieldResolver(() => [ControlPeriod], {
    description: "Who controls it on asOf (ISO date), by its control history; without asOf, the periods still in force.",
  })
  async controlledBy(
    @Root() location: LocationRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<ControlPeriodRecord[]> {
    const date = checkDate("asOf", asOf);
    return controlAsOf(await loaders.controlHistory.load(location.id), date);
  }

  @FieldResolver(() => [ControlPeriod], { description: "Every controller over time, oldest first." })
  history(@Root() location: LocationRecord, @Ctx() { loaders }: ApiContext): Promise<ControlPeriodRecord[]> {
    return loaders.controlHistory.load(location.id);
  }
}
