import "reflect-metadata";
import { Command } from "commander";
import { aliasCommand } from "./commands/alias.js";
import { extractCommand } from "./commands/extract.js";
import { importCommand } from "./commands/import.js";
import { mergeCommand } from "./commands/merge.js";
import { retractCommand } from "./commands/retract.js";
import { statsCommand } from "./commands/stats.js";
import { toAppError } from "./errors.js";

// `kg extract … | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const program = new Command("kg")
  .description("proxygraph: who backs whom in armed conflicts, from news articles")
  .addCommand(extractCommand())
  .addCommand(importCommand())
  .addCommand(retractCommand())
  .addCommand(mergeCommand())
  .addCommand(aliasCommand())
  .addCommand(statsCommand());

try {
  await program.parseAsync();
} catch (error) {
  const appError = toAppError(error);
  console.error(`kg: ${appError.message} [${appError.code}]`);
  process.exitCode = 1;
}
