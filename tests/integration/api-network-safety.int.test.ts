import type { ManagedTransaction } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { GNA, importSeeds, LNA, WAGNER, type SeedArticle } from "./seeds.js";

let graph: Graph;
let api: TestApi;
let seeds: SeedArticle[];

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  seeds = await importSeeds(graph);
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});

describe("network", () => {
  it("gives an actor's neighbourhood as Cytoscape.js elements", async () => {
    const { network } = await api.query(`{ network(actor: "${LNA}") {
      truncated nodes { data { id label kind type } } edges { data { id source target type kinds claims } }
    } }`);
    expect(network.truncated).toBe(false);
    const ids = network.nodes.map((node: { data: { id: string } }) => node.data.id);
    expect(ids[0]).toBe(LNA);
    expect(ids).toEqual(expect.arrayContaining([WAGNER, GNA, "state:ARE", "loc:al-watiya-air-base"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(network.nodes).toContainEqual({ data: { id: "loc:sirte", label: "Sirte", kind: "location", type: "CITY" } });
    for (const edge of network.edges) {
      expect(ids).toContain(edge.data.source);
      expect(ids).toContain(edge.data.target);
    }
    expect(network.edges).toContainEqual({
      data: { id: `SUPPORTS:${WAGNER}->${LNA}`, source: WAGNER, target: LNA, type: "SUPPORTS", kinds: ["TROOPS"], claims: 1 },
    });
    // Depth 1: Russia backs the Wagner Group, two steps away.
    expect(ids).not.toContain("state:RUS");
  });

  it("goes deeper with depth and narrows with relations", async () => {
    const { deep, support } = await api.query(`{
      deep: network(actor: "${LNA}", depth: 2) { nodes { data { id } } }
      support: network(actor: "${LNA}", relations: [SUPPORTS]) { nodes { data { id } } edges { data { type } } }
    }`);
    expect(deep.nodes.map((node: { data: { id: string } }) => node.data.id)).toContain("state:RUS");
    expect(support.nodes.map((node: { data: { id: string } }) => node.data.id).sort()).toEqual([LNA, "state:ARE", "state:EGY", "state:JOR", WAGNER].sort());
    expect(new Set(support.edges.map((edge: { data: { type: string } }) => edge.data.type))).toEqual(new Set(["SUPPORTS"]));
  });
});

describe("network size", () => {
  it("keeps the nearest maxNodes nodes, only the edges among them, and says it cut", async () => {
    const { whole, cut } = await api.query(`{
      whole: network(actor: "${LNA}") { truncated nodes { data { id } } edges { data { source target } } }
      cut: network(actor: "${LNA}", maxNodes: 3) { truncated nodes { data { id } } edges { data { source target } } }
    }`);
    const ids = (network: { nodes: { data: { id: string } }[] }) => network.nodes.map((node) => node.data.id);
    expect(whole.truncated).toBe(false);
    expect(ids(whole).length).toBeGreaterThan(3);
    expect(cut.truncated).toBe(true);
    expect(ids(cut)).toEqual(ids(whole).slice(0, 3));
    for (const edge of cut.edges) expect(ids(cut)).toEqual(expect.arrayContaining([edge.data.source, edge.data.target]));
    expect(cut.edges.length).toBeLessThan(whole.edges.length);
  });

  it("refuses maxNodes outside 1..500", async () => {
    for (const maxNodes of [0, 501]) {
      const [error] = await api.errors(`{ network(actor: "${LNA}", maxNodes: ${maxNodes}) { truncated } }`);
      expect(error).toMatchObject({ message: `maxNodes must be between 1 and 500, got ${maxNodes}`, extensions: { code: "BAD_USER_INPUT" } });
    }
  });
});

/** Strings that would change a query built by concatenation, in Cypher's and Lucene's syntax. */
const HOSTILE = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
  "`) RETURN 1 UNION MATCH (n) RETURN n //",
  `*:* OR name:/.*/ AND lookupText:[a TO z]~ \\`,
];

describe("hostile strings in every string argument", () => {
  it("are only ever values: nothing is deleted, and answers are empty or BAD_USER_INPUT", async () => {
    const before = await api.repository.counts();
    for (const text of HOSTILE) {
      const variables = { text, id: text };
      const data = await api.query(
        `query ($text: String!, $id: ID!) {
          byName: actor(name: $text) { id }
          byId: actor(id: $id) { id }
          location(name: $text) { id }
          article(id: $id) { id }
          paths(from: $id, to: $id) { totalCount }
          fromLna: paths(from: "${LNA}", to: $id) { totalCount }
          camps(region: $text) { totalCount }
          claims(filter: { actor: $id }) { totalCount }
          network(actor: $id) { truncated }
          search(text: $text) { totalCount }
        }`,
        variables,
      );
      expect(data).toMatchObject({ byName: null, byId: null, location: null, article: null, paths: { totalCount: 0 }, fromLna: { totalCount: 0 }, camps: { totalCount: 0 }, claims: { totalCount: 0 }, network: null });
      for (const argument of ["asOf", "since", "until", "after"]) {
        const errors = await api.errors(`query ($text: String!) { actor(id: "${LNA}") { backers(${argument}: $text) { totalCount } } }`, { text });
        expect(errors[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      }
      for (const query of [
        `query ($text: String!) { location(name: "Sirte") { controlledBy(asOf: $text) { totalCount } } }`,
        `query ($text: String!) { location(name: "Sirte") { controlledBy(after: $text) { totalCount } } }`,
        `query ($text: String!) { location(name: "Sirte") { history(after: $text) { totalCount } } }`,
        `query ($text: String!) { actors(after: $text) { totalCount } }`,
        `query ($text: String!) { locations(after: $text) { totalCount } }`,
        `query ($text: String!) { camps(after: $text) { totalCount } }`,
        `query ($text: String!) { camps(region: "Libya") { edges { node { members(after: $text) { totalCount } } } } }`,
        `query ($text: String!) { actor(id: "${LNA}") { controls(asOf: $text) { totalCount } } }`,
        `query ($text: String!) { actor(id: "${LNA}") { controls(after: $text) { totalCount } } }`,
        `query ($text: String!) { actor(id: "${LNA}") { allies(after: $text) { totalCount } } }`,
        `query ($text: String!) { camps(asOf: $text) { totalCount } }`,
        `query ($text: String!) { claims(filter: { since: $text }) { totalCount } }`,
        `query ($text: String!) { search(text: "LNA", after: $text) { totalCount } }`,
      ]) {
        expect((await api.errors(query, { text }))[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
      }
    }
    expect(await api.repository.counts()).toEqual(before);
    expect(seeds).toHaveLength(2);
  });
});

/** A graph that counts the Cypher statements run through it. */
function countingGraph(graph: Graph): { graph: Graph; statements: () => number } {
  let statements = 0;
  const counting = (tx: ManagedTransaction) =>
    ({ run: (...args: Parameters<ManagedTransaction["run"]>) => (statements++, tx.run(...args)) }) as ManagedTransaction;
  return {
    graph: { ...graph, read: (work) => graph.read((tx) => work(counting(tx))), write: (work) => graph.write((tx) => work(counting(tx))) },
    statements: () => statements,
  };
}

describe("statements per query", () => {
  it("runs one statement per level of a nested query, however many parents each level has", async () => {
    const counter = countingGraph(graph);
    const counted = await createTestApi(counter.graph);
    try {
      const { actors: connection } = await counted.query(`{
        actors {
          edges {
            node {
              name
              backers(depth: 2) { totalCount edges { node { name backing { totalCount } } path { evidence { text } } } }
              controls { edges { node { history { edges { node { actor { name } } } } } } }
              allies { totalCount edges { node { opponents { totalCount } } } }
              opponents(first: 2) { edges { node { name } } }
              leaders { totalCount }
              memberOf { totalCount }
            }
          }
        }
      }`);
      const actors = connection.edges.map((edge: { node: unknown }) => edge.node);
      const withBackers = actors.filter((actor: { backers: { totalCount: number } }) => actor.backers.totalCount > 0);
      expect(actors.length).toBeGreaterThan(10);
      expect(withBackers.length).toBeGreaterThanOrEqual(3);
      const withAllies = actors.filter((actor: { allies: { totalCount: number } }) => actor.allies.totalCount > 0);
      expect(withAllies.length).toBeGreaterThanOrEqual(2);
      // actors; backers (with its page's evidence), controls and every relation field (level 2);
      // backing and history (level 3, under backers and controls); the allies' opponents (level 3, under allies).
      expect(counter.statements()).toBe(7);
    } finally {
      await counted.server.stop();
    }
  });

  it("answers each top-level analyst field in one statement", async () => {
    const counter = countingGraph(graph);
    const counted = await createTestApi(counter.graph);
    try {
      for (const query of [
        `{ actor(id: "${LNA}") { name backers(depth: 2) { totalCount edges { node { name } path { from { id } evidence { text } } } } } }`,
        `{ actor(id: "${LNA}") { backing(depth: 3, since: "2020") { edges { node { name } path { evidence { text } } } } } }`,
        `{ actor(id: "${LNA}") { backers { edges { node { name } path { evidence { text } } } } } }`,
        `{ paths(from: "${LNA}", to: "${GNA}") { totalCount edges { node { hops { from { id } evidence { text } } } } } }`,
        `{ camps(region: "Libya", first: 1) { totalCount edges { node { id members(first: 2) { totalCount edges { node { id } } } all: members { edges { cursor } } opposes } } } }`,
        `{ location(id: "loc:al-watiya-air-base") { name controlledBy { edges { node { actor { id } } } } } }`,
        `{ location(name: "al-watiya air base") { name controlledBy(asOf: "2020-06") { edges { node { actor { id } evidence { text } } } } history(first: 1) { totalCount edges { node { from } } } } }`,
        `{ actors(type: STATE, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        `{ locations(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name lat } } } }`,
        `{ search(text: "wagner") { edges { node { ... on Actor { id } } } } }`,
        `{ claims(filter: { type: SUPPORTS }) { edges { node { source { id } target { ... on Actor { id } } evidence { text } } } } }`,
        `{ network(actor: "${LNA}", depth: 2, maxNodes: 5) { truncated nodes { data { id } } edges { data { id } } } }`,
      ]) {
        const before = counter.statements();
        await counted.query(query);
        expect(counter.statements() - before, query).toBe(1);
      }
    } finally {
      await counted.server.stop();
    }
  });
});
