import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApolloServer, listenHttp } from "../../src/api/apollo.js";
import { buildApiSchema } from "../../src/api/schema.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

let graph: Graph;
let server: ReturnType<typeof createApolloServer>;
let url: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importArticle(graph, { text: YEMEN_WIRE, extraction: yemenWireExtraction() });
  server = createApolloServer(await buildApiSchema(), "development");
  url = await listenHttp(server, new GraphRepository(graph), 0);
});
afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

describe("the API over HTTP", () => {
  it("answers a POSTed query", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `query ($name: String!) { actor(name: $name) { backers { edges { node { name } kinds } } } }`, variables: { name: "Government of Yemen" } }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { backers: { edges: [{ node: { name: "Saudi Arabia" }, kinds: ["WEAPONS", "FUNDING"] }] } } } });
  });

  it("serves Apollo Sandbox at / in development", async () => {
    const response = await fetch(url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it("reports bad input with its public code", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ actors(first: 5000) { id } }` }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
