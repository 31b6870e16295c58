/**
 * claims(filter) starts from an index for every selective filter: on a few thousand generated claims,
 * the plan of read/claims seeks an index and never scans the Claim label, and the answer is the one
 * the filter defines (checked against the generated claims).
 */
import type { ProfiledPlan } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetSpec } from "../../bench/graph/dataset.js";
import { datasetSteps } from "../../bench/graph/generate.js";
import { ensureDataset } from "../../bench/graph/load.js";
import { claimQuery, type ClaimFilterInput } from "../../src/api/inputs/claim-filter.input.js";
import { runCypher, statement } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import type { Row } from "../../src/graph/mappers.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

const spec: DatasetSpec = { edges: 2000, seed: 11 };
const generatedClaims = [...datasetSteps(spec)]
  .filter((step) => step.statement.endsWith("-claims"))
  .flatMap((step) => step.rows.map((row) => ({ ...(row.claim as Row), source: row.source as string, target: row.target as string })));

let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await ensureDataset(graph, spec, () => {});
});
afterAll(async () => {
  await graph?.close();
});

interface Operator {
  type: string;
  details: string;
  rows: number;
}

function operators(plan: ProfiledPlan): Operator[] {
  const type = plan.operatorType.replace(/@.*$/, "");
  const details = String(plan.arguments.Details ?? "");
  return [{ type, details, rows: plan.rows }, ...plan.children.flatMap(operators)];
}

async function profile(filter: Partial<ClaimFilterInput>): Promise<{ totalCount: number; operators: Operator[] }> {
  const params = { filter: claimQuery(filter as ClaimFilterInput), offset: 0, first: 1 };
  const result = await graph.read((tx) => tx.run(`PROFILE ${statement("read/claims").text}`, params));
  const totalCount = result.records[0] ? Number(result.records[0].get("totalCount")) : 0;
  return { totalCount, operators: operators(result.summary.profile as ProfiledPlan) };
}

/** The filter's definition: partial dates compare at the coarser precision. */
const atOrBefore = (date: string, bound: string) => date.slice(0, bound.length) <= bound.slice(0, date.length);
const atOrAfter = (date: string, bound: string) => date.slice(0, bound.length) >= bound.slice(0, date.length);
const kept = (claim: Row) => claim.negated !== true;
const starts = (claim: Row) => (claim.eventDate ?? claim.date) as string;
const ends = (claim: Row) => (claim.eventUntil ?? claim.eventDate ?? claim.date) as string;
const SOME_ACTOR = generatedClaims[0]!.source;

const SELECTIVE: [string, Partial<ClaimFilterInput>, (claim: Row) => boolean][] = [
  ["actor", { actor: SOME_ACTOR }, (claim) => claim.source === SOME_ACTOR || claim.target === SOME_ACTOR],
  ["type", { type: "CONTROLS" }, (claim) => claim.type === "CONTROLS"],
  ["kinds", { kinds: ["TRAINING"] }, (claim) => claim.type === "SUPPORTS" && (claim.kinds as string[]).includes("TRAINING")],
  ["asOf", { asOf: "2016-03" }, (claim) => atOrBefore(starts(claim), "2016-03")],
  ["until", { until: "2016" }, (claim) => atOrBefore(starts(claim), "2016")],
  ["since", { since: "2024-11-15" }, (claim) => atOrAfter(ends(claim), "2024-11-15")],
];

describe("claims(filter) indexes", () => {
  it("has an index on every Claim property a filter starts from", async () => {
    const indexes = await graph.read((tx) => runCypher(tx, "admin/indexes"));
    const onClaim = indexes.filter((index) => (index.labelsOrTypes as string[] | null)?.includes("Claim"));
    const properties = onClaim.map((index) => (index.properties as string[]).join(","));
    expect(properties).toEqual(expect.arrayContaining(["type", "eventDate", "eventUntil", "date"]));
    for (const index of onClaim) expect(index.state, String(index.name)).toBe("ONLINE");
  });

  it.each(SELECTIVE)("%s: seeks an index, never scans the Claim label, and keeps what the filter defines", async (_name, filter, passes) => {
    const expected = generatedClaims.filter((claim) => kept(claim) && passes(claim)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(generatedClaims.length / 2);
    const { totalCount, operators } = await profile(filter);
    expect(totalCount).toBe(expected);
    const scans = operators.filter((operator) => /AllNodesScan|NodeByLabelScan/.test(operator.type) && operator.rows > 0);
    expect(scans, JSON.stringify(scans)).toEqual([]);
    // The planner may read an index by seek or by scan depending on the statistics other tests left behind: either starts from an index.
    const seeks = operators.filter((operator) => /Index(Seek|Scan)/.test(operator.type) && operator.rows > 0);
    expect(seeks.length, JSON.stringify(operators.map((operator) => operator.type))).toBeGreaterThan(0);
  });

  it("without a filter lists every claim, from the one scan that cannot be avoided", async () => {
    const { totalCount, operators } = await profile({});
    expect(totalCount).toBe(generatedClaims.filter(kept).length);
    expect(operators.filter((operator) => operator.type === "NodeByLabelScan" && operator.rows > 0)).toHaveLength(1);
  });
});
