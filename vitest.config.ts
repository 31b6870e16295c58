import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import OwnNeo4jFirst from "./tests/reliability/support/ownNeo4jFirst.js";

export default defineConfig({
  resolve: {
    // graphql 16 ships both index.mjs (which Vite picks) and index.js (which Node gives type-graphql and
    // Apollo): two copies fail with "Cannot use GraphQLSchema from another module or realm". Use Node's.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    reporters: ["default", "./tests/reliability/reporter.ts"],
    sequence: { sequencer: OwnNeo4jFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // The first test in a file loads the gazetteer (GeoNames cities): seconds on a busy machine.
          testTimeout: 30_000,
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          setupFiles: ["tests/setup.ts"],
          globalSetup: ["tests/integration/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Neo4j, one database: test files take turns, so each may empty it before it runs.
          pool: "forks",
          fileParallelism: false,
          // After the unit tests. Explicit: Vitest runs a project without file parallelism or groupOrder last of all.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "reliability",
          include: ["tests/reliability/**/*.rel.test.ts"],
          setupFiles: ["tests/setup.ts"],
          // The integration tests' Neo4j (one per run, whichever projects run); the outage check starts one more it can stop.
          globalSetup: ["tests/integration/globalSetup.ts"],
          // Generous: on a machine busy with other work, a Neo4j start alone has taken over three minutes.
          env: { PROXYGRAPH_NEO4J_START_TIMEOUT_S: "600" },
          // Backstops only: a check waits for conditions, each wait bounded with its own message.
          testTimeout: 1_200_000,
          hookTimeout: 1_200_000,
          pool: "forks",
          // Two files at a time: the outage check, on a Neo4j of its own, beside the others, which take
          // turns on the shared one (tests/reliability/support/turns.ts).
          maxWorkers: 2,
          // After the other projects, so its load and faults never compete with them for the 2 cores.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
