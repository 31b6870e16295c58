import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";

const SEED = new URL("../../seeds/2020-01-07-sirte.txt", import.meta.url);

let graph: Graph;
let api: TestApi;
let text: string;

const importSeed = () => importArticle(graph, { text, extraction: extractArticle(text, { fileName: "2020-01-07-sirte.txt" }), source: "2020-01-07-sirte.txt" });

beforeAll(async () => {
  text = await readFile(SEED, "utf8");
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importSeed();
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});

describe("the Sirte seed through the real extractor", () => {
  it("finds the LNA's backers, each with evidence from the article", async () => {
    const { actor } = await api.query(`{ actor(name: "LNA") { name backers { edges { node { name } path { evidence { text date } } } } } }`);
    expect(actor.name).toBe("Libyan National Army");
    const backers = new Map(actor.backers.edges.map((edge: { node: { name: string } }) => [edge.node.name, edge]));
    for (const name of ["United Arab Emirates", "Jordan", "Egypt"]) {
      const edge = backers.get(name) as { path: { evidence: { text: string; date: string }[] }[] } | undefined;
      expect(edge, `${name} backs the LNA`).toBeDefined();
      const evidences = edge!.path[0]!.evidence;
      expect(evidences.length).toBeGreaterThan(0);
      for (const evidence of evidences) {
        expect(text).toContain(evidence.text);
        expect(evidence.date).toBe("2020-01-07");
      }
    }
  });

  it("finds Turkey and the United States among the GNA's backers", async () => {
    const { actor } = await api.query(`{ actor(name: "GNA") { backers { edges { node { name } } } } }`);
    const names = actor.backers.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual(expect.arrayContaining(["Turkey", "United States"]));
  });

  it("has Sirte controlled by the Libyan National Army", async () => {
    const { location } = await api.query(`{ location(name: "Sirte") { within { name } controlledBy { edges { node { actor { name } evidence { text } } } } } }`);
    expect(location.within).toEqual({ name: "Libya" });
    const lna = location.controlledBy.edges.find((edge: { node: { actor: { name: string } } }) => edge.node.actor.name === "Libyan National Army")?.node;
    expect(lna).toBeDefined();
    for (const evidence of lna.evidence) expect(text).toContain(evidence.text);
  });

  it("changes no counts when imported again", async () => {
    const before = await api.repository.counts();
    await importSeed();
    expect(await api.repository.counts()).toEqual(before);
  });
});
