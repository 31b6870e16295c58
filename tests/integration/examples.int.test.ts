// The example client, as an analyst tool would use it, against the real server over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allActors } from "../../examples/all-actors.js";
import { createClient, ProxygraphError } from "../../examples/client.js";
import { ImportArticleDocument } from "../../examples/generated/graphql.js";
import { formatBacker, whoBacks } from "../../examples/who-backs.js";
import type { RunningApi } from "../../src/api/http.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { articleIdOf } from "../../src/graph/importPlan.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";
import { startTestHttpApi } from "./http-helpers.js";

const KEY = "example-key-0123456789";
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

// The mutation runs the extractor, whose first use loads its gazetteers: slow on a shared machine.
describe("examples/", { timeout: 180_000 }, () => {
  it("who-backs: lists an actor's backers with a quote", async () => {
    const found = await whoBacks(createClient({ url: api.url }), "Government of Yemen");
    expect(found?.actor).toBe("Government of Yemen");
    expect(found?.backers.map(formatBacker)).toEqual([
      `Saudi Arabia [STATE] WEAPONS+FUNDING — "Saudi Arabia has supplied weapons and cash to Yemen's internationally recognised government" (Saudi Arabia arms Yemen government as Houthis hold Sanaa, 2021-03-03)`,
    ]);
    expect(await whoBacks(createClient({ url: api.url }), "Atlantis")).toBeNull();
  });

  it("all-actors: walks the actors connection page by page", async () => {
    const states = await allActors(createClient({ url: api.url }), "STATE", 2);
    expect(states.map((actor) => actor.name)).toEqual(["Iran", "Saudi Arabia", "United Arab Emirates"]);
    expect((await allActors(createClient({ url: api.url }), null)).length).toBe(8);
  });

  it("client: a mutation with the key, and the server's codes without it", async () => {
    const request = createClient({ url: api.url, apiKey: KEY });
    const text = "Rwanda backs the M23 Movement, UN experts said.";
    const { importArticle } = await request(ImportArticleDocument, { text, date: "2024-01-10", source: "example" });
    expect(importArticle).toMatchObject({ articleId: articleIdOf(text), created: true });

    const refused = await createClient({ url: api.url })(ImportArticleDocument, { text }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProxygraphError);
    expect((refused as ProxygraphError).codes).toEqual(["UNAUTHENTICATED"]);
    expect((refused as ProxygraphError).status).toBe(401);
  });
});
