import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { createApolloServer, listenHttp } from "./api/apollo.js";
import { buildApiSchema } from "./api/schema.js";
import { loadConfig } from "./config.js";
import { toAppError } from "./errors.js";
import { closeGraph, connectGraph } from "./graph/driver.js";
import { GraphRepository } from "./graph/repository.js";
import { applyGraphSchema } from "./graph/schema.js";
import { articleFiles } from "./articleSources.js";
import { formatOutcome, ingestArticles } from "./ingest.js";

const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));
const log = (line: string) => console.error(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph({ log });
  const apollo = createApolloServer(await buildApiSchema(), config.nodeEnv);
  stopOnSignals(async () => {
    await apollo.stop();
    await closeGraph();
  });

  await applyGraphSchema(graph);
  const seeded = await ingestArticles(graph, await articleFiles([SEEDS]), (outcome) => log(formatOutcome(outcome)));
  log(`seeds: ${seeded.articles} imported, ${seeded.claims} claims, ${seeded.failures.length} failed`);

  const url = await listenHttp(apollo, new GraphRepository(graph), config.port);
  console.log(`proxygraph GraphQL API ready at ${url}`);
}

function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log(`error while stopping: ${toAppError(error).message}`);
          process.exit(1);
        },
      );
    });
  }
}

main().catch(async (error: unknown) => {
  const appError = toAppError(error);
  log(`proxygraph: ${appError.message} [${appError.code}]`);
  await closeGraph().catch(() => {});
  process.exit(1);
});
