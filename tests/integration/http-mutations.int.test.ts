import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningApi } from "../../src/api/http.js";
import { importArticleText } from "../../src/ingest.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { articleIdOf } from "../../src/graph/importPlan.js";
import { emptyGraph, openTestGraph } from "./helpers.js";
import { codesOf, postGraphQL, startTestHttpApi } from "./http-helpers.js";

const KEY = "test-key-0123456789abcdef";
const withKey = { authorization: `Bearer ${KEY}` };
const ARTICLE = "date 2024-01-10\nGOMA, Jan 10 (Wire) - Rwanda backs the M23 Movement, UN experts said.";

const IMPORT = `mutation Import($text: String!, $date: String, $source: String, $title: String) {
  importArticle(text: $text, date: $date, source: $source, title: $title) { articleId created claims actors locations }
}`;
const RETRACT = `mutation Retract($id: ID!) { retractArticle(id: $id) { articleId } }`;

let graph: Graph;
let api: RunningApi;
const articles = () => graph.read((tx) => runCypher(tx, "admin/articles"));
const actorNamed = async (name: string) => (await postGraphQL(api.url, { query: `query ($name: String!) { actor(name: $name) { id name } }`, variables: { name } })).body.data?.actor;

beforeAll(async () => {
  graph = await openTestGraph();
  // The first import loads the extractor's gazetteers and has Neo4j plan every import statement,
  // which on a busy machine takes longer than a test may: do it before the tests' clocks start.
  await importArticleText(graph, { text: "Uganda backs the Sudan People's Liberation Army.", source: "warm-up" });
  api = await startTestHttpApi(graph, { PROXYGRAPH_API_KEYS: KEY });
});
beforeEach(() => emptyGraph(graph));
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

// Imports run the extractor and a write transaction: slow on a machine shared with other test runs.
describe("importArticle", { timeout: 180_000 }, () => {
  it("needs a key: none is UNAUTHENTICATED (401), a wrong one FORBIDDEN (403), and nothing is written", async () => {
    const none = await postGraphQL(api.url, { query: IMPORT, variables: { text: ARTICLE } });
    expect(none.status).toBe(401);
    expect(codesOf(none)).toEqual(["UNAUTHENTICATED"]);
    const wrong = await postGraphQL(api.url, { query: IMPORT, variables: { text: ARTICLE } }, { authorization: `Bearer ${KEY}x` });
    expect(wrong.status).toBe(403);
    expect(codesOf(wrong)).toEqual(["FORBIDDEN"]);
    expect(await articles()).toEqual([]);
  });

  it("imports with a key, and the same text again changes nothing", async () => {
    const first = await postGraphQL(api.url, { query: IMPORT, variables: { text: ARTICLE, source: "wire-1", title: "Rwanda and M23" } }, withKey);
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data?.importArticle;
    expect(payload).toMatchObject({ articleId: articleIdOf(ARTICLE), created: true });
    expect(payload.claims).toBeGreaterThanOrEqual(1);
    expect(await actorNamed("Rwanda")).toEqual({ id: "state:RWA", name: "Rwanda" });
    const again = await postGraphQL(api.url, { query: IMPORT, variables: { text: ARTICLE, source: "wire-1", title: "Rwanda and M23" } }, withKey);
    expect(again.body.data?.importArticle).toEqual({ ...payload, created: false });
    expect(await articles()).toEqual([{ id: articleIdOf(ARTICLE), source: "wire-1", date: "2024-01-10", title: "Rwanda and M23" }]);
  });

  it("takes the date argument when the text has none", async () => {
    const text = "Rwanda backs the M23 Movement, UN experts said.";
    await postGraphQL(api.url, { query: IMPORT, variables: { text, date: "2024-02-01" } }, withKey);
    expect(await articles()).toEqual([{ id: articleIdOf(text), source: "api", date: "2024-02-01", title: null }]);
  });

  it.each([
    [{ text: "Rwanda backs\u0000 the M23." }, "text (byte 12): binary data (NUL byte), not a text article"],
    [{ text: " \n 2024 " }, "text: empty: no text to read"],
    [{ text: ARTICLE, date: "2024-02-30" }, `date must be YYYY-MM-DD, got "2024-02-30"`],
    [{ text: ARTICLE, source: "s".repeat(501) }, "source is longer than 500 characters"],
  ])("refuses %j as BAD_USER_INPUT, writing nothing", async (variables, message) => {
    const response = await postGraphQL(api.url, { query: IMPORT, variables }, withKey);
    expect(response.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT" } })]);
    expect(await articles()).toEqual([]);
  });

  it("is never run from a GET, even with a key", async () => {
    const search = new URLSearchParams({ query: `mutation { retractArticle(id: "${"0".repeat(64)}") { articleId } }` });
    const response = await fetch(`${api.url}?${search}`, { headers: { ...withKey, "apollo-require-preflight": "true" } });
    expect(response.status).toBe(405);
  });
});

describe("retractArticle", { timeout: 180_000 }, () => {
  it("removes an imported article and what only it said; a second time is BAD_USER_INPUT", async () => {
    const imported = await postGraphQL(api.url, { query: IMPORT, variables: { text: ARTICLE } }, withKey);
    const id = imported.body.data?.importArticle.articleId;
    const refused = await postGraphQL(api.url, { query: RETRACT, variables: { id } });
    expect(codesOf(refused)).toEqual(["UNAUTHENTICATED"]);

    const retracted = await postGraphQL(api.url, { query: RETRACT, variables: { id } }, withKey);
    expect(retracted.body).toEqual({ data: { retractArticle: { articleId: id } } });
    expect(await articles()).toEqual([]);
    expect(await actorNamed("Rwanda")).toBeNull();

    const again = await postGraphQL(api.url, { query: RETRACT, variables: { id } }, withKey);
    expect(again.body.errors?.[0]).toMatchObject({ message: `no article with id ${id} in the graph`, extensions: { code: "BAD_USER_INPUT" } });
  });

  it("refuses what is not an article id", async () => {
    const response = await postGraphQL(api.url, { query: RETRACT, variables: { id: "../../etc" } }, withKey);
    expect(response.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("closed queries (PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES=true)", () => {
  it("answer only with a key", async () => {
    const closed = await startTestHttpApi(graph, { PROXYGRAPH_API_KEYS: KEY, PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES: "true" });
    try {
      const query = { query: `{ actors { totalCount } }` };
      const refused = await postGraphQL(closed.url, query);
      expect(refused.status).toBe(401);
      expect(codesOf(refused)).toEqual(["UNAUTHENTICATED"]);
      expect((await postGraphQL(closed.url, query, withKey)).body).toEqual({ data: { actors: { totalCount: 0 } } });
    } finally {
      await closed.stop();
    }
  });
});
