import { createInterface } from "node:readline";
import { Command } from "commander";
import { articleFiles, jsonLineArticles, type PendingArticle } from "../articleSources.js";
import { applyGraphSchema } from "../graph/schema.js";
import { DEFAULT_CONCURRENCY, ingestArticles, type IngestSummary } from "../ingest.js";
import { importProgress } from "./progress.js";
import { withGraph } from "./withGraph.js";

export function importCommand(): Command {
  return new Command("import")
    .description("extract and import articles (.txt files, folders of them, or - for JSON Lines on stdin), one transaction per article")
    .argument("<paths...>", 'article files or folders; "-" reads one {"text", "date"?, "source"?, "title"?} object per line from stdin')
    .option("-q, --quiet", "print only the summary")
    .option("--json", "print the summary as JSON: {articles, claims, failures: [{path, reason}]}")
    .option("-c, --concurrency <n>", "articles imported at once", (v) => Math.max(1, Number.parseInt(v, 10) || 1), DEFAULT_CONCURRENCY)
    .action(async (paths: string[], options: { quiet?: boolean; json?: boolean; concurrency: number }) => {
      const articles = await pendingArticles(paths);
      const progress = importProgress(articles.length, options);
      const summary = await withGraph(async (graph) => {
        await applyGraphSchema(graph);
        return ingestArticles(graph, articles, progress.onArticle, options.concurrency).finally(() => progress.stop());
      });
      console.log(options.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
      if (summary.failures.length > 0) process.exitCode = 1;
    });
}

async function pendingArticles(paths: readonly string[]): Promise<PendingArticle[]> {
  const pending: PendingArticle[] = [];
  for (const path of paths) {
    if (path === "-") pending.push(...(await jsonLineArticles(createInterface({ input: process.stdin, crlfDelay: Infinity }), "stdin")));
    else pending.push(...(await articleFiles([path])));
  }
  return pending;
}

export function formatSummary({ articles, claims, failures }: IngestSummary): string {
  const lines = [`${articles} article${articles === 1 ? "" : "s"} imported, ${claims} claim${claims === 1 ? "" : "s"}, ${failures.length} failed`];
  for (const failure of failures) lines.push(`  ${failure.path}: ${failure.reason}`);
  return lines.join("\n");
}
