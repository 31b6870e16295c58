/**
 * Control read from shapes a first pass missed: the land "around" a place held with the place (not camps
 * or positions around it). The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const controls = (x: Extraction, source: string, target: string) => x.relations.some((r) => r.type === "CONTROLS" && r.source === id(x, source) && r.target === id(x, target));

describe("land held around a place", () => {
  it("reads a belt of territory held around a named town", () => {
    const x = extractArticle("date 2022-05-04\nThe Ogaden National Liberation Front has held a wide belt of territory around the hill town of Degehabur since 2011.");
    expect(controls(x, "Ogaden National Liberation Front", "Degehabur")).toBe(true);
  });
  it("reads the zone retaken around a town", () => {
    const x = extractArticle("date 2022-05-04\nMalian troops retook the zone around Tessalit on Friday, the army said.");
    expect(controls(x, "Mali", "Tessalit")).toBe(true);
  });
  it("reads no town from camps or positions around it", () => {
    const x = extractArticle("date 2022-05-04\nThe Polisario Front runs refugee camps around Tindouf. The M23 holds positions around Goma.");
    expect(controls(x, "Polisario Front", "Tindouf")).toBe(false);
    expect(controls(x, "M23", "Goma")).toBe(false);
  });
});
