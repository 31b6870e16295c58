import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});
beforeEach(async () => {
  await emptyGraph(graph);
  await importArticle(graph, { text: YEMEN_WIRE, extraction: yemenWireExtraction(), source: "yemen-wire.txt" });
});

const names = (edges: { actor: { name: string } }[]) => edges.map((edge) => edge.actor.name).sort();

describe("who backs whom", () => {
  it("answers backers with kinds and verbatim evidence", async () => {
    const { actor } = await api.query(`{
      actor(id: "gov:YEM") {
        name
        backers { totalCount edges { node { name } depth kinds path { type firstDate evidence { text date hedged attributedTo article { id title source } } } } }
      }
    }`);
    expect(actor.name).toBe("Government of Yemen");
    expect(actor.backers.totalCount).toBe(1);
    expect(actor.backers.edges).toEqual([
      {
        node: { name: "Saudi Arabia" },
        depth: 1,
        kinds: ["WEAPONS", "FUNDING"],
        path: [
          {
            type: "SUPPORTS",
            firstDate: "2021-03-03",
            evidence: [
              {
                text: "Saudi Arabia has supplied weapons and cash to Yemen's internationally recognised government",
                date: "2021-03-03",
                hedged: false,
                attributedTo: null,
                article: { id: expect.stringMatching(/^[0-9a-f]{64}$/), title: "Saudi Arabia arms Yemen government as Houthis hold Sanaa", source: "yemen-wire.txt" },
              },
            ],
          },
        ],
      },
    ]);
    for (const evidence of actor.backers.edges[0].path[0].evidence) expect(YEMEN_WIRE).toContain(evidence.text);
  });

  it("answers backing, and leaves negated claims out of edges and evidence", async () => {
    const { iran } = await api.query(`{
      iran: actor(name: "Tehran") { backing { edges { node { name } path { to { name } evidence { text hedged } } } } }
    }`);
    expect(iran.backing.edges).toEqual([
      { node: { name: "Houthi movement" }, path: [{ to: { name: "Houthi movement" }, evidence: [{ text: "is reportedly backed by Iran", hedged: true }] }] },
    ]);
  });

  it("answers allies and opponents from either end", async () => {
    const { uae, stc, houthis } = await api.query(`{
      uae: actor(name: "UAE") { allies { actor { name } type evidence { text } } }
      stc: actor(name: "stc") { allies { actor { name } } opponents { actor { name } } }
      houthis: actor(name: "ansar allah") { opponents { actor { name } type } }
    }`);
    expect(uae.allies).toEqual([{ actor: { name: "Southern Transitional Council" }, type: "ALLIED_WITH", evidence: [{ text: "an ally of the United Arab Emirates" }] }]);
    expect(names(stc.allies)).toEqual(["United Arab Emirates"]);
    expect(names(stc.opponents)).toEqual(["Houthi movement"]);
    expect(houthis.opponents).toEqual([{ actor: { name: "Southern Transitional Council" }, type: "OPPOSES" }]);
  });

  it("answers leaders, membership, controls and controlledBy", async () => {
    const { houthis, yemen, sanaa } = await api.query(`{
      houthis: actor(name: "Houthis") {
        leaders { actor { name type } evidence { text } }
        controls { location { name type within { name } } firstDate evidence { text } }
      }
      yemen: actor(id: "gov:YEM") { memberOf { actor { name } } }
      sanaa: location(name: "SANA'A") { name lat controlledBy { actor { name } from to } }
    }`);
    expect(houthis.leaders).toEqual([{ actor: { name: "Abdulmalik al-Houthi", type: "PERSON" }, evidence: [{ text: "who leads the Houthi movement" }] }]);
    expect(houthis.controls).toEqual([
      {
        location: { name: "Sanaa", type: "CITY", within: { name: "Yemen" } },
        firstDate: "2014",
        evidence: [{ text: "The Houthi movement, which has controlled the capital Sanaa since 2014" }],
      },
    ]);
    expect(names(yemen.memberOf)).toEqual(["Saudi-led coalition"]);
    expect(sanaa).toEqual({ name: "Sanaa", lat: 15.35, controlledBy: [{ actor: { name: "Houthi movement" }, from: "2014", to: null }] });
  });

  it("lists actors and locations by type", async () => {
    const { states, cities } = await api.query(`{
      states: actors(type: STATE) { id }
      cities: locations(type: CITY, first: 5) { name }
    }`);
    expect(states.map((actor: { id: string }) => actor.id)).toEqual(["state:IRN", "state:SAU", "state:ARE"]);
    expect(cities).toEqual([{ name: "Sanaa" }]);
  });

  it("batches nested edges: one query per level, not per parent", async () => {
    const actorEdges = vi.spyOn(api.repository, "actorEdges");
    const backers = vi.spyOn(api.repository, "backers");
    const evidence = vi.spyOn(api.repository, "evidence");
    const { actors } = await api.query(`{
      actors { name backers { edges { node { name backing { edges { node { name } } } } path { evidence { text } } } } allies { actor { name } } }
    }`);
    expect(actors).toHaveLength(8);
    // Level 1: backers (with their hops' evidence), and allies ("out" and "in") in two queries; level 2: the backers' backing.
    expect(backers).toHaveBeenCalledTimes(2);
    expect(actorEdges).toHaveBeenCalledTimes(2);
    expect(evidence).not.toHaveBeenCalled();
    actorEdges.mockRestore();
    backers.mockRestore();
    evidence.mockRestore();
  });

  it("returns null for unknown names and BAD_USER_INPUT for bad arguments", async () => {
    const { nobody } = await api.query(`{ nobody: actor(name: "Wagner Group") { id } }`);
    expect(nobody).toBeNull();
    const errors = await api.errors(`{ actor { id } }`);
    expect(errors[0]).toMatchObject({ message: "give exactly one of id and name", extensions: { code: "BAD_USER_INPUT" } });
    const paging = await api.errors(`{ actors(first: 0) { id } }`);
    expect(paging[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
