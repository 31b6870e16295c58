/**
 * The API benchmark compares answers, not only speeds: on a small generated graph, the raw driver's
 * statements answer what the generator planted, and @neo4j/graphql and proxygraph give the same answers.
 */
import { graphql, parse, validate, type GraphQLSchema } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildNeo4jGraphqlSchema } from "../../bench/api/neo4jGraphql.js";
import { QUESTIONS, type Probe, type Question } from "../../bench/api/questions.js";
import { CONTROL_DAYS, type DatasetSpec } from "../../bench/graph/dataset.js";
import { datasetSteps } from "../../bench/graph/generate.js";
import { ensureDataset, type LoadOutcome } from "../../bench/graph/load.js";
import { probeDataset } from "../../bench/graph/probe.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";

const spec: DatasetSpec = { edges: 400, seed: 5 };
const steps = [...datasetSteps(spec)];
const generated = (statement: string) => steps.filter((step) => step.statement === statement).flatMap((step) => step.rows);

let graph: Graph;
let driver: Driver;
let neo4jGraphqlSchema: GraphQLSchema;
let api: TestApi;
let proxygraphSchema: GraphQLSchema;
let probe: Probe;
const loads: LoadOutcome[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  loads.push(await ensureDataset(graph, spec, () => {}));
  loads.push(await ensureDataset(graph, spec, () => {}));
  probe = await probeDataset(graph, spec);
  const target = inject("neo4j");
  driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  neo4jGraphqlSchema = await buildNeo4jGraphqlSchema(driver);
  api = await createTestApi(graph);
  proxygraphSchema = await buildApiSchema();
});

afterAll(async () => {
  await driver?.close();
  await graph?.close();
});

/** The bench asks every input; a few keep the comparison quick on a busy machine. */
const ASKED = 5;
const inputsOf = (question: Question) => question.inputs(probe).slice(0, ASKED);

async function rawDigests(question: Question): Promise<string[]> {
  const digests: string[] = [];
  for (const input of inputsOf(question)) {
    const [row] = await graph.read((tx) => runCypher(tx, question.raw.statement, question.raw.params(input)));
    digests.push(question.raw.digest(row!.page));
  }
  return digests;
}

describe("the API benchmark on a generated graph", () => {
  it("loads a dataset once, and the second time reuses it", async () => {
    expect(loads.map((load) => load.reused)).toEqual([false, true]);
    const counts = await api.repository.counts();
    expect(counts.relationships.SUPPORTS).toBe(generated("bench/load/supports").length);
    expect(counts.relationships.ALLIED_WITH).toBe(generated("bench/load/allied-with").length);
    expect(counts.nodes.Claim).toBe(generated("bench/load/actor-claims").length + generated("bench/load/location-claims").length);
  });

  it("asks about actors with backers, connected pairs and locations", () => {
    expect(probe.actors.length).toBeGreaterThan(10);
    expect(probe.pairs.length).toBeGreaterThan(5);
    expect(probe.locations.length).toBeGreaterThan(0);
  });

  it("answers direct backers with the generated SUPPORTS edges, and control with the second controller", async () => {
    const backers = await rawDigests(QUESTIONS.find((question) => question.key === "backers-depth-1")!);
    const supports = generated("bench/load/supports");
    const expected = probe.actors.slice(0, ASKED).map((id) => supports.filter((edge) => edge.target === id).map((edge) => edge.source as string).sort().join(","));
    expect(backers).toEqual(expected);
    expect(backers.some((digest) => digest !== "")).toBe(true);

    const controllers = await rawDigests(QUESTIONS.find((question) => question.key === "controlled-by")!);
    const claims = generated("bench/load/location-claims");
    // The second controller, from its day until the third's, on its one claim's evidence.
    const second = probe.locations
      .slice(0, ASKED)
      .map(({ id }) => `${claims.find((row) => row.target === id && (row.claim as any).eventDate === CONTROL_DAYS[1])!.source} ${CONTROL_DAYS[1]}..${CONTROL_DAYS[2]} 1`);
    expect(controllers).toEqual(second);
  });

  it("gets the same answer to every question from @neo4j/graphql as from the raw driver", async () => {
    for (const question of QUESTIONS) {
      const answers: string[] = [];
      for (const input of inputsOf(question)) {
        const result = await graphql({ schema: neo4jGraphqlSchema, source: question.neo4jGraphql.query, variableValues: question.neo4jGraphql.variables(input), contextValue: {} });
        expect(result.errors, question.key).toBeUndefined();
        answers.push(question.neo4jGraphql.digest(result.data));
      }
      expect(answers, question.key).toEqual(await rawDigests(question));
    }
  }, 180_000);

  it("gets the same answer from proxygraph's API as from the raw driver, for every question this build can ask", async () => {
    let asked = 0;
    for (const question of QUESTIONS) {
      const form = question.proxygraph.find((one) => validate(proxygraphSchema, parse(one.query)).length === 0);
      if (!form) continue;
      const answers: string[] = [];
      for (const input of inputsOf(question)) answers.push(form.digest(await api.query(form.query, form.variables(input))));
      expect(answers, question.key).toEqual(await rawDigests(question));
      asked += 1;
    }
    expect(asked).toBeGreaterThan(0);
  }, 120_000);
});
