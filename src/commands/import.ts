import { Command } from "commander";
import { applyGraphSchema } from "../graph/schema.js";
import { findArticleFiles, ingestFiles, type IngestSummary } from "../ingest.js";
import { withGraph } from "./withGraph.js";

export function importCommand(): Command {
  return new Command("import")
    .description("extract and import articles (.txt files, or folders of them), one transaction per article")
    .argument("<paths...>", "article files or folders")
    .option("-q, --quiet", "print only the summary")
    .action(async (paths: string[], options: { quiet?: boolean }) => {
      const { files, failures } = await findArticleFiles(paths);
      const summary = await withGraph(async (graph) => {
        await applyGraphSchema(graph);
        return ingestFiles(graph, files, options.quiet ? undefined : (line) => console.error(line));
      });
      summary.failures.unshift(...failures);
      console.log(formatSummary(summary));
      if (summary.failures.length > 0) process.exitCode = 1;
    });
}

export function formatSummary({ articles, claims, failures }: IngestSummary): string {
  const lines = [`${articles} article${articles === 1 ? "" : "s"} imported, ${claims} claim${claims === 1 ? "" : "s"}, ${failures.length} failed`];
  for (const failure of failures) lines.push(`  ${failure.path}: ${failure.reason}`);
  return lines.join("\n");
}
