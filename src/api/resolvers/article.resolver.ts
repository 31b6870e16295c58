import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ArticleRecord } from "../../graph/mappers.js";
import type { ApiContext } from "../context.js";
import { DEFAULT_CONNECTION_SIZE, pageWindow, toConnection, type Connection } from "../pagination.js";
import { Article } from "../types/article.type.js";
import { ClaimConnection } from "../types/claim.type.js";
import type { ClaimEdgeRecord } from "./claim.resolver.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "One article by id (the sha256 of its text)." })
  article(@Ctx() { repository }: ApiContext, @Arg("id", () => ID) id: string): Promise<ArticleRecord | null> {
    return repository.articleById(id);
  }

  @FieldResolver(() => ClaimConnection, { name: "claims", description: "Everything this article states, denials included, in text order." })
  async articleClaims(
    @Root() article: ArticleRecord,
    @Ctx() { loaders }: ApiContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<Connection<ClaimEdgeRecord>> {
    const page = await loaders.articleClaims.load({ articleId: article.id, window: pageWindow(first ?? DEFAULT_CONNECTION_SIZE, after) });
    return toConnection(page, (node) => ({ node }));
  }
}
