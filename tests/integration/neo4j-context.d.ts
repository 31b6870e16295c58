// What globalSetup provides to integration tests: `inject("neo4j")` is typed by this.
import type { Neo4jTarget } from "../../src/config.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}
