import { describe, expect, it } from "vitest";
import { planImport, sha256 } from "../../src/graph/importPlan.js";
import { YEMEN_WIRE, relation, yemenWireExtraction } from "../fixtures/wire.js";

describe("planImport", () => {
  it("derives the article id from the text and claim ids from their content", () => {
    const plan = planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction(), source: "yemen.txt" });
    expect(plan.article).toMatchObject({ id: sha256(YEMEN_WIRE), source: "yemen.txt", date: "2021-03-03" });
    expect(plan.claims).toHaveLength(8);
    expect(planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction() }).claims.map((c) => c.id)).toEqual(plan.claims.map((c) => c.id));
  });

  it("feeds derived edges only from non-negated claims, symmetric ones canonically", () => {
    const plan = planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction() });
    expect(plan.pairs.filter((pair) => pair.type === "SUPPORTS")).toHaveLength(2);
    expect(plan.pairs).toContainEqual({ type: "ALLIED_WITH", source: "group:stc", target: "state:ARE" });
  });

  it("keeps only the sentences evidence cites", () => {
    const plan = planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction() });
    for (const sentence of plan.sentences) expect(YEMEN_WIRE.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(plan.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("rejects relations to unknown ids and evidence that is not in the text", () => {
    const unknownTarget = yemenWireExtraction();
    unknownTarget.relations.push(relation(YEMEN_WIRE, "CONTROLS", "group:houthis", "city:aden", "ADEN"));
    expect(() => planImport({ text: YEMEN_WIRE, extraction: unknownTarget })).toThrow(/relation 8 \(CONTROLS group:houthis → city:aden\): target is not a location/);

    const misplaced = yemenWireExtraction();
    misplaced.relations[0]!.evidence[0]!.start += 1;
    expect(() => planImport({ text: YEMEN_WIRE, extraction: misplaced })).toThrow(/is not the text at/);
  });

  it("finds a state by every name of its country, whichever the article used", () => {
    const plan = planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction() });
    const saudi = plan.actors.find((actor) => actor.id === "state:SAU")!;
    expect(saudi.aliases).toEqual([]);
    expect(YEMEN_WIRE.toLowerCase()).not.toContain("kingdom of saudi arabia");
    expect(saudi.lookupKeys).toContain("kingdom of saudi arabia");
  });
});
