import { Command } from "commander";
import { GraphRepository, type GraphStats } from "../graph/repository.js";
import { withGraph } from "./withGraph.js";

export function statsCommand(): Command {
  return new Command("stats")
    .description("count nodes by label and relationships by type")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const stats = await withGraph((graph) => new GraphRepository(graph).stats());
      console.log(options.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
    });
}

export function formatStats({ labels, relationships }: GraphStats): string {
  const table = (counts: Record<string, number>) => {
    const width = Math.max(0, ...Object.keys(counts).map((name) => name.length));
    const rows = Object.entries(counts).map(([name, count]) => `  ${name.padEnd(width)}  ${count}`);
    return rows.length > 0 ? rows : ["  (none)"];
  };
  return ["nodes", ...table(labels), "relationships", ...table(relationships)].join("\n");
}
