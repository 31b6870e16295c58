/**
 * Hostile GraphQL over real HTTP: deep nesting, alias and fragment floods, huge lists, very long
 * strings and injection strings in every argument are rejected or harmless, and the server keeps
 * answering. Exact limits (depth, aliases, cost) belong to the hardening tests; here a flood may be
 * rejected or answered, but must not take the server down or change the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpApi, type RunningApi } from "../../src/api/http.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { buildApiSchema } from "../../src/api/schema.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "../integration/helpers.js";
import { recordFigures } from "./support/figures.js";
import { graphSnapshot } from "./support/graphState.js";
import { postGraphQL, type GraphQLReply } from "./support/processes.js";
import { takeTurnOnTestGraph } from "./support/turns.js";

const NORMAL_QUERY = `{ actor(name: "Houthis") { name backers { edges { node { name } kinds } } } }`;

let graph: Graph;
let api: RunningApi;
let url: string;
let before: Awaited<ReturnType<typeof graphSnapshot>>;

takeTurnOnTestGraph();
beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importArticle(graph, { text: YEMEN_WIRE, extraction: yemenWireExtraction(), source: "yemen-wire.txt" });
  before = await graphSnapshot(graph);
  api = await startHttpApi({ schema: await buildApiSchema(), graph, config: loadConfig({ NODE_ENV: "production" }), logger: createLogger("silent"), port: 0 });
  url = api.url;
});
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

/** The server still answers an ordinary question correctly, and the graph is as it was. */
async function stillServing(): Promise<void> {
  const reply = await postGraphQL(url, NORMAL_QUERY);
  expect(reply.errors).toBeUndefined();
  expect(reply.data?.actor.backers.edges).toContainEqual({ node: { name: "Iran" }, kinds: ["UNSPECIFIED"] });
  expect(await graphSnapshot(graph)).toEqual(before);
}

/** Rejected with errors and no data, or answered without errors: never half of each, never a 5xx. */
function outcomeOf(reply: GraphQLReply): "rejected" | "answered" {
  expect(reply.status).toBeLessThan(500);
  if (reply.errors?.length) {
    for (const error of reply.errors) expect(error.message).not.toBe("Internal server error");
    return "rejected";
  }
  expect(reply.data).toBeTruthy();
  return "answered";
}

function nested(depth: number): string {
  let selection = "name";
  for (let level = 0; level < depth; level++) selection = `backers { edges { node { ${selection} } } } allies { edges { node { name } } }`;
  return `{ actor(name: "Houthis") { ${selection} } }`;
}

describe("floods", () => {
  it("deep nesting (100 levels)", async (context) => {
    const outcome = outcomeOf(await postGraphQL(url, nested(100)));
    await stillServing();
    recordFigures(context, { depth: 100, outcome });
  });

  it("an alias flood (1,000 aliases of a list query)", async (context) => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: actors(first: 200) { edges { node { id name aliases } } }`).join(" ");
    const outcome = outcomeOf(await postGraphQL(url, `{ ${aliases} }`));
    await stillServing();
    recordFigures(context, { aliases: 1000, outcome });
  });

  it("a fragment flood (each of 12 fragments spreads the one before twice) and a fragment cycle", async (context) => {
    const fragments = ["fragment F0 on Actor { id name }"];
    for (let i = 1; i <= 12; i++) fragments.push(`fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} }`);
    const flood = outcomeOf(await postGraphQL(url, `{ actors { edges { node { ...F12 } } } } ${fragments.join(" ")}`));
    const cycle = await postGraphQL(url, `{ actors { edges { node { ...A } } } } fragment A on Actor { name ...B } fragment B on Actor { id ...A }`);
    expect(cycle.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    await stillServing();
    recordFigures(context, { fragments: fragments.length, flood, cycle: "rejected" });
  });

  it("a batch of 1,000 copies of a query in one request", async (context) => {
    const reply = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: NORMAL_QUERY }))),
    });
    // Apollo rejects batches unless allowBatchedHttpRequests is set.
    expect(reply.status).toBe(400);
    await stillServing();
    recordFigures(context, { status: reply.status });
  });
});

describe("huge lists and long strings", () => {
  it.for([201, 1_000_000, 2_147_483_647, 0, -1])("first: %i is refused with BAD_USER_INPUT", async (first) => {
    for (const field of ["actors", "locations", "camps"]) {
      const reply = await postGraphQL(url, `query ($first: Int!) { ${field}(first: $first) { totalCount } }`, { first });
      expect(reply.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(reply.data).toBeNull();
    }
    await stillServing();
  });

  it("first beyond 32 bits is refused by GraphQL itself", async () => {
    const reply = await postGraphQL(url, `{ actors(first: 99999999999999999999) { totalCount } }`);
    expect(reply.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    await stillServing();
  });

  it("names of 1 MB, and of 20,000 words, find nothing and break nothing", async (context) => {
    const long = ["x".repeat(1024 * 1024), "Houthis ".repeat(20_000)];
    const outcomes: string[] = [];
    for (const name of long) {
      for (const query of [`query ($name: String!) { actor(name: $name) { id } }`, `query ($name: String!) { location(name: $name) { id } }`]) {
        const reply = await postGraphQL(url, query, { name });
        const outcome = outcomeOf(reply);
        if (outcome === "answered") expect(Object.values(reply.data!)).toEqual([null]);
        outcomes.push(outcome);
      }
    }
    await stillServing();
    recordFigures(context, { outcomes: outcomes.join("/") });
  });
});

describe("injection strings", () => {
  const INJECTIONS = [
    `"}) MATCH (n) DETACH DELETE n //`,
    `' OR 1=1 --`,
    `Houthis" OR name:*`,
    `*:*`,
    `name:Iran~ AND NOT x`,
    `\\"; CALL db.clearQueryCaches(); //`,
    `$phrase`,
    `{{7*7}}`,
    `<script>alert(1)</script>`,
    `\u0000\u0001\u001f`,
    `Houthis\\`,
    `((((((((((`,
    `../../../etc/passwd`,
    `🙂 \u202e إيران`,
  ];
  const ARGUMENTS = [
    ["actor(id:)", `query ($v: ID!) { actor(id: $v) { id } }`],
    ["actor(name:)", `query ($v: String!) { actor(name: $v) { id } }`],
    ["location(name:)", `query ($v: String!) { location(name: $v) { id } }`],
  ] as const;

  it.for(ARGUMENTS)("in %s find nothing and change nothing", async ([, query], context) => {
    for (const value of INJECTIONS) {
      const reply = await postGraphQL(url, query, { v: value });
      expect(reply.errors, value).toBeUndefined();
      expect(Object.values(reply.data!), value).toEqual([null]);
    }
    await stillServing();
    recordFigures(context, { strings: INJECTIONS.length });
  });

  it("in the enum and integer arguments are refused by validation", async () => {
    for (const value of INJECTIONS) {
      for (const [query, variables] of [
        [`query ($v: ActorType) { actors(type: $v) { totalCount } }`, { v: value }],
        [`query ($v: LocationType) { locations(type: $v) { totalCount } }`, { v: value }],
        [`query ($v: Int!) { actors(first: $v) { totalCount } }`, { v: value }],
      ] as const) {
        const reply = await postGraphQL(url, query, variables);
        expect(reply.errors?.[0]?.extensions?.code, value).toBe("BAD_USER_INPUT");
      }
    }
    await stillServing();
  });

  it("written into the query text itself are syntax errors, not queries", async () => {
    for (const value of INJECTIONS) {
      const reply = await postGraphQL(url, `{ actor(name: "${value}") { id } }`);
      // Some are valid GraphQL strings once inlined; those must simply find nothing.
      if (reply.errors) expect(reply.errors[0]!.extensions?.code, value).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      else expect(reply.data, value).toEqual({ actor: null });
    }
    await stillServing();
  });
});
