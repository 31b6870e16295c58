import { Command } from "commander";
import { mergeActors } from "../graph/corrections.js";
import { applyGraphSchema } from "../graph/schema.js";
import { withGraph } from "./withGraph.js";

export function mergeCommand(): Command {
  return new Command("merge")
    .description("merge actor B into actor A: B's claims and mentions move to A, and later imports naming B land on A")
    .argument("<A>", "the actor to keep: an id (org:libyan-national-army) or an unambiguous name, alias or acronym")
    .argument("<B>", "the actor to merge into A, named the same ways")
    .action(async (keep: string, gone: string) => {
      const outcome = await withGraph(async (graph) => {
        await applyGraphSchema(graph);
        return mergeActors(graph, keep, gone);
      });
      if ("alreadyMerged" in outcome) {
        const { keep: kept, gone: goneRef } = outcome.alreadyMerged;
        console.log(`"${goneRef}" is already merged into ${kept.name} (${kept.id}); nothing changed`);
      } else {
        const { keep: kept, gone: merged, claims } = outcome.merged;
        console.log(`merged ${merged.name} (${merged.id}) into ${kept.name} (${kept.id}): ${claims} claim${claims === 1 ? "" : "s"} moved; imports naming ${merged.id} now land on ${kept.id}`);
      }
    });
}
