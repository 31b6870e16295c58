/**
 * The import's transaction guarantees, on the real database: the same article imported twice at once
 * still gives one copy of everything, and an import aborted part-way leaves no trace.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle, writeImportPlan } from "../../src/graph/importer.js";
import { planImport, type ArticleInput } from "../../src/graph/importPlan.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { ACTORS, YEMEN_WIRE, relation, sentencesOf, yemenWireExtraction } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

const PANEL_TEXT = "DUBAI, April 9 (Wire) - The Islamic Republic is training Houthi fighters to fly drones, a UN panel said.";

const yemen = (): ArticleInput => ({ text: YEMEN_WIRE, extraction: yemenWireExtraction(), source: "yemen-wire.txt" });

// Shares Iran and the Houthis with the Yemen article, adds an alias to each and a second claim to their edge.
const panel = (): ArticleInput => ({
  text: PANEL_TEXT,
  source: "panel.txt",
  extraction: {
    title: "UN panel: Iran trains Houthi drone crews",
    date: "2021-04-09",
    actors: [
      { ...ACTORS.find((a) => a.id === "state:IRN")!, aliases: ["Islamic Republic"] },
      { ...ACTORS.find((a) => a.id === "group:houthis")!, aliases: ["Houthi fighters"] },
    ],
    locations: [],
    sentences: sentencesOf(PANEL_TEXT),
    relations: [relation(PANEL_TEXT, "SUPPORTS", "state:IRN", "group:houthis", "The Islamic Republic is training Houthi fighters", { kinds: ["TRAINING"], date: "2021-04-09" })],
  },
});

let graph: Graph;
let repository: GraphRepository;

beforeAll(async () => {
  graph = await openTestGraph();
  repository = new GraphRepository(graph);
  // The first import on a fresh server plans every statement (a minute on a busy 2-core machine):
  // done here, under the hook's timeout, so each test times only its own imports.
  await importArticle(graph, panel());
  await importArticle(graph, yemen());
});
afterAll(() => graph?.close());
beforeEach(() => emptyGraph(graph));

/** Node counts by label, relationship counts by type, every derived edge, and every actor's names. */
async function snapshot() {
  const derivedEdges = await graph.read((tx) => runCypher(tx, "admin/derived-edges"));
  const { items: actors } = await repository.actors(null, { after: null, first: 1000 });
  return { ...(await repository.counts()), derivedEdges, actors };
}

/** The transaction as the import sees it, except that statement number `failAt` (from 0) throws. */
function failingAt(tx: ManagedTransaction, failAt: number): ManagedTransaction {
  let ran = 0;
  const run: ManagedTransaction["run"] = (...args) => {
    if (ran++ === failAt) throw new Error(`aborted at statement ${failAt}`);
    return tx.run(...args);
  };
  return { run } as ManagedTransaction;
}

describe("importing the same article twice at once", () => {
  it("leaves exactly what one import leaves, with no duplicate node or relationship", async () => {
    await importArticle(graph, yemen());
    const once = await snapshot();
    // Several rounds from an empty graph: a race that MERGE and the constraints did not close would show.
    for (let round = 0; round < 3; round++) {
      await emptyGraph(graph);
      await Promise.all([importArticle(graph, yemen()), importArticle(graph, yemen())]);
      expect(await snapshot()).toEqual(once);
    }
  });
});

describe("an import whose transaction is aborted part-way", () => {
  // Statement k fails once 0…k-1 were sent: 0-1 read what the graph knows, at 2 the article is about to
  // be written (one statement), at 3 it has been and its edges' claims are being read, at 4 only the
  // derived edges are left to set (a new article skips the deletions of a re-import's stale rows).
  it.each([0, 2, 3, 4])("leaves no trace of the article when statement %i fails", async (failAt) => {
    await importArticle(graph, yemen());
    const before = await snapshot();

    const plan = planImport(panel());
    await expect(graph.write((tx) => writeImportPlan(failingAt(tx, failAt), plan))).rejects.toThrow(`aborted at statement ${failAt}`);

    expect(await snapshot()).toEqual(before);
  });

  it("leaves no trace of the article when the work fails after its last statement", async () => {
    await importArticle(graph, yemen());
    const before = await snapshot();

    const plan = planImport(panel());
    const importThenFail = async (tx: ManagedTransaction) => {
      await writeImportPlan(tx, plan);
      throw new Error("aborted after the last statement");
    };
    await expect(graph.write(importThenFail)).rejects.toThrow("aborted after the last statement");

    expect(await snapshot()).toEqual(before);
    // The same work, committed, does change the graph: the comparison above is not vacuous.
    await graph.write((tx) => writeImportPlan(tx, plan));
    expect(await snapshot()).not.toEqual(before);
  });
});
