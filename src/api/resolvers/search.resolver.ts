import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { SearchHitRecord } from "../../graph/analysis.js";
import type { ApiContext } from "../context.js";
import { DEFAULT_CONNECTION_SIZE, pageWindow, toConnection, type Connection } from "../pagination.js";
import { SearchConnection } from "../types/search.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: "Actors and locations by name, alias or acronym: every word must match, typos forgiven, best match first.",
  })
  async search(
    @Ctx() { repository }: ApiContext,
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<SearchHitRecord>> {
    return toConnection(await repository.search(text, pageWindow(first ?? DEFAULT_CONNECTION_SIZE, after)), (hit) => hit);
  }
}
