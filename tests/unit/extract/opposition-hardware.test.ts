/**
 * Opposition said by what one side destroys of another's forces. The texts are written for these
 * tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const opposes = (x: Extraction, a: string, b: string) =>
  x.relations.some((r) => r.type === "OPPOSES" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("aircraft shot down and armour knocked out", () => {
  it("reads jets of a state shot down as a fight with that state", () => {
    const x = extractArticle("date 2016-03-09\nEritrea said on Tuesday it had shot down two Ethiopian military jets near the border town of Zalambessa.");
    expect(opposes(x, "Eritrea", "Ethiopia")).toBe(true);
  });
  it("reads tanks of a state knocked out as a fight with that state", () => {
    const x = extractArticle("date 1988-05-02\nZambian soldiers and their Tanzanian allies say they knocked out four Ugandan tanks in the fighting near the river.");
    expect(opposes(x, "Tanzania", "Uganda")).toBe(true);
  });
  it("reads no fight from a jet shot down by someone unnamed", () => {
    const x = extractArticle("date 2016-03-09\nTwo Ethiopian military jets were shot down near Zalambessa, Eritrea said.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toHaveLength(0);
  });
});

describe("a claimed attack or place as the object of 'claimed'", () => {
  it("reads attacks a group claimed on a state's positions as its fight", () => {
    const x = extractArticle("date 2021-06-14\nThe Ogaden Liberation Front (OLF) has claimed almost weekly attacks on Ethiopian positions near Degehabur.");
    expect(opposes(x, "Ogaden Liberation Front", "Ethiopia")).toBe(true);
  });
  it("reads a town claimed after fighting against a state's units as a fight with that state", () => {
    const x = extractArticle("date 2021-06-14\nThe Kaleb Brigade (KB) claimed the town after weeks of fighting against Eritrean units.");
    expect(opposes(x, "Kaleb Brigade", "Eritrea")).toBe(true);
  });
  it("still reads what follows 'claimed' as speech when a verb follows the noun", () => {
    const x = extractArticle("date 2021-06-14\nThe Kaleb Brigade (KB) claimed the attacks were staged by Eritrean agents.");
    expect(opposes(x, "Kaleb Brigade", "Eritrea")).toBe(false);
  });
});
