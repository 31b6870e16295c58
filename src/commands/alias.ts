import { Command } from "commander";
import { aliasActor } from "../graph/corrections.js";
import { applyGraphSchema } from "../graph/schema.js";
import { withGraph } from "./withGraph.js";

export function aliasCommand(): Command {
  return new Command("alias")
    .description("add a name the actor goes by: lookups find it by that name, and later imports naming it land on the actor")
    .argument("<actor>", "an actor id (org:libyan-national-army) or an unambiguous name, alias or acronym")
    .argument("<name>", "the alias")
    .action(async (actorRef: string, name: string) => {
      const outcome = await withGraph(async (graph) => {
        await applyGraphSchema(graph);
        return aliasActor(graph, actorRef, name);
      });
      if ("alreadyAlias" in outcome) {
        const { actor, name: alias } = outcome.alreadyAlias;
        console.log(`"${alias}" is already an alias of ${actor.name} (${actor.id}); nothing changed`);
      } else {
        const { actor, name: alias } = outcome.added;
        console.log(`"${alias}" is now an alias of ${actor.name} (${actor.id})`);
      }
    });
}
