/**
 * Once per test run: the Neo4j the integration tests use, provided as `inject("neo4j")`.
 * NEO4J_URI set: that server. Unset: a throwaway local instance (fresh data, deleted at teardown),
 * so tests never touch the data of `npm start`.
 */
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.js";
import { ensureLocalNeo4j } from "../../src/neo4j/index.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = loadConfig().neo4j;
  if (configured) {
    project.provide("neo4j", configured);
    return async () => {};
  }
  const local = await ensureLocalNeo4j({ role: "test", log: (line) => console.error(`[neo4j] ${line}`) });
  project.provide("neo4j", { uri: local.uri, user: local.user, password: local.password });
  return () => local.stop();
}
