/**
 * Forces sent into a country invade it: a whole army counts as troops, as "troops", "forces" and
 * "soldiers" already do. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("an army sent into a country", () => {
  it("is no support for that country", () => {
    const x = extractArticle("date 2022-03-01\nKYIV (Reuters) - Russia sent its army into Ukraine on Feb. 24, vowing to demilitarise the country.");
    expect(rel(x, "SUPPORTS", "Russia", "Ukraine")).toBeUndefined();
  });
  it("is still support when sent to help a government", () => {
    const x = extractArticle("date 2021-07-10\nMAPUTO (AFP) - Rwanda sent part of its army to Mozambique this month to help the government retake Palma.");
    expect(rel(x, "SUPPORTS", "Rwanda", "Government of Mozambique") ?? rel(x, "SUPPORTS", "Rwanda", "Mozambique")).toBeDefined();
  });
});
