/**
 * The API over HTTP: GraphQL at /graphql (with CORS as configured), GET /health, and / sending
 * browsers to the Sandbox. apiRouter() mounts the same into an existing Express app.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import { requestStatusOf, type ErrorCode } from "../errors.js";
import { MAX_ARTICLE_BYTES } from "../extract/input.js";
import type { Graph } from "../graph/driver.js";
import { GraphRepository } from "../graph/repository.js";
import type { Logger } from "../logger.js";
import { createApolloServer, type ServerConfig } from "./apollo.js";
import { credentialOf } from "./auth.js";
import { createContext, type ApiContext } from "./context.js";
import { checkHealth } from "./health.js";

export const GRAPHQL_PATH = "/graphql";
export const HEALTH_PATH = "/health";
/** Room for the largest article importArticle accepts, JSON-escaped. */
const BODY_LIMIT_BYTES = 3 * MAX_ARTICLE_BYTES;

export interface ApiRouterOptions {
  apollo: ApolloServer<ApiContext>;
  graph: Graph;
  config: ServerConfig;
  logger: Logger;
}

/** The routes of the API, for an Express app of your own; `apollo` must be started. */
export function apiRouter({ apollo, graph, config, logger }: ApiRouterOptions): Router {
  const router = express.Router();
  const services = { graph, repository: new GraphRepository(graph) };
  router.get(HEALTH_PATH, async (_req, res) => {
    const health = await checkHealth(graph, logger);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  router.use(
    GRAPHQL_PATH,
    cors(corsOptions(config.api.corsOrigins)),
    express.json({ limit: BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(services, credentialOf(req.headers.authorization, config.api.apiKeys)),
    }),
  );
  router.get("/", (_req, res) => res.redirect(GRAPHQL_PATH));
  router.use(bodyErrorsAsGraphQL);
  return router;
}

export interface RunningApi {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  apollo: ApolloServer<ApiContext>;
  /** Lets requests in flight finish, then closes the port. The graph stays open: it is the caller's. */
  stop(): Promise<void>;
}

/** `host` limits where it listens (e.g. "127.0.0.1"); every interface when absent. */
export async function startHttpApi(options: { schema: GraphQLSchema; graph: Graph; config: ServerConfig; logger: Logger; port: number; host?: string }): Promise<RunningApi> {
  const { schema, graph, config, logger, port, host } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = createApolloServer(schema, config, { logger, httpServer });
  await apollo.start();
  app.use(apiRouter({ apollo, graph, config, logger }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const { port: bound } = httpServer.address() as AddressInfo;
  return { url: `http://localhost:${bound}${GRAPHQL_PATH}`, apollo, stop: () => apollo.stop() };
}

function corsOptions(origins: ServerConfig["api"]["corsOrigins"]): cors.CorsOptions {
  // No CORS headers at all for [], so browsers keep other sites' pages out.
  return { origin: origins === "*" ? "*" : origins.length > 0 ? [...origins] : false, methods: ["GET", "POST"], maxAge: 600 };
}

/** A body Express could not read never reaches Apollo: answer in GraphQL's error shape all the same. */
const bodyErrorsAsGraphQL: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type !== "entity.too.large" && type !== "entity.parse.failed") return next(error);
  const code: ErrorCode = type === "entity.too.large" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
  const message = code === "PAYLOAD_TOO_LARGE" ? `request body larger than ${BODY_LIMIT_BYTES} bytes` : "request body is not valid JSON";
  res.status(requestStatusOf(code) ?? 400).json({ errors: [{ message, extensions: { code } }] });
};
