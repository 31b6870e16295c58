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

const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((edge) => edge.node.name).sort();

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
      uae: actor(name: "UAE") { allies { totalCount edges { node { name } type claims evidence { text } } } }
      stc: actor(name: "stc") { allies { edges { node { name } } } opponents { edges { node { name } } } }
      houthis: actor(name: "ansar allah") { opponents { edges { node { name } type } } }
    }`);
    expect(uae.allies).toEqual({
      totalCount: 1,
      edges: [{ node: { name: "Southern Transitional Council" }, type: "ALLIED_WITH", claims: 1, evidence: [{ text: "an ally of the United Arab Emirates" }] }],
    });
    expect(names(stc.allies)).toEqual(["United Arab Emirates"]);
    expect(names(stc.opponents)).toEqual(["Houthi movement"]);
    expect(houthis.opponents.edges).toEqual([{ node: { name: "Southern Transitional Council" }, type: "OPPOSES" }]);
  });

  it("answers leaders, membership, controls and controlledBy", async () => {
    const { houthis, yemen, sanaa } = await api.query(`{
      houthis: actor(name: "Houthis") {
        leaders { edges { node { name type } evidence { text } } }
        controls { totalCount edges { node { name type within { name } } firstDate evidence { text } } }
      }
      yemen: actor(id: "gov:YEM") { memberOf { edges { node { name } } } }
      sanaa: location(name: "SANA'A") { name lat controlledBy { edges { node { actor { name } from to } } } }
    }`);
    expect(houthis.leaders.edges).toEqual([{ node: { name: "Abdulmalik al-Houthi", type: "PERSON" }, evidence: [{ text: "who leads the Houthi movement" }] }]);
    expect(houthis.controls).toEqual({
      totalCount: 1,
      edges: [
        {
          node: { name: "Sanaa", type: "CITY", within: { name: "Yemen" } },
          firstDate: "2014",
          evidence: [{ text: "The Houthi movement, which has controlled the capital Sanaa since 2014" }],
        },
      ],
    });
    expect(names(yemen.memberOf)).toEqual(["Saudi-led coalition"]);
    expect(sanaa).toEqual({ name: "Sanaa", lat: 15.35, controlledBy: { edges: [{ node: { actor: { name: "Houthi movement" }, from: "2014", to: null } }] } });
  });

  it("pages relations with first and after, and refuses page sizes beyond 200", async () => {
    const { first, rest } = await api.query(`{
      first: actor(name: "stc") { opponents(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }
      rest: actor(name: "stc") { opponents(first: 1, after: "${Buffer.from("pg1:0").toString("base64url")}") { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }
    }`);
    expect(first.opponents).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: first.opponents.edges[0].cursor },
      edges: [{ cursor: expect.any(String), node: { name: "Houthi movement" } }],
    });
    expect(rest.opponents).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    for (const field of ["allies", "opponents", "leaders", "leads", "members", "memberOf", "controls"]) {
      for (const first of [0, 201]) {
        const errors = await api.errors(`{ actor(name: "Houthis") { ${field}(first: ${first}) { totalCount } } }`);
        expect(errors[0]?.extensions?.code, `${field}(first: ${first})`).toBe("BAD_USER_INPUT");
      }
    }
    const { houthis } = await api.query(`{ houthis: actor(name: "Houthis") { controls(first: 200) { totalCount } allies(first: 200) { totalCount } } }`);
    expect(houthis).toEqual({ controls: { totalCount: 1 }, allies: { totalCount: 0 } });
  });

  it("lists actors and locations by type", async () => {
    const { states, cities } = await api.query(`{
      states: actors(type: STATE) { totalCount edges { node { id } } }
      cities: locations(type: CITY, first: 5) { totalCount pageInfo { hasNextPage } edges { node { name } } }
    }`);
    expect(states.totalCount).toBe(3);
    expect(states.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(["state:IRN", "state:SAU", "state:ARE"]);
    expect(cities).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false }, edges: [{ node: { name: "Sanaa" } }] });
  });

  it("batches nested edges: one query per level, not per parent", async () => {
    const relations = vi.spyOn(api.repository, "actorRelations");
    const backers = vi.spyOn(api.repository, "backers");
    const evidence = vi.spyOn(api.repository, "evidence");
    const { actors } = await api.query(`{
      actors {
        edges {
          node {
            name
            backers { edges { node { name backing { edges { node { name } } } opponents { edges { node { name } } } } path { evidence { text } } } }
            allies { edges { node { name } } }
            opponents(first: 1) { edges { node { name } } }
            leaders { edges { node { name } } }
            memberOf { totalCount }
          }
        }
      }
    }`);
    expect(actors.edges).toHaveLength(8);
    // Level 1: backers (with their hops' evidence), and every relation field (whatever its type,
    // direction or page) in one query; level 2: the backers' backing and the backers' opponents.
    expect(backers).toHaveBeenCalledTimes(2);
    expect(relations).toHaveBeenCalledTimes(2);
    expect(evidence).not.toHaveBeenCalled();
    relations.mockRestore();
    backers.mockRestore();
    evidence.mockRestore();
  });

  it("returns null for unknown names and BAD_USER_INPUT for bad arguments", async () => {
    const { nobody } = await api.query(`{ nobody: actor(name: "Wagner Group") { id } }`);
    expect(nobody).toBeNull();
    const errors = await api.errors(`{ actor { id } }`);
    expect(errors[0]).toMatchObject({ message: "give exactly one of id and name", extensions: { code: "BAD_USER_INPUT" } });
    const paging = await api.errors(`{ actors(first: 0) { totalCount } }`);
    expect(paging[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
