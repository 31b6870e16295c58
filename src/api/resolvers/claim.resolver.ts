import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { ClaimRecord } from "../../graph/analysis.js";
import type { ApiContext } from "../context.js";
import { ClaimFilterInput, claimQuery } from "../inputs/claim-filter.input.js";
import { DEFAULT_CONNECTION_SIZE, pageWindow, toConnection, type Connection } from "../pagination.js";
import { Claim, ClaimConnection } from "../types/claim.type.js";

export type ClaimEdgeRecord = { node: ClaimRecord };

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimConnection, { description: "Claims across all articles, by date (undated last), each traceable to its sentence." })
  async claims(
    @Ctx() { repository }: ApiContext,
    @Arg("filter", () => ClaimFilterInput, { nullable: true }) filter: ClaimFilterInput | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<ClaimEdgeRecord>> {
    const page = await repository.claims(claimQuery(filter), pageWindow(first ?? DEFAULT_CONNECTION_SIZE, after));
    return toConnection(page, (node) => ({ node }));
  }
}
