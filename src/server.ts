import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { startHttpApi } from "./api/http.js";
import { buildApiSchema } from "./api/schema.js";
import { loadConfig } from "./config.js";
import { toAppError } from "./errors.js";
import { closeGraph, connectGraph } from "./graph/driver.js";
import { applyGraphSchema } from "./graph/schema.js";
import { articleFiles } from "./articleSources.js";
import { formatOutcome, ingestArticles } from "./ingest.js";
import { createLogger } from "./logger.js";

const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));
const log = (line: string) => console.error(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.api.logLevel);
  const graph = await connectGraph({ log, maxRetryTimeMs: config.api.graphRetrySeconds * 1000 });
  let stopApi = async () => {};
  stopOnSignals(async () => {
    await stopApi();
    await closeGraph();
  });

  await applyGraphSchema(graph);
  const seeded = await ingestArticles(graph, await articleFiles([SEEDS]), (outcome) => log(formatOutcome(outcome)));
  log(`seeds: ${seeded.articles} imported, ${seeded.claims} claims, ${seeded.failures.length} failed`);

  const api = await startHttpApi({ schema: await buildApiSchema(), graph, config, logger, port: config.port });
  stopApi = api.stop;
  const { introspection, sandbox, apiKeys, requireKeyForQueries } = config.api;
  logger.info({ url: api.url, introspection, sandbox, apiKeys: apiKeys.length, requireKeyForQueries }, "listening");
  console.log(`proxygraph GraphQL API ready at ${api.url}${sandbox ? " (open it in a browser for Apollo Sandbox)" : ""}`);
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
