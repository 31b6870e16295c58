import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { LocationType } from "../../extract/types.js";
import type { ActorRecord, EdgeRecord, LocationRecord } from "../../graph/mappers.js";
import type { ApiContext } from "../context.js";
import { checkPageSize, DEFAULT_PAGE_SIZE } from "../pagination.js";
import { LocationTypeEnum } from "../types/enums.js";
import { Location } from "../types/location.type.js";
import { RelationEdge } from "../types/relation-edge.type.js";

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: "One location by name or alias, any case." })
  location(@Ctx() { repository }: ApiContext, @Arg("name", () => String) name: string): Promise<LocationRecord | null> {
    return repository.locationByName(name);
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

  @FieldResolver(() => [RelationEdge], { description: "Actors that control this location." })
  controlledBy(@Root() location: LocationRecord, @Ctx() { loaders }: ApiContext): Promise<EdgeRecord<ActorRecord>[]> {
    return loaders.controlledBy.load(location.id);
  }
}
