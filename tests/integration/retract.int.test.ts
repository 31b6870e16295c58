import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { articleIdOf } from "../../src/graph/importPlan.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { retractArticle } from "../../src/graph/retract.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

const ARTICLE_A = [
  "date 2023-05-02",
  "KHARTOUM, May 2 (Wire) - The United Arab Emirates has supplied weapons to the Rapid Support Forces, according to UN experts.",
  "The Sudanese Armed Forces are fighting the Rapid Support Forces in Khartoum. Egypt is backing the Sudanese Armed Forces, diplomats said.",
].join("\n");

// Shares the UAE, the RSF, the army and Sudan with A, and A's UAE → RSF edge; adds an actor with a
// claim (Russia), one named without a claim (Wagner), a negated claim (Turkey) and a location.
const ARTICLE_B = [
  "date 2023-06-10",
  "PORT SUDAN, June 10 (Wire) - The United Arab Emirates has sent drones to the Rapid Support Forces, a report said.",
  "Russia's Wagner Group is also backing the Rapid Support Forces. Turkey has not supplied weapons to the Sudanese Armed Forces.",
  "The Sudanese Armed Forces control Port Sudan.",
].join("\n");

let graph: Graph;
let repository: GraphRepository;

beforeAll(async () => {
  graph = await openTestGraph();
  repository = new GraphRepository(graph);
});
afterAll(() => graph?.close());
beforeEach(() => emptyGraph(graph));

const importText = (text: string, source: string) => importArticle(graph, { text, extraction: extractArticle(text), source });

/** Node counts by label, relationship counts by type, and every derived edge with its properties. */
async function snapshot() {
  const derivedEdges = await graph.read((tx) => runCypher(tx, "admin/derived-edges"));
  return { ...(await repository.counts()), derivedEdges };
}

describe("retractArticle", () => {
  it("leaves the graph as it was before the article was imported", async () => {
    await importText(ARTICLE_A, "a.txt");
    const beforeB = await snapshot();
    const b = await importText(ARTICLE_B, "b.txt");
    const withB = await snapshot();
    expect(withB).not.toEqual(beforeB);
    expect(withB.derivedEdges.some((edge) => (edge.props as { articles: number }).articles === 2)).toBe(true);

    await retractArticle(graph, b.articleId);

    expect(await snapshot()).toEqual(beforeB);
  });

  it("names an article that is not in the graph, the second time it is retracted", async () => {
    const a = await importText(ARTICLE_A, "a.txt");
    expect(a.articleId).toBe(articleIdOf(ARTICLE_A));
    await retractArticle(graph, a.articleId);
    expect((await repository.counts()).nodes).toEqual({});

    await expect(retractArticle(graph, a.articleId)).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: `no article with id ${a.articleId} in the graph`,
    });
  });
});
