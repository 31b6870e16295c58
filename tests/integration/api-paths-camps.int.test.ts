import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { GNA, importSeeds, LNA, RUSSIA, SPF, TURKEY, UAE, WAGNER, type SeedArticle } from "./seeds.js";

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

interface PathHop { from: { id: string }; to: { id: string }; type: string; evidence: { text: string; article: { id: string } }[] }
interface Paths { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { length: number; hops: PathHop[] } }[] }

async function paths(args: string): Promise<Paths> {
  const { paths } = await api.query(`{ paths(${args}) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { length hops { from { id } to { id } type evidence { text article { id } } } } }
  } }`);
  return paths;
}

const chain = (path: { hops: PathHop[] }) => path.hops.map((hop) => `${hop.from.id} ${hop.type} ${hop.to.id}`);

describe("paths", () => {
  it("finds the chain from Russia to Turkey: Russia → Wagner Group → LNA, opposed by the GNA, backed by Turkey", async () => {
    const found = await paths(`from: "${RUSSIA}", to: "${TURKEY}", maxHops: 4`);
    expect(found.totalCount).toBe(1);
    const path = found.edges[0]!.node;
    expect(path.length).toBe(4);
    expect(chain(path)).toEqual([
      `${RUSSIA} SUPPORTS ${WAGNER}`,
      `${WAGNER} SUPPORTS ${LNA}`,
      `${GNA} OPPOSES ${LNA}`,
      `${TURKEY} SUPPORTS ${GNA}`,
    ]);
    for (const hop of path.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      for (const evidence of hop.evidence) expect(seeds.find((seed) => seed.id === evidence.article.id)!.text).toContain(evidence.text);
    }
  });

  it("bounds the search by maxHops and by relation types", async () => {
    expect((await paths(`from: "${RUSSIA}", to: "${TURKEY}"`)).totalCount).toBe(0);
    expect((await paths(`from: "${RUSSIA}", to: "${TURKEY}", maxHops: 4, relations: [SUPPORTS]`)).totalCount).toBe(0);
    const supportOnly = await paths(`from: "${RUSSIA}", to: "${LNA}", relations: [SUPPORTS]`);
    // Walked either way: the UAE funds the Wagner Group too, and backs the LNA itself.
    expect(supportOnly.edges.map((edge) => chain(edge.node))).toEqual([
      [`${RUSSIA} SUPPORTS ${WAGNER}`, `${WAGNER} SUPPORTS ${LNA}`],
      [`${RUSSIA} SUPPORTS ${WAGNER}`, `${UAE} SUPPORTS ${WAGNER}`, `${UAE} SUPPORTS ${LNA}`],
    ]);
  });

  it("lists the shortest path first, then longer ones, in pages", async () => {
    const all = await paths(`from: "${UAE}", to: "${GNA}", maxHops: 4`);
    // The seeds: the UAE backs the LNA directly and through Wagner; the GNA opposes the LNA, and is
    // allied with the Sirte Protection Force, which the LNA opposes.
    const viaLna = `${GNA} OPPOSES ${LNA}`;
    const viaSpf = [`${LNA} OPPOSES ${SPF}`, `${GNA} ALLIED_WITH ${SPF}`];
    expect(all.edges.map((edge) => chain(edge.node))).toEqual([
      [`${UAE} SUPPORTS ${LNA}`, viaLna],
      [`${UAE} SUPPORTS ${LNA}`, ...viaSpf],
      [`${UAE} SUPPORTS ${WAGNER}`, `${WAGNER} SUPPORTS ${LNA}`, viaLna],
      [`${UAE} SUPPORTS ${WAGNER}`, `${WAGNER} SUPPORTS ${LNA}`, ...viaSpf],
    ]);
    expect(all.totalCount).toBe(4);
    // Pages of one walk the same list, in the same order.
    const walked: string[][] = [];
    let after = "";
    for (let page = 0; page < 10; page++) {
      const one = await paths(`from: "${UAE}", to: "${GNA}", maxHops: 4, first: 1${after ? `, after: "${after}"` : ""}`);
      walked.push(chain(one.edges[0]!.node));
      if (!one.pageInfo.hasNextPage) break;
      after = one.pageInfo.endCursor!;
    }
    expect(walked).toEqual(all.edges.map((edge) => chain(edge.node)));
  });

  it("rejects maxHops outside 1..4", async () => {
    const errors = await api.errors(`{ paths(from: "${LNA}", to: "${GNA}", maxHops: 9) { totalCount } }`);
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

interface Camp { id: string; members: { id: string }[]; opposes: string[] }
interface CampConnection { edges: { node: { id: string; members: { edges: { node: { id: string } }[] }; opposes: string[] } }[] }

/** The camps of a connection, each with the members of its first page. */
const campsOf = (connection: CampConnection): Camp[] =>
  connection.edges.map(({ node }) => ({ ...node, members: node.members.edges.map((edge) => edge.node) }));

describe("camps", () => {
  const campOf = (camps: Camp[], id: string) => camps.find((camp) => camp.members.some((member) => member.id === id));

  it("puts the LNA with its backers in one camp, and the GNA with Turkey in the camp opposing it", async () => {
    const camps = campsOf((await api.query(`{ camps(region: "Libya") { edges { node { id members { edges { node { id } } } opposes } } } }`)).camps);
    const lna = campOf(camps, LNA)!;
    const gna = campOf(camps, GNA)!;
    expect(lna.members.map((member) => member.id)).toEqual(expect.arrayContaining([LNA, WAGNER, RUSSIA, UAE, "state:EGY", "state:JOR"]));
    expect(gna.members.map((member) => member.id)).toEqual(expect.arrayContaining([GNA, TURKEY, "state:USA", "org:sirte-protection-force"]));
    expect(lna.id).not.toBe(gna.id);
    expect(lna.opposes).toEqual([gna.id]);
    expect(gna.opposes).toEqual([lna.id]);
  });

  it("reads camps as of a date from when their ties were first reported", async () => {
    const camps = campsOf((await api.query(`{ camps(region: "libya", asOf: "2020-03-01") { edges { node { members { edges { node { id } } } } } } }`)).camps);
    expect(campOf(camps, LNA)!.members.map((member) => member.id)).not.toContain(WAGNER);
    expect(campOf(camps, RUSSIA)).toBeUndefined();
  });

  it("has no camps for a region no article names", async () => {
    expect(await api.query(`{ camps(region: "Yemen") { totalCount edges { node { id } } } }`)).toEqual({ camps: { totalCount: 0, edges: [] } });
  });
});
