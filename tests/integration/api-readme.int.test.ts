/**
 * Keeps the README honest: every copy-paste query of its API section, run on seeds/ as `npm start`
 * imports them, answers exactly what the README shows. After an intended change, rewrite the answers
 * from a real run with `UPDATE_README_ANSWERS=1 npx vitest run --project integration tests/integration/api-readme.int.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { readmeExamples, readReadme, rewriteAnswers } from "./readme.js";
import { importSeeds } from "./seeds.js";

/**
 * Fields whose value depends on when the example ran, not on the seeds: the import time, and a
 * full-text score, which Lucene computes from index statistics that still count the documents
 * earlier tests deleted. Their kind is still compared.
 */
const VOLATILE: Record<string, (value: unknown) => string> = {
  importedAt: (value) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? "a time" : String(value)),
  score: (value) => (typeof value === "number" && value > 0 ? "a positive score" : String(value)),
};
/** Every list the API returns has a defined order, so answers compare as they are, volatile fields aside. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, Object.hasOwn(VOLATILE, key) ? VOLATILE[key]!(item) : comparable(item)]),
  );
}

const readme = await readReadme();
const examples = readmeExamples(readme);

let graph: Graph;
let api: TestApi;
const changed: { example: (typeof examples)[number]; answer: unknown }[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importSeeds(graph);
  api = await createTestApi(graph);
});
afterAll(async () => {
  if (process.env.UPDATE_README_ANSWERS === "1" && changed.length > 0) await rewriteAnswers(readme, changed);
  await api?.server.stop();
  await graph?.close();
});

describe("README API examples on seeds/", () => {
  it("has copy-paste examples, each a query followed by its answer", () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples)("$title", async (example) => {
    const answer = await api.query(example.query);
    const same = JSON.stringify(comparable(answer)) === JSON.stringify(comparable(example.answer));
    // Answers that still hold keep their hand-made layout.
    if (!same) changed.push({ example, answer });
    if (process.env.UPDATE_README_ANSWERS !== "1") expect(comparable(answer)).toEqual(comparable(example.answer));
  });
});
