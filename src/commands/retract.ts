import { stat } from "node:fs/promises";
import { Command } from "commander";
import { readArticleFile } from "../articleSources.js";
import { AppError, toAppError } from "../errors.js";
import { articleIdOf } from "../graph/importPlan.js";
import { retractArticle } from "../graph/retract.js";
import { withGraph } from "./withGraph.js";

export function retractCommand(): Command {
  return new Command("retract")
    .description("remove articles and everything only they support, one transaction per article")
    .argument("<articles...>", "article files (as imported) or article ids (the sha256 of the text)")
    .action(async (articles: string[]) => {
      await withGraph(async (graph) => {
        for (const article of articles) {
          try {
            const articleId = await articleIdFor(article);
            await retractArticle(graph, articleId);
            console.error(`retracted ${article}${article === articleId ? "" : ` (${articleId})`}`);
          } catch (error) {
            const appError = toAppError(error);
            if (appError.code === "GRAPH_UNAVAILABLE" || appError.code === "GRAPH_AUTH_FAILED") throw appError;
            console.error(`kg retract: ${article}: ${appError.message} [${appError.code}]`);
            process.exitCode = 1;
          }
        }
      });
    });
}

/** A file is hashed as the importer hashes it; anything else must be an id. */
async function articleIdFor(article: string): Promise<string> {
  if (await stat(article).then((info) => info.isFile(), () => false)) return articleIdOf(await readArticleFile(article));
  if (/^[0-9a-f]{64}$/.test(article)) return article;
  throw new AppError("BAD_USER_INPUT", "neither an article file nor an article id (64 hex digits)");
}
