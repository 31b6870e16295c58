/**
 * Opposition said by what one side takes or strikes of what another holds, and by attacks on a country
 * from outside it. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const opposes = (x: Extraction, a: string, b: string) =>
  x.relations.some((r) => r.type === "OPPOSES" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("what a side holds, taken by another", () => {
  it("reads positions held by a state's troops, seized, as a fight with that state", () => {
    const x = extractArticle("date 2016-03-09\nThe Ogaden Liberation Front (OLF) said on Monday its fighters had seized the final outposts held by Ethiopian troops near the dam.");
    expect(opposes(x, "Ogaden Liberation Front", "Ethiopia")).toBe(true);
  });
  it("reads a place still held by a capital, named in an apposition, as taken from its state", () => {
    const x = extractArticle("date 2016-03-09\nThe Ogaden Liberation Front (OLF) captured the Fafan valley, the only corner of the district still held by Addis Ababa, in March.");
    expect(opposes(x, "Ogaden Liberation Front", "Ethiopia")).toBe(true);
  });
  it("reads no fight where the holder is named in a clause of its own", () => {
    const x = extractArticle("date 2016-03-09\nThe Ogaden Liberation Front (OLF) seized the valley after talks that were held by Ethiopian mediators.");
    expect(opposes(x, "Ogaden Liberation Front", "Ethiopia")).toBe(false);
  });
});

describe("a revolt or a strike inside a country", () => {
  it("reads an insurgency a group wages inside a country as against its state", () => {
    const x = extractArticle("date 2016-03-09\nThe Ogaden Liberation Front (OLF), which has fought an insurgency inside Ethiopia for three decades, denied the charge.");
    expect(opposes(x, "Ogaden Liberation Front", "Ethiopia")).toBe(true);
  });
  it("reads villages a state's aircraft bombed inside another country as a strike on that state", () => {
    const x = extractArticle("date 2016-03-09\nSudanese aircraft bombed markets and villages inside Chad on Tuesday, killing 40 people, Chadian officials said.");
    expect(opposes(x, "Sudan", "Chad")).toBe(true);
  });
  it("reads no strike on a country whose own forces fight inside it", () => {
    const x = extractArticle("date 2016-03-09\nChadian aircraft bombed rebel hideouts inside Chad on Tuesday, officials said.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toHaveLength(0);
  });
});
