/** The Apollo Server around the schema, used in-process by tests and over HTTP by src/server.ts. */
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GraphQLSchema } from "graphql";
import type { NodeEnv } from "../config.js";
import { formatGraphQLError } from "../errors.js";
import type { GraphRepository } from "../graph/repository.js";
import { createContext, type ApiContext } from "./context.js";

export function createApolloServer(schema: GraphQLSchema, nodeEnv: NodeEnv): ApolloServer<ApiContext> {
  const development = nodeEnv !== "production";
  return new ApolloServer<ApiContext>({
    schema,
    // Apollo Sandbox at / while developing; production keeps Apollo's static page, without a query editor.
    plugins: [development ? ApolloServerPluginLandingPageLocalDefault() : ApolloServerPluginLandingPageProductionDefault()],
    formatError: (formatted, error) => formatGraphQLError(formatted, error, { exposeInternalMessages: development }),
  });
}

/** Starts HTTP on `port` (0: any free port) and returns the URL. ApolloServer.stop() closes it. */
export async function listenHttp(server: ApolloServer<ApiContext>, repository: GraphRepository, port: number): Promise<string> {
  const { url } = await startStandaloneServer(server, {
    listen: { port },
    context: async () => createContext(repository),
  });
  return url;
}
