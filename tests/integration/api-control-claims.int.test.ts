import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { GNA, importSeeds, LNA, RUSSIA, WAGNER, type SeedArticle } from "./seeds.js";

let graph: Graph;
let api: TestApi;
let seeds: SeedArticle[];
let watiya: SeedArticle;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  seeds = await importSeeds(graph);
  watiya = seeds.find((seed) => seed.file === "2020-05-20-watiya.txt")!;
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});

const PERIOD = `actor { id } from to hedged evidence { text start end article { id } }`;

describe("control of a location over time", () => {
  it("tells the history of al-Watiya air base, oldest first, each period with its evidence", async () => {
    const { location } = await api.query(`{ location(name: "al-Watiya air base") { history { totalCount edges { node { ${PERIOD} } } } } }`);
    const history = location.history.edges.map((edge: { node: unknown }) => edge.node);
    expect(location.history.totalCount).toBe(2);
    expect(history.map((period: { actor: { id: string }; from: string; to: string | null }) => [period.actor.id, period.from, period.to])).toEqual([
      [LNA, "2014-01-01", "2020-05-18"],
      [GNA, "2020-05-18", null],
    ]);
    expect(history[0].evidence).toEqual([
      { text: "The LNA had controlled the al-Watiya air base since 2014.", start: expect.any(Number), end: expect.any(Number), article: { id: watiya.id } },
    ]);
    for (const period of history) {
      for (const evidence of period.evidence) expect(watiya.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it("answers controlledBy as of a date, and by the latest claims without one", async () => {
    const { now, before, handover } = await api.query(`{
      now: location(name: "al-watiya air base") { controlledBy { totalCount edges { node { actor { id } from } } } }
      before: location(name: "al-watiya air base") { controlledBy(asOf: "2019-06") { edges { node { actor { id } } } } }
      handover: location(name: "al-watiya air base") { controlledBy(asOf: "2020-05-18") { edges { node { actor { id } } } } }
    }`);
    expect(now.controlledBy).toEqual({ totalCount: 1, edges: [{ node: { actor: { id: GNA }, from: "2020-05-18" } }] });
    expect(before.controlledBy.edges).toEqual([{ node: { actor: { id: LNA } } }]);
    expect(handover.controlledBy.edges).toEqual([{ node: { actor: { id: GNA } } }]);
  });

  it("finds a location by id as by name, and takes exactly one of them", async () => {
    const fields = `id name within { name } controlledBy(asOf: "2019-06") { edges { node { ${PERIOD} } } } history { totalCount edges { node { ${PERIOD} } } }`;
    const { byName } = await api.query(`{ byName: location(name: "al-Watiya air base") { ${fields} } }`);
    expect(byName.id).toBe("loc:al-watiya-air-base");
    expect(await api.query(`query ($id: ID!) { byId: location(id: $id) { ${fields} } }`, { id: byName.id })).toEqual({ byId: byName });
    expect(await api.query(`{ location(id: "loc:nowhere") { id controlledBy { totalCount } } }`)).toEqual({ location: null });
    for (const both of [`{ location { id } }`, `{ location(id: "${byName.id}", name: "al-Watiya air base") { id } }`]) {
      expect(await api.errors(both)).toMatchObject([{ message: "give exactly one of id and name", extensions: { code: "BAD_USER_INPUT" } }]);
    }
  });

  it("lists what an actor controls as of a date by the same history", async () => {
    const { lna } = await api.query(`{
      lna: actor(id: "${LNA}") {
        all: controls { totalCount edges { node { name } } }
        y2019: controls(asOf: "2019") { totalCount edges { node { name } } }
        y2021: controls(asOf: "2021") { totalCount edges { node { name } } }
      }
    }`);
    const names = (connection: { totalCount: number; edges: { node: { name: string } }[] }) => {
      expect(connection.totalCount).toBe(connection.edges.length);
      return connection.edges.map((edge) => edge.node.name).sort();
    };
    expect(names(lna.all)).toEqual(["Sirte", "al-Qardabiya air base", "al-Watiya air base"]);
    expect(names(lna.y2019)).toEqual(["al-Watiya air base"]);
    expect(names(lna.y2021)).toEqual(["Sirte", "al-Qardabiya air base"]);
  });
});

interface Claim { id: string; type: string; source: { id: string }; target: { __typename: string; id: string }; kinds: string[]; negated: boolean; attributedTo: string | null; article: { id: string }; evidence: { text: string; start: number; end: number }[] }
const CLAIM = `id type source { id } target { __typename ... on Actor { id } ... on Location { id } } kinds negated attributedTo article { id } evidence { text start end }`;

describe("claims, each traceable to its sentence", () => {
  it("lists an article's claims in text order, every evidence span verbatim", async () => {
    const { article } = await api.query(`{ article(id: "${watiya.id}") { id date source claims(first: 100) { totalCount edges { node { ${CLAIM} } } } } }`);
    expect(article).toMatchObject({ id: watiya.id, date: "2020-05-20", source: "2020-05-20-watiya.txt" });
    const claims: Claim[] = article.claims.edges.map((edge: { node: Claim }) => edge.node);
    expect(article.claims.totalCount).toBe(claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(claims[0]).toMatchObject({ type: "CONTROLS", source: { id: GNA }, target: { __typename: "Location", id: "loc:al-watiya-air-base" } });
    const starts = claims.map((claim) => claim.evidence[0]!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const claim of claims) {
      expect(claim.article.id).toBe(watiya.id);
      for (const span of claim.evidence) expect(watiya.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("filters claims by actor, type, kinds and date across articles", async () => {
    const { russia, wagnerFunding, early } = await api.query(`{
      russia: claims(filter: { actor: "${RUSSIA}" }) { totalCount edges { node { ${CLAIM} } } }
      wagnerFunding: claims(filter: { actor: "${WAGNER}", kinds: [FUNDING] }) { edges { node { source { id } } } }
      early: claims(filter: { type: CONTROLS, asOf: "2018" }) { edges { node { source { id } target { ... on Location { name } } } } }
    }`);
    expect(russia.totalCount).toBe(1);
    expect(russia.edges[0].node).toMatchObject({ type: "SUPPORTS", source: { id: RUSSIA }, target: { id: WAGNER }, kinds: ["FUNDING"], attributedTo: "a UN report" });
    expect(wagnerFunding.edges.map((edge: { node: { source: { id: string } } }) => edge.node.source.id).sort()).toEqual(["state:ARE", RUSSIA]);
    expect(early.edges).toEqual([{ node: { source: { id: LNA }, target: { name: "al-Watiya air base" } } }]);
  });

  it("returns null for an unknown article", async () => {
    expect(await api.query(`{ article(id: "0000") { id } }`)).toEqual({ article: null });
  });
});

describe("search", () => {
  const hits = async (text: string) => {
    const { search } = await api.query(`query ($text: String!) { search(text: $text, first: 5) { totalCount edges { score node { __typename ... on Actor { id name } ... on Location { id name } } } } }`, { text });
    return search.edges as { score: number; node: { __typename: string; id: string; name: string } }[];
  };

  it("ranks an exact name first and forgives typos", async () => {
    expect((await hits("Libyan National Army"))[0]!.node.id).toBe(LNA);
    expect((await hits("Libyn Nationl Army"))[0]!.node.id).toBe(LNA);
    expect((await hits("wagner"))[0]!.node).toEqual({ __typename: "Actor", id: WAGNER, name: "Wagner Group" });
    expect((await hits("Wagnr Grop"))[0]!.node.id).toBe(WAGNER);
  });

  it("finds aliases, acronyms and locations", async () => {
    expect((await hits("LNA"))[0]!.node.id).toBe(LNA);
    expect((await hits("Watiya"))[0]!.node).toMatchObject({ __typename: "Location", name: "al-Watiya air base" });
    const scores = (await hits("Libya")).map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
