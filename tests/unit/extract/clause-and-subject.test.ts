/**
 * A clause after ", and" whose subject is a noun phrase of its own ("Fulani vigilantes loyal to Abuja", "fighters from
 * its armed branch, the X,") is not about the first clause's subject. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "ALLIED_WITH" && r.source === id(x, target) && r.target === id(x, source))));
const any = (x: Extraction, source: string, target: string) => x.relations.some((r) => r.source === id(x, source) && r.target === id(x, target));

describe("a second clause after ', and' with a subject of its own", () => {
  it("takes a party with words after its name as the second verb's subject", () => {
    const x = extractArticle("date 2021-03-02\nKANO, Nigeria (Reuters) - A splinter cell led by commander Musa Bakura joined the Unity Front in March, and Fulani vigilantes loyal to Abuja are fighting alongside government soldiers.");
    expect(rel(x, "ALLIED_WITH", "Fulani vigilantes", "Government of Nigeria")).toBeDefined();
    expect(any(x, "Unity Front", "Government of Nigeria")).toBe(false);
  });
  it("takes the part an apposition names, not the first clause's subject", () => {
    const x = extractArticle("date 2021-03-02\nThe Patriotic Council, an exile body backed by several Gulf states, welcomed the raid, and fighters from its armed branch, the Liberation Brigades, have fought alongside the Sahel Defence Movement near Sokoto.");
    expect(rel(x, "ALLIED_WITH", "Liberation Brigades", "Sahel Defence Movement")).toBeDefined();
    expect(any(x, "Patriotic Council", "Sahel Defence Movement")).toBe(false);
  });
  it("does not take a clause opening with a time phrase for one", () => {
    const x = extractArticle("date 2021-03-02\nLeaked cables suggested that Iran's government under President Ahmadinejad had offered the Houthis money and weapons, and in May 2010 the US Treasury named three high-ranking Iranian officers, including intelligence chief Ali Rostami, for allegedly helping the rebels smuggle arms.");
    expect(x.relations.some((r) => r.type === "SUPPORTS" && r.source === id(x, "United States"))).toBe(false);
  });
});
