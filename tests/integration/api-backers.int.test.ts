import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { importSeeds, LNA, RUSSIA, type SeedArticle } from "./seeds.js";

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

interface Hop { from: { id: string }; to: { id: string }; type: string; kinds: string[]; firstDate: string | null; evidence: { text: string; date: string; attributedTo: string | null; start: number; end: number; article: { id: string } }[] }
interface BackerEdge { cursor: string; node: { id: string; name: string }; depth: number; kinds: string[]; path: Hop[] }
interface Backers { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: BackerEdge[] }

const EDGE = `cursor node { id name } depth kinds
  path { from { id } to { id } type kinds firstDate evidence { text date attributedTo start end article { id } } }`;

async function backersOf(id: string, args: string, field = "backers"): Promise<Backers> {
  const { actor } = await api.query(`{ actor(id: "${id}") { ${field}${args ? `(${args})` : ""} { totalCount pageInfo { hasNextPage endCursor } edges { ${EDGE} } } } }`);
  return actor[field];
}

const names = (backers: Backers) => backers.edges.map((edge) => edge.node.name);

function expectVerbatim(hop: Hop) {
  expect(hop.evidence.length).toBeGreaterThan(0);
  for (const evidence of hop.evidence) {
    const seed = seeds.find((article) => article.id === evidence.article.id)!;
    expect(seed.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  }
}

describe("Actor.backers", () => {
  it("lists direct backers at depth 1, each with its one-hop path and attributed evidence", async () => {
    const backers = await backersOf(LNA, "");
    expect(names(backers).sort()).toEqual(["Egypt", "Jordan", "United Arab Emirates", "Wagner Group"]);
    expect(backers.totalCount).toBe(4);
    for (const edge of backers.edges) {
      expect(edge.depth).toBe(1);
      expect(edge.path).toHaveLength(1);
      expect(edge.path[0]).toMatchObject({ from: { id: edge.node.id }, to: { id: LNA }, type: "SUPPORTS" });
      expectVerbatim(edge.path[0]!);
    }
    const egypt = backers.edges.find((edge) => edge.node.name === "Egypt")!;
    expect(egypt.kinds).toEqual(["MATERIEL_LOGISTICS"]);
    expect(egypt.path[0]!.evidence[0]).toMatchObject({ date: "2020-01-07", attributedTo: "UN experts and diplomats" });
  });

  it("reaches through an intermediary at depth 2: Russia funds the Wagner Group, which backs the LNA", async () => {
    const backers = await backersOf(LNA, "depth: 2");
    expect(names(backers)).toEqual(["Egypt", "Jordan", "United Arab Emirates", "Wagner Group", "Russia"]);
    const russia = backers.edges.at(-1)!;
    expect(russia).toMatchObject({ node: { id: RUSSIA }, depth: 2, kinds: ["FUNDING"] });
    expect(russia.path.map((hop) => [hop.from.id, hop.to.id])).toEqual([
      [RUSSIA, "org:wagner-group"],
      ["org:wagner-group", LNA],
    ]);
    expect(russia.path[1]!.kinds).toEqual(["TROOPS"]);
    russia.path.forEach(expectVerbatim);
    expect(russia.path[0]!.evidence[0]!.text).toBe("Russia has funded the Wagner Group, a private military contractor, according to a UN report.");
  });

  it("follows support the other way with backing", async () => {
    const backing = await backersOf(RUSSIA, "depth: 3", "backing");
    expect(backing.edges.map((edge) => [edge.node.name, edge.depth])).toEqual([["Wagner Group", 1], ["Libyan National Army", 2]]);
    expect(backing.edges[1]!.kinds).toEqual(["TROOPS"]);
    expect(backing.edges[1]!.path.map((hop) => hop.from.id)).toEqual([RUSSIA, "org:wagner-group"]);
  });

  it("filters on claim dates: asOf, since and until", async () => {
    const early = await backersOf(LNA, `depth: 2, asOf: "2020-03-01"`);
    expect(names(early)).toEqual(["Egypt", "Jordan", "United Arab Emirates"]);
    const late = await backersOf(LNA, `depth: 2, since: "2020-05"`);
    expect(names(late)).toEqual(["United Arab Emirates", "Wagner Group", "Russia"]);
    // Only the May claim about the UAE passes, so only its sentence is evidence.
    const uae = late.edges[0]!.path[0]!;
    expect(uae.evidence.map((evidence) => evidence.text)).toEqual(["The United Arab Emirates has reportedly supplied Chinese-made drones to the LNA."]);
    expect(uae.kinds).toEqual(["WEAPONS"]);
    expect(uae.firstDate).toBe("2020-05-20");
    const january = await backersOf(LNA, `depth: 2, since: "2020-01", until: "2020-01-31"`);
    expect(names(january)).toEqual(["Egypt", "Jordan", "United Arab Emirates"]);
  });

  it("filters on kinds and hedging per hop", async () => {
    const weapons = await backersOf(LNA, "depth: 2, kinds: [WEAPONS]");
    expect(names(weapons)).toEqual(["United Arab Emirates"]);
    const sure = await backersOf(LNA, "depth: 2, kinds: [WEAPONS], includeHedged: false");
    expect(sure).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    const troopsThenFunding = await backersOf(LNA, "depth: 2, kinds: [TROOPS, FUNDING]");
    expect(names(troopsThenFunding)).toEqual(["Wagner Group", "Russia", "United Arab Emirates"]);
    expect(troopsThenFunding.edges[2]!.path.map((hop) => hop.kinds)).toEqual([["FUNDING"], ["TROOPS"]]);
  });

  it("pages with opaque cursors until the list is exhausted", async () => {
    const all = await backersOf(LNA, "depth: 2");
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Backers = await backersOf(LNA, `depth: 2, first: 2${after ? `, after: "${after}"` : ""}`);
      expect(page.totalCount).toBe(5);
      seen.push(...names(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(names(all));
  });

  it("rejects bad arguments with BAD_USER_INPUT", async () => {
    for (const args of ["first: 201", "first: 0", "depth: 5", "depth: 0", `asOf: "yesterday"`, `since: "2020-13-01"`, `after: "bm90IGEgY3Vyc29y"`]) {
      const errors = await api.errors(`{ actor(id: "${LNA}") { backers(${args}) { totalCount } } }`);
      expect(errors[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
    }
  });
});
