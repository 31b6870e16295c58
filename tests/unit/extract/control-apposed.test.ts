/**
 * Control and opposition read from shapes that recur across the probe sets (session 17): a place described by an
 * apposition before the passive that says who holds it. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a place held, described between commas before the passive", () => {
  it("reads the place before the apposition as held, not a name inside it", () => {
    const x = extractArticle("date 2022-05-03\nKAMPALA (Reuters) - Kitgum, an old colonial trading post near the Sudanese border, has been held by the Allied Democratic Forces (ADF) since March.");
    expect(rel(x, "CONTROLS", "Allied Democratic Forces", "Kitgum")).toBeDefined();
  });
  it("reads it past a relative clause inside the apposition", () => {
    const x = extractArticle("date 2022-05-03\nKAMPALA (Reuters) - Kitgum, the district seat that the rebels once called their capital, is now held by the Allied Democratic Forces (ADF).");
    expect(rel(x, "CONTROLS", "Allied Democratic Forces", "Kitgum")).toBeDefined();
  });
});
