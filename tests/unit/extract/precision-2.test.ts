/**
 * Precision guards, second round: constructions that state no relation between the parties they
 * name. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a war that is the subject of its own verb", () => {
  it("makes no opponents of a coordinated subject ('X and Y strike … as the war spreads')", () => {
    const x = extractArticle("date 2021-05-04\nFrance and Chad bomb rebel camps in Niger as Sahel war widens");
    expect(rel(x, "OPPOSES", "France", "Chad")).toBeUndefined();
  });
  it("still reads a war the coordinated subject wages", () => {
    const x = extractArticle("date 2021-05-04\nFrance and Chad fought a brief war in 1986.");
    expect(rel(x, "OPPOSES", "France", "Chad")).toBeDefined();
  });
});

describe("a verb of force used of a bargain or of persuasion", () => {
  it("reads no fight from 'struck a deal with'", () => {
    const x = extractArticle("date 2021-05-04\nEritrea struck a deal with the Oromo Liberation Army last spring.");
    expect(rel(x, "OPPOSES", "Eritrea", "Oromo Liberation Army")).toBeUndefined();
  });
  it("reads no fight from 'the deal X struck with Y'", () => {
    const x = extractArticle("date 2021-05-04\nTalks have stalled since the deal Eritrea struck with the Oromo Liberation Army in March.");
    expect(rel(x, "OPPOSES", "Eritrea", "Oromo Liberation Army")).toBeUndefined();
  });
  it("reads no fight from 'pushed X toward talks'", () => {
    const x = extractArticle("date 2021-05-04\nEthiopia says it has pushed the Oromo Liberation Army toward talks.");
    expect(rel(x, "OPPOSES", "Ethiopia", "Oromo Liberation Army")).toBeUndefined();
  });
  it("still reads a fight from 'pushed X to the outskirts of' a town", () => {
    const x = extractArticle("date 2021-05-04\nEthiopian troops pushed the Oromo Liberation Army to the outskirts of Nekemte.");
    expect(rel(x, "OPPOSES", "Ethiopia", "Oromo Liberation Army")).toBeDefined();
  });
});

describe("cooperation said to be lacking", () => {
  it("reads no alliance from 'without coordinating with X'", () => {
    const x = extractArticle("date 2021-05-04\nThe Sudanese army has fought the rebels on the border without openly coordinating with the Rapid Support Forces.");
    expect(rel(x, "ALLIED_WITH", "Sudanese army", "Rapid Support Forces")).toBeUndefined();
  });
  it("still reads one from 'openly coordinating with X'", () => {
    const x = extractArticle("date 2021-05-04\nThe Sudanese army has fought the rebels on the border, openly coordinating with the Rapid Support Forces.");
    expect(rel(x, "ALLIED_WITH", "Sudanese army", "Rapid Support Forces")).toBeDefined();
  });
});
