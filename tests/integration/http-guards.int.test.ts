import { createHash } from "node:crypto";
import { getNamedType, isEnumType, isNonNullType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/http.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { retractArticle } from "../../src/graph/retract.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";
import { codesOf, postGraphQL, startTestHttpApi } from "./http-helpers.js";

const KEY = "test-key-0123456789abcdef";
let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importArticle(graph, { text: YEMEN_WIRE, extraction: yemenWireExtraction() });
  api = await startTestHttpApi(graph, { PROXYGRAPH_API_KEYS: KEY });
});
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

describe("GET /health", () => {
  it("is 200 while Neo4j answers", async () => {
    const response = await fetch(new URL("/health", api.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", neo4j: { status: "up", latencyMs: expect.any(Number) } });
  });

  it("is 503 when Neo4j cannot be reached, naming no address", async () => {
    const doomed = await openTestGraph();
    const down = await startTestHttpApi(doomed);
    try {
      await doomed.close();
      const response = await fetch(new URL("/health", down.url));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", neo4j: { status: "down", code: "GRAPH_UNAVAILABLE" } });
    } finally {
      await down.stop();
    }
  });
});

describe("automatic persisted queries", () => {
  const query = `query Saudi { actor(name: "Saudi Arabia") { id } }`;
  const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };

  it("learn a query from its hash, then answer the hash alone, over POST and GET", async () => {
    const unknown = await postGraphQL(api.url, { extensions: { persistedQuery } });
    expect(codesOf(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const registered = await postGraphQL(api.url, { query, extensions: { persistedQuery } });
    expect(registered.body).toEqual({ data: { actor: { id: "state:SAU" } } });
    const byHash = await postGraphQL(api.url, { extensions: { persistedQuery } });
    expect(byHash.body).toEqual({ data: { actor: { id: "state:SAU" } } });

    const search = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery }) });
    const get = await fetch(`${api.url}?${search}`, { headers: { "apollo-require-preflight": "true" } });
    expect(await get.json()).toEqual({ data: { actor: { id: "state:SAU" } } });
  });

  it("keep CSRF prevention: a GET a browser could send cross-site is refused", async () => {
    const search = new URLSearchParams({ query });
    const response = await fetch(`${api.url}?${search}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/This operation has been blocked as a potential Cross-Site Request Forgery/);
  });

  it("refuses a hash that does not match the query", async () => {
    const response = await postGraphQL(api.url, { query: `{ actors { totalCount } }`, extensions: { persistedQuery } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].message).toMatch(/provided sha does not match query/);
  });
});

describe("a hostile query over HTTP", () => {
  it("is a 400 with the limit it broke", async () => {
    const deep = `{ actor(name: "Yemen") ${"{ backers { actor ".repeat(8)}{ name }${" } }".repeat(8)} }`;
    const response = await postGraphQL(api.url, { query: deep });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Query depth limit of 12 exceeded/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });
});

describe("CORS", () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });

  it("allows only the configured origins", async () => {
    const listed = await startTestHttpApi(graph, { PROXYGRAPH_CORS_ORIGINS: "https://analyst.example.org" });
    try {
      const allowed = await preflight(listed.url, "https://analyst.example.org");
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://analyst.example.org");
      expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      const other = await preflight(listed.url, "https://evil.example");
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await listed.stop();
    }
  });

  it("allows no other site by default in production, where the Sandbox is off too", async () => {
    const production = await startTestHttpApi(graph, { NODE_ENV: "production", PROXYGRAPH_LOG_LEVEL: "silent" });
    try {
      expect((await preflight(production.url, "https://analyst.example.org")).headers.get("access-control-allow-origin")).toBeNull();
      const page = await (await fetch(production.url, { headers: { accept: "text/html" } })).text();
      expect(page).not.toContain("WhoBacksTheLNA");
    } finally {
      await production.stop();
    }
  });
});

describe("a Cypher-injection string in every string argument", () => {
  const INJECTIONS = [
    `' OR 1=1 //`,
    `"}) MATCH (n) DETACH DELETE n //`,
    "x`}) DETACH DELETE n WITH $articleId AS x MATCH (y {id: '",
  ];

  // Each injected importArticle imports an article: slow on a machine shared with other test runs.
  it("is harmless: no internal error, and the graph is as it was once the articles it made are retracted", { timeout: 400_000 }, async () => {
    const before = await snapshot();
    const schema = await buildApiSchema();
    const calls = stringArgumentCalls(schema);
    // Every root field and every Actor/Location field taking a string, so fields added later are covered too.
    expect(calls.map((call) => call.name)).toEqual(expect.arrayContaining(["Query.actor(id)", "Query.actor(name)", "Query.location(id)", "Query.location(name)", "Mutation.importArticle(text)", "Mutation.importArticle(source)", "Mutation.retractArticle(id)"]));
    for (const injection of INJECTIONS) {
      for (const call of calls) {
        const response = await postGraphQL(api.url, { query: call.query, variables: call.variables(injection) }, { authorization: `Bearer ${KEY}` });
        const codes = codesOf(response).filter((code) => code !== "BAD_USER_INPUT");
        expect({ call: call.name, injection, codes }).toEqual({ call: call.name, injection, codes: [] });
      }
    }
    const stored = (await graph.read((tx) => runCypher(tx, "admin/articles"))).filter((article) => article.source !== null && INJECTIONS.includes(article.source as string));
    expect(stored.length).toBeGreaterThan(0);
    for (const article of await graph.read((tx) => runCypher(tx, "admin/articles"))) {
      if (!before.articles.includes(article.id as string)) await retractArticle(graph, article.id as string);
    }
    expect(await snapshot()).toEqual(before);
  });
});

async function snapshot() {
  return graph.read(async (tx) => ({
    labels: await runCypher(tx, "read/count-labels"),
    relationships: await runCypher(tx, "read/count-relationships"),
    articles: (await runCypher(tx, "admin/articles")).map((article) => article.id as string),
  }));
}

interface Call {
  name: string;
  query: string;
  variables(injection: string): Record<string, unknown>;
}

/** One request per string or ID argument, the other required arguments given harmless values. */
function stringArgumentCalls(schema: GraphQLSchema): Call[] {
  const roots = [
    { type: schema.getQueryType()!, wrap: (inner: string) => inner, operation: "query" },
    { type: schema.getMutationType()!, wrap: (inner: string) => inner, operation: "mutation" },
    { type: schema.getType("Actor"), wrap: (inner: string) => `actor(id: "state:SAU") { ${inner} }`, operation: "query" },
    { type: schema.getType("Location"), wrap: (inner: string) => `location(name: "Sanaa") { ${inner} }`, operation: "query" },
  ];
  const calls: Call[] = [];
  for (const { type, wrap, operation } of roots) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const target of field.args.filter(isStringArgument)) {
        const used = field.args.filter((arg) => arg === target || (isNonNullType(arg.type) && arg.defaultValue === undefined));
        const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
        const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
        calls.push({
          name: `${type.name}.${field.name}(${target.name})`,
          query: `${operation} (${declarations}) { ${wrap(`${field.name}(${args}) ${selectionFor(field)}`)} }`,
          variables: (injection) => Object.fromEntries(used.map((arg) => [arg.name, arg === target ? injection : harmless(arg.type)])),
        });
      }
    }
  }
  return calls;
}

function isStringArgument(arg: GraphQLArgument): boolean {
  return ["String", "ID"].includes(getNamedType(arg.type).name);
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? "{ __typename }" : "";
}

function harmless(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  return { Int: 1, Float: 1, Boolean: true }[named.name] ?? "Yemen";
}
