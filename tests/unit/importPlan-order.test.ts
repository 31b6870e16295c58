import { describe, expect, it } from "vitest";
import { planImport } from "../../src/graph/importPlan.js";
import { YEMEN_WIRE, yemenWireExtraction } from "../fixtures/wire.js";

describe("planImport's entity order", () => {
  it("lists actors and locations in id order whatever order the extraction gives, so imports lock them alike", () => {
    const extraction = yemenWireExtraction();
    const reversed = { ...extraction, actors: [...extraction.actors].reverse(), locations: [...extraction.locations].reverse() };
    for (const plan of [planImport({ text: YEMEN_WIRE, extraction }), planImport({ text: YEMEN_WIRE, extraction: reversed })]) {
      const actorIds = plan.actors.map((actor) => actor.id);
      expect(actorIds).toEqual([...actorIds].sort());
      expect(actorIds).toHaveLength(new Set(extraction.actors.map((actor) => actor.id)).size);
      const locationIds = plan.locations.map((location) => location.id);
      expect(locationIds).toEqual([...locationIds].sort());
    }
    expect(extraction.actors.map((actor) => actor.id)).not.toEqual(extraction.actors.map((actor) => actor.id).sort());
  });
});
