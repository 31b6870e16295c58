import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/http.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";
import { postGraphQL, startTestHttpApi } from "./http-helpers.js";

let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importArticle(graph, { text: YEMEN_WIRE, extraction: yemenWireExtraction() });
  api = await startTestHttpApi(graph, { NODE_ENV: "development", PROXYGRAPH_LOG_LEVEL: "silent" });
});
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

describe("the API over HTTP", () => {
  it("answers a POSTed query at /graphql", async () => {
    expect(new URL(api.url).pathname).toBe("/graphql");
    const response = await postGraphQL(api.url, {
      query: `query ($name: String!) { actor(name: $name) { backers { edges { node { name } kinds } } } }`,
      variables: { name: "Government of Yemen" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { actor: { backers: { edges: [{ node: { name: "Saudi Arabia" }, kinds: ["WEAPONS", "FUNDING"] }] } } } });
  });

  it("serves Apollo Sandbox with the saved analyst questions in development, and sends / there", async () => {
    const response = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/sandbox/i);
    expect(page).toContain("WhoBacksTheLNA");
    const root = await fetch(new URL("/", api.url), { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/graphql");
  });

  it("reports bad input with its public code", async () => {
    const response = await postGraphQL(api.url, { query: `{ actors(first: 2000) { totalCount } }` });
    expect(response.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.body.errors?.[0].message).toBe("first must be between 1 and 200, got 2000");
  });

  it("answers a body that is not JSON with a GraphQL-shaped error", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });
});
