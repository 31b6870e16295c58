import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CampRecord } from "../../graph/analysis.js";
import { checkDate } from "../arguments.js";
import type { ApiContext } from "../context.js";
import { Camp } from "../types/camp.type.js";

@Resolver(() => Camp)
export class CampResolver {
  @Query(() => [Camp], {
    description:
      "Coalitions among the actors named with a region (a location's name; all actors without one): groups tied by alliance or support, largest first, each with the camps it opposes. asOf: only edges first reported by then.",
  })
  camps(
    @Ctx() { repository }: ApiContext,
    @Arg("region", () => String, { nullable: true }) region?: string | null,
    @Arg("asOf", () => String, { nullable: true }) asOf?: string | null,
  ): Promise<CampRecord[]> {
    return repository.camps(region ?? null, checkDate("asOf", asOf));
  }
}
