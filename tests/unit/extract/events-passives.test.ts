/**
 * Relations read from passives and participles whose agent stands away from the verb: a second participle
 * coordinated with an earlier one that took words of its own ("commanded by X and trained by Y"), and "there"
 * between a participle and its "by"; and no support between a state and its own army, whatever
 * the transfer read. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const has = (x: Extraction, type: string, a: string, b: string) => x.relations.some((r) => r.type === type && r.source === id(x, a) && r.target === id(x, b));

describe("a participle coordinated with an earlier one", () => {
  it("reads the agent of the second participle as backing what the first one describes", () => {
    const x = extractArticle("SIRTE, Libya (Reuters) - The Desert Hawks Brigade, commanded by Salem Jaber and trained mostly by Russian military instructors, has become the strongest force in Sirte.");
    expect(has(x, "SUPPORTS", "Russia", "Desert Hawks Brigade")).toBe(true);
  });
  it("reads a passive subject across the first participle's place and time, and past 'there'", () => {
    const x = extractArticle("KHARTOUM (Reuters) - The Popular Defence Forces militia was formed in Sudan in the 1990s and trained there by Chinese officers to fight the SPLA.");
    expect(has(x, "SUPPORTS", "China", "Popular Defence Forces")).toBe(true);
    expect(has(x, "SUPPORTS", "Popular Defence Forces", "China")).toBe(false);
  });
});

describe("a state and its own bodies", () => {
  it("reads no support from a state to its own army, sent somewhere by it", () => {
    const x = extractArticle("MONROVIA (Reuters) - Fighting resumed in Monrovia last week. Ghana on Friday deployed special forces of the Ghana Armed Forces (GAF) to Monrovia at Taylor's request.");
    expect(has(x, "SUPPORTS", "Ghana", "Ghana Armed Forces")).toBe(false);
  });
});
