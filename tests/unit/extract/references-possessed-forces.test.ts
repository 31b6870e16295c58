/**
 * A party's forces named by a possessive ("its forces", "his troops") as the side of a relation: whose they are.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.locations, ...x.actors].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

describe("what a blow falls on", () => {
  it("is never the striker's own: 'X said Ethiopian jets had bombed its forces' are X's forces", () => {
    const x = extractArticle(
      "date 2021-11-03\nNAIROBI (Reuters) - The Tigray People's Liberation Front, which has governed the region for decades, said Ethiopian jets had pounded its forces near the town of Dessie on Tuesday.",
    );
    expect(rel(x, "OPPOSES", "Ethiopia", "Tigray People's Liberation Front")).toBeDefined();
  });
});

describe("an office holder's 'his troops'", () => {
  it("are the state the story names him heading, though his title is an office of state", () => {
    const x = extractArticle("date 2020-10-12\nBAKU (Reuters) - Armenian President Armen Sarkissian said on Monday his troops had recaptured the village of Talish.");
    expect(rel(x, "CONTROLS", "Armenia", "Talish")).toBeDefined();
  });
});
