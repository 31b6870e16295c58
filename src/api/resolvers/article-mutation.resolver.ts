/**
 * Writing through the API: the CLI's import and retract, one transaction per article, behind the
 * API key (src/api/plugins/api-key.plugin.ts). Input is checked as an article file is.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { ArticleText } from "../../articleSources.js";
import { AppError } from "../../errors.js";
import { decodeArticle } from "../../extract/input.js";
import { articleExists } from "../../graph/articles.js";
import { articleIdOf } from "../../graph/importPlan.js";
import { retractArticle } from "../../graph/retract.js";
import { importArticleText } from "../../ingest.js";
import type { ApiContext } from "../context.js";
import { ImportArticlePayload, RetractArticlePayload } from "../types/article-mutation.type.js";

const MAX_LABEL_LENGTH = 500;

@Resolver()
export class ArticleMutationResolver {
  @Mutation(() => ImportArticlePayload, { description: "Extracts an article's claims and stores them; the same text again changes nothing. Needs an API key." })
  async importArticle(
    @Ctx() { graph }: ApiContext,
    @Arg("text", () => String, { description: "The article, plain text; a first line `date YYYY-MM-DD` is read as its date." }) text: string,
    @Arg("date", () => String, { nullable: true, description: "YYYY-MM-DD, when the text has no date line." }) date?: string,
    @Arg("source", () => String, { nullable: true, description: "Where it comes from (a URL, a wire name); default \"api\"." }) source?: string,
    @Arg("title", () => String, { nullable: true, description: "When the text has no title line." }) title?: string,
  ): Promise<ImportArticlePayload> {
    const article = checkedArticle({ text, date: date ?? undefined, source: source ?? "api", title: title ?? undefined });
    // Asked before, in its own read: two identical imports racing may both say created.
    const existed = await articleExists(graph, articleIdOf(article.text));
    const { articleId, claims, actors, locations } = await importArticleText(graph, article);
    return { articleId, created: !existed, claims, actors, locations };
  }

  @Mutation(() => RetractArticlePayload, { description: "Removes an article and everything only it supports, as if never imported. Needs an API key." })
  async retractArticle(@Ctx() { graph }: ApiContext, @Arg("id", () => ID, { description: "The article's id (sha256 of its text)." }) id: string): Promise<RetractArticlePayload> {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new AppError("BAD_USER_INPUT", "id must be an article id: 64 lowercase hex digits (the sha256 of its text)");
    await retractArticle(graph, id);
    return { articleId: id };
  }
}

function checkedArticle(article: ArticleText): ArticleText {
  if (article.date !== undefined && !isCalendarDate(article.date)) throw new AppError("BAD_USER_INPUT", `date must be YYYY-MM-DD, got "${article.date}"`);
  for (const [name, value] of [["source", article.source], ["title", article.title]] as const) {
    if (value !== undefined && value !== null && value.length > MAX_LABEL_LENGTH) throw new AppError("BAD_USER_INPUT", `${name} is longer than ${MAX_LABEL_LENGTH} characters`);
  }
  // The checks an article file gets (empty, binary, oversized), failing as BAD_USER_INPUT.
  return { ...article, text: decodeArticle(new TextEncoder().encode(article.text), "text") };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
