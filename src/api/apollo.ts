/**
 * The Apollo Server around the schema, with every guard the config asks for. Tests run it
 * in-process (executeOperation); src/api/http.ts serves it over HTTP.
 */
import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config.js";
import { formatGraphQLError } from "../errors.js";
import type { Logger } from "../logger.js";
import { compiledExecutionGateway } from "./compiledExecution.js";
import type { ApiContext } from "./context.js";
import { apiKeyPlugin } from "./plugins/api-key.plugin.js";
import { landingPagePlugin } from "./plugins/landing-page.plugin.js";
import { queryLimitGuards } from "./plugins/query-limits.js";
import { requestLogPlugin } from "./plugins/request-log.plugin.js";

export type ServerConfig = Pick<Config, "nodeEnv" | "api">;

export interface ApolloOptions {
  logger: Logger;
  /** Given when served over HTTP: stop() then waits for requests in flight before closing it. */
  httpServer?: Server;
}

export function createApolloServer(schema: GraphQLSchema, config: ServerConfig, { logger, httpServer }: ApolloOptions): ApolloServer<ApiContext> {
  const development = config.nodeEnv === "development";
  const exposeInternalMessages = config.nodeEnv !== "production";
  const { api } = config;
  const limits = queryLimitGuards(api.limits, { blockFieldSuggestions: !api.introspection });
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    requestLogPlugin(logger),
    apiKeyPlugin({ requireKeyForQueries: api.requireKeyForQueries }),
    landingPagePlugin({ sandbox: api.sandbox }),
    ...limits.plugins,
    ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    // No field gives cache hints, and Apollo's default cache-control plugin would wrap every resolver
    // of every row to collect them: a third of a large answer's CPU time in the bench.
    ApolloServerPluginCacheControlDisabled(),
  ];
  return new ApolloServer<ApiContext>({
    gateway: compiledExecutionGateway(schema),
    plugins,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    introspection: api.introspection,
    // Automatic persisted queries (Apollo's default, in memory), stated because clients rely on it.
    persistedQueries: {},
    // Explicit, though Apollo's default: a browser on another site cannot make a "simple" request run an operation.
    csrfPrevention: true,
    // One operation per request, so the limits above bound what a request costs.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    logger,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, { exposeInternalMessages }),
  });
}
