import { Command } from "commander";
import { GraphRepository, type GraphStats } from "../graph/repository.js";
import { withGraph } from "./withGraph.js";

export function statsCommand(): Command {
  return new Command("stats")
    .description("count nodes by label, relationships by type and articles by month, and list the actors with most backers")
    .option("--json", "print JSON: {nodes, relationships, articlesByMonth, mostBacked: [{id, name, backers}]}")
    .action(async (options: { json?: boolean }) => {
      const stats = await withGraph((graph) => new GraphRepository(graph).stats());
      console.log(options.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
    });
}

export function formatStats({ nodes, relationships, articlesByMonth, mostBacked }: GraphStats): string {
  const backed = Object.fromEntries(mostBacked.map(({ id, name, backers }) => [`${name} (${id})`, backers]));
  return [
    "nodes",
    ...table(nodes),
    "relationships",
    ...table(relationships),
    "articles by month",
    ...table(articlesByMonth),
    "most backed actors (distinct backers)",
    ...table(backed),
  ].join("\n");
}

function table(counts: Record<string, number>): string[] {
  const width = Math.max(0, ...Object.keys(counts).map((name) => name.length));
  const rows = Object.entries(counts).map(([name, count]) => `  ${name.padEnd(width)}  ${count}`);
  return rows.length > 0 ? rows : ["  (none)"];
}
