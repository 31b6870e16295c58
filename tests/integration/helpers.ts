/** Shared set-up for integration tests: the test Neo4j from globalSetup, and the API in-process. */
import type { ApolloServer } from "@apollo/server";
import { inject } from "vitest";
import { createApolloServer } from "../../src/api/apollo.js";
import { createContext, type ApiContext } from "../../src/api/context.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { loadConfig } from "../../src/config.js";
import { runCypher } from "../../src/graph/cypher.js";
import { openGraph, type Graph } from "../../src/graph/driver.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { applyGraphSchema } from "../../src/graph/schema.js";
import { createLogger } from "../../src/logger.js";

export async function openTestGraph(): Promise<Graph> {
  const graph = await openGraph(inject("neo4j"));
  await applyGraphSchema(graph);
  return graph;
}

/** The test instance is throwaway, and test files run one at a time: each starts from nothing. */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.write((tx) => runCypher(tx, "admin/delete-everything"));
}

export interface TestApi {
  server: ApolloServer<ApiContext>;
  repository: GraphRepository;
  /** Runs a query in-process; fails the test on GraphQL errors. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs a query in-process and returns its errors. */
  errors(query: string, variables?: Record<string, unknown>): Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>;
}

export async function createTestApi(graph: Graph): Promise<TestApi> {
  const repository = new GraphRepository(graph);
  const server = createApolloServer(await buildApiSchema(), loadConfig({ NODE_ENV: "test" }), { logger: createLogger("silent") });
  const execute = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext({ graph, repository }) });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult;
  };
  return {
    server,
    repository,
    async query(query, variables) {
      const result = await execute(query, variables);
      if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as any;
    },
    async errors(query, variables) {
      return (await execute(query, variables)).errors ?? [];
    },
  };
}
