import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { ACTORS, YEMEN_WIRE, relation, sentencesOf, yemenWireExtraction } from "../fixtures/wire.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";

let graph: Graph;
let repository: GraphRepository;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  repository = new GraphRepository(graph);
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});
beforeEach(() => emptyGraph(graph));

const importYemen = (extraction: Extraction = yemenWireExtraction()) =>
  importArticle(graph, { text: YEMEN_WIRE, extraction, source: "yemen-wire.txt" });

describe("importArticle", () => {
  it("builds the graph model: articles, entities, claims, evidence sentences and derived edges", async () => {
    await importYemen();
    expect(await repository.counts()).toEqual({
      nodes: { Actor: 8, Article: 1, Claim: 8, Location: 2, Sentence: 6 },
      relationships: {
        ALLIED_WITH: 1,
        CONTROLS: 1,
        EVIDENCED_BY: 8,
        IN: 14,
        LEADS: 1,
        MEMBER_OF: 1,
        MENTIONS: 10,
        OPPOSES: 1,
        SOURCE: 8,
        SUPPORTS: 2,
        TARGET: 8,
        WITHIN: 1,
      },
    });
  });

  it("changes nothing when the same article is imported twice", async () => {
    await importYemen();
    const once = await repository.counts();
    const before = await api.query(`{ actors { edges { node { id aliases backers { totalCount edges { node { id } path { claims articles } } } } } } location(name: "Sanaa") { history { edges { node { actor { id } from to evidence { text } } } } } }`);
    await importYemen();
    expect(await repository.counts()).toEqual(once);
    expect(await api.query(`{ actors { edges { node { id aliases backers { totalCount edges { node { id } path { claims articles } } } } } } location(name: "Sanaa") { history { edges { node { actor { id } from to evidence { text } } } } } }`)).toEqual(before);
  });

  it("replaces an article's claims when it is re-imported with a different extraction", async () => {
    await importYemen();
    const revised = yemenWireExtraction();
    revised.relations = revised.relations.filter((r) => r.type !== "LEADS");
    await importYemen(revised);
    const { houthis } = await api.query(`{ houthis: actor(id: "group:houthis") { leaders { totalCount } } }`);
    expect(houthis.leaders.totalCount).toBe(0);
    const stats = await repository.counts();
    expect(stats.nodes.Claim).toBe(7);
    expect(stats.relationships.LEADS).toBeUndefined();
    expect(stats.nodes.Sentence).toBe(5);
  });

  it("keeps one node per actor across articles, unions aliases and aggregates the edge", async () => {
    await importYemen();
    const text = "DUBAI, April 9 (Wire) - The Islamic Republic is training Houthi fighters to fly drones, a UN panel said.";
    await importArticle(graph, {
      text,
      source: "panel.txt",
      extraction: {
        title: "UN panel: Iran trains Houthi drone crews",
        date: "2021-04-09",
        actors: [
          { ...ACTORS.find((a) => a.id === "state:IRN")!, aliases: ["Islamic Republic"] },
          { ...ACTORS.find((a) => a.id === "group:houthis")!, aliases: ["Houthi fighters"] },
        ],
        locations: [],
        sentences: sentencesOf(text),
        relations: [relation(text, "SUPPORTS", "state:IRN", "group:houthis", "The Islamic Republic is training Houthi fighters", { kinds: ["TRAINING"], date: "2021-04-09" })],
      },
    });
    const { iran } = await api.query(`{
      iran: actor(name: "islamic republic") { id aliases backing { edges { kinds path { kinds hedged claims articles firstDate lastDate evidence { text article { title } } } } } }
    }`);
    expect(iran.aliases).toEqual(["Tehran", "Islamic Republic"]);
    expect(iran.backing.edges).toEqual([
      {
        kinds: ["TRAINING", "UNSPECIFIED"],
        path: [
          {
            kinds: ["TRAINING", "UNSPECIFIED"],
            hedged: false,
            claims: 2,
            articles: 2,
            firstDate: "2021-03-03",
            lastDate: "2021-04-09",
            evidence: [
              { text: "is reportedly backed by Iran", article: { title: "Saudi Arabia arms Yemen government as Houthis hold Sanaa" } },
              { text: "The Islamic Republic is training Houthi fighters", article: { title: "UN panel: Iran trains Houthi drone crews" } },
            ],
          },
        ],
      },
    ]);
    expect((await repository.counts()).nodes.Actor).toBe(8);
  });

  it("rejects an extraction that breaks the contract, writing nothing", async () => {
    const broken = yemenWireExtraction();
    broken.relations.push(relation(YEMEN_WIRE, "SUPPORTS", "state:RUS", "group:houthis", "Houthis"));
    await expect(importYemen(broken)).rejects.toMatchObject({ code: "INVALID_EXTRACTION" });
    expect((await repository.counts()).nodes).toEqual({});
  });
});
