/**
 * Once per test run: the Neo4j the integration and reliability tests use, provided as `inject("neo4j")`.
 * The tests empty the database they use, so they never take NEO4J_URI (a user's real data): only
 * NEO4J_TEST_URI/NEO4J_TEST_USER/NEO4J_TEST_PASSWORD, else a throwaway local instance (fresh data,
 * deleted at teardown).
 */
import type { TestProject } from "vitest/node";
import { ensureLocalNeo4j } from "../../src/neo4j/index.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest runs a globalSetup once per project that lists it: provided to the whole run, one instance
  // serves every project in it (their groups run one after another, so they never share it at once).
  const run = project.vitest;
  if (run.getProvidedContext().neo4j) return async () => {};
  const { NEO4J_TEST_URI: uri, NEO4J_TEST_USER: user = "neo4j", NEO4J_TEST_PASSWORD: password } = process.env;
  if (uri) {
    if (!password) throw new Error("NEO4J_TEST_URI is set but NEO4J_TEST_PASSWORD is not: set both to run the tests against your own (throwaway) Neo4j");
    run.provide("neo4j", { uri, user, password });
    return async () => {};
  }
  const local = await ensureLocalNeo4j({ role: "test", log: (line) => console.error(`[neo4j] ${line}`) });
  run.provide("neo4j", { uri: local.uri, user: local.user, password: local.password });
  return () => local.stop();
}
