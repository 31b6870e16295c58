import { describe, expect, it } from "vitest";
import { pairKey } from "../../src/graph/edges.js";
import { planImport } from "../../src/graph/importPlan.js";
import { withResolvedActors } from "../../src/graph/resolvedPlan.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";

describe("withResolvedActors", () => {
  const plan = planImport({ text: YEMEN_WIRE, extraction: yemenWireExtraction() });

  it("changes nothing when every actor keeps its id", () => {
    const same = new Map(plan.actors.map((actor) => [actor.id, { id: actor.id, possiblySameAs: [] }]));
    expect(withResolvedActors(plan, same)).toEqual(plan);
  });

  it("moves an actor's claims, edges and name onto the node it resolved to", () => {
    const resolved = withResolvedActors(plan, new Map([
      ["group:stc", { id: "org:southern-transitional-council", possiblySameAs: [] }],
      ["group:houthis", { id: "group:houthis", possiblySameAs: [{ id: "org:ansar-allah", score: 0.8 }] }],
    ]));
    const council = resolved.actors.find((actor) => actor.id === "org:southern-transitional-council")!;
    expect(council.aliases).toContain("Southern Transitional Council");
    expect(resolved.actors.some((actor) => actor.id === "group:stc")).toBe(false);
    expect(resolved.claims.some((claim) => claim.source === "group:stc" || claim.target === "group:stc")).toBe(false);
    const alliance = { type: "ALLIED_WITH" as const, source: "org:southern-transitional-council", target: "state:ARE" };
    expect(resolved.pairs).toContainEqual(alliance);
    expect(resolved.claims.map((claim) => claim.props.pairKey)).toContain(pairKey(alliance));
    // Claim ids stay those of the extraction, so re-importing after a merge finds the same claims.
    expect(resolved.claims.map((claim) => claim.id)).toEqual(plan.claims.map((claim) => claim.id));
    expect(resolved.possiblySameAs).toEqual([{ id: "group:houthis", other: "org:ansar-allah", score: 0.8 }]);
  });
});
