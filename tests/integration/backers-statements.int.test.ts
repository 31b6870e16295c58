/**
 * The backers question has a general statement and, for its most asked form (direct, unfiltered), a
 * specialised one (src/graph/repository.ts picks): on a generated graph both give the same rows (the
 * specialised one's rebuilt as the repository does), in both directions, with and without evidence,
 * for every page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDataset } from "../../bench/graph/load.js";
import { probeDataset } from "../../bench/graph/probe.js";
import { EVERY_CLAIM } from "../../src/graph/analysis.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import type { Row } from "../../src/graph/mappers.js";
import { directAsGeneral } from "../../src/graph/repository.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

let graph: Graph;
let actors: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  const spec = { edges: 400, seed: 11 };
  await ensureDataset(graph, spec, () => {});
  actors = (await probeDataset(graph, spec)).actors;
});

afterAll(async () => {
  await graph?.close();
});

const read = (name: string, params: Row) => graph.read((tx) => runCypher(tx, name, params));

describe("the direct, unfiltered backers statement", () => {
  it.each([
    ["backers", "in"],
    ["backing", "out"],
  ] as const)("answers read/%s at depth 1 row for row", async (general, direction) => {
    let withEvidence = 0;
    for (const window of [{ offset: 0, first: 50 }, { offset: 1, first: 2 }]) {
      for (const evidence of [false, true]) {
        const ids = actors.slice(0, 8);
        const expected = await read(`read/${general}`, { ids, depth: 1, filter: EVERY_CLAIM, filtered: false, withEvidence: evidence, ...window });
        const direct = await read(`read/${general}-direct`, { ids, withEvidence: evidence, ...window });
        expect(direct.map((row) => directAsGeneral(row, direction)), `${general} ${JSON.stringify(window)} ${evidence}`).toEqual(expected);
        expect(expected.length).toBe(ids.length);
        if (evidence) withEvidence += expected.flatMap((row) => row.hops as Row[]).filter((hop) => (hop.evidence as Row[]).length > 0).length;
      }
    }
    // The comparison covered pages with hops and evidence, not only empty ones.
    expect(withEvidence).toBeGreaterThan(5);
  });
});
