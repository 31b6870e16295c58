import neo4j from "neo4j-driver";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { percentile } from "../../bench/api/measure.js";
import { buildNeo4jGraphqlSchema } from "../../bench/api/neo4jGraphql.js";
import { disagreement, type Plan } from "../../bench/api/plan.js";
import { QUESTIONS } from "../../bench/api/questions.js";
import { CONTROL_DAYS, parseSize, shapeOf, sizeLabel, type DatasetSpec } from "../../bench/graph/dataset.js";
import { datasetSteps, type LoadStep } from "../../bench/graph/generate.js";
import { groupBy } from "../../src/collections.js";
import { aggregateClaims } from "../../src/graph/edges.js";
import type { Row } from "../../src/graph/mappers.js";

const spec: DatasetSpec = { edges: 300, seed: 3 };
const rowsOf = (steps: LoadStep[], statement: string) => steps.filter((step) => step.statement === statement).flatMap((step) => step.rows);

describe("the benchmark graph generator", () => {
  const steps = [...datasetSteps(spec)];

  it("gives the same steps for the same spec, and others for another seed", () => {
    expect([...datasetSteps(spec)]).toEqual(steps);
    expect([...datasetSteps({ ...spec, seed: 4 })]).not.toEqual(steps);
  });

  it("writes exactly the asked number of distinct SUPPORTS and ALLIED_WITH edges between known actors", () => {
    const actors = new Set(rowsOf(steps, "bench/load/actors").map((row) => row.id));
    const edgesOf = (statement: string, type: string) => rowsOf(steps, statement).map((row) => ({ type, source: row.source as string, target: row.target as string }));
    const edges = [...edgesOf("bench/load/supports", "SUPPORTS"), ...edgesOf("bench/load/allied-with", "ALLIED_WITH")];
    expect(edges).toHaveLength(spec.edges);
    expect(new Set(edges.map((edge) => `${edge.type}|${edge.source}|${edge.target}`)).size).toBe(spec.edges);
    expect(actors.size).toBe(shapeOf(spec).actors);
    for (const edge of edges) {
      expect(actors.has(edge.source) && actors.has(edge.target) && edge.source !== edge.target).toBe(true);
      // Alliances are stored once, from the smaller id, as the importer stores them.
      if (edge.type === "ALLIED_WITH") expect(edge.source < edge.target).toBe(true);
    }
  });

  it("gives every derived edge the aggregate of its non-negated claims, and every claim verbatim evidence", () => {
    const claims = rowsOf(steps, "bench/load/actor-claims");
    const byPair = groupBy(claims, (row) => `${(row.claim as Row).type}|${row.source}|${row.target}`);
    for (const [statement, type] of [["bench/load/supports", "SUPPORTS"], ["bench/load/allied-with", "ALLIED_WITH"]] as const) {
      for (const edge of rowsOf(steps, statement)) {
        const facts = (byPair.get(`${type}|${edge.source}|${edge.target}`) ?? [])
          .filter((row) => !(row.claim as Row).negated)
          .map((row) => ({ ...(row.claim as any), articleId: row.articleId as string }));
        expect(facts.length).toBeGreaterThan(0);
        expect(edge.props).toEqual(aggregateClaims(type, facts));
      }
    }
    expect(claims.some((row) => (row.claim as Row).negated)).toBe(true);
    for (const row of claims) {
      const sentence = row.sentence as { text: string; start: number; end: number };
      expect(sentence.end - sentence.start).toBe(sentence.text.length);
    }
  });

  it("hands every location to a different actor on each control day", () => {
    const claims = rowsOf(steps, "bench/load/location-claims");
    const byLocation = groupBy(claims, (row) => row.target as string);
    expect(byLocation.size).toBe(shapeOf(spec).locations);
    for (const held of byLocation.values()) {
      expect(held.map((row) => (row.claim as Row).eventDate)).toEqual([...CONTROL_DAYS]);
      expect(new Set(held.map((row) => row.source)).size).toBe(CONTROL_DAYS.length);
    }
  });

  it("reads sizes as the bench flags write them", () => {
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("1M")).toBe(1_000_000);
    expect(parseSize("2500")).toBe(2_500);
    expect(() => parseSize("lots")).toThrow(/10k/);
    expect(sizeLabel(100_000)).toBe("100k");
    expect(sizeLabel(1_000_000)).toBe("1M");
  });
});

describe("the API benchmark's questions", () => {
  it("are valid queries of the @neo4j/graphql schema", async () => {
    const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused"));
    try {
      const schema = await buildNeo4jGraphqlSchema(driver);
      for (const question of QUESTIONS) expect(validate(schema, parse(question.neo4jGraphql.query)), question.key).toEqual([]);
    } finally {
      await driver.close();
    }
  }, 60_000);

  it("flag contenders whose answers differ", () => {
    const plan = (contender: Plan["contender"], digests: string[]): Plan => ({ contender, available: true, form: "", url: "", bodies: [], digests });
    expect(disagreement([plan("proxygraph", ["a", "b"]), plan("raw", ["a", "b"])])).toBe("");
    expect(disagreement([plan("proxygraph", ["a", "b"]), plan("raw", ["a", "c"])])).toMatch(/input 1: proxygraph b vs raw c/);
    expect(disagreement([{ contender: "proxygraph", available: false, reason: "not available" }, plan("raw", ["a"])])).toBe("");
  });

  it("take percentiles by nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99)]).toEqual([50, 95, 99]);
    expect(percentile([], 0.5)).toBe(0);
  });
});
