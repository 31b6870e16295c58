/**
 * Sides the story names only by a common noun ("the royalists", "militias", "tribal fighters"): parties of
 * their own, unless the story uses the noun for a party it names.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const has = (x: Extraction, type: string, a: string, b: string) => x.relations.some((r) => r.type === type && r.source === id(x, a) && r.target === id(x, b));

describe("a side named only by a plural noun", () => {
  it("makes a party of 'the royalists' in a story that names no group", () => {
    const x = extractArticle("date 1965-06-02\nAMMAN, June 2 (AFP) - The royalists have received rifles and money from Iran since the spring, according to diplomats in Beirut.");
    expect(has(x, "SUPPORTS", "Iran", "royalists")).toBe(true);
  });

  it("makes a party of bare 'militias' a verb acts on", () => {
    const x = extractArticle("date 2021-03-04\nKABUL, March 4 (Reuters) - Taliban fighters overran two districts of Ghor province on Wednesday. Village militias in Herat and Farah were armed by the Afghan government last year.");
    expect(has(x, "SUPPORTS", "Government of Afghanistan", "militias")).toBe(true);
  });

  it("makes a party of fighters set apart by a describing word, though other fighters are named", () => {
    const x = extractArticle("date 2008-02-11\nBAGHDAD, Feb 11 (Reuters) - Al Qaeda fighters attacked a police post in Diyala. By the end of the month tribal fighters controlled Falluja, the U.S. military said.");
    expect(has(x, "CONTROLS", "tribal fighters", "Falluja")).toBe(true);
  });

  it("leaves the noun to the named party the story uses it for", () => {
    const x = extractArticle("date 2024-02-11\nBUKAVU, Feb 11 (Reuters) - The Kivu Liberation Front seized the town of Kavumu on Sunday. The rebels had been armed by Burundi, and rebels now hold the airport.");
    expect(x.actors.some((a) => a.name === "rebels")).toBe(false);
  });
});
