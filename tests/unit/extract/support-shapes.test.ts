/**
 * Support read from the shapes wire copy gives it: weapons named by their maker and then said to be
 * used, after a short phrase, by someone or delivered to someone. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("weapons by their maker, used or delivered", () => {
  it("reads weapons 'used with some success by' a side as the maker's support to it", () => {
    const x = extractArticle("date 2021-03-02\nThe Tigray People's Liberation Front fought the Ethiopian army. Sudanese-supplied anti-tank missiles have been used with some success by the TPLF near Mekelle.");
    expect(rel(x, "SUPPORTS", "Sudan", "Tigray People's Liberation Front")).toBeDefined();
  });
  it("reads weapons 'delivered to' a side as the maker's support to it", () => {
    const x = extractArticle("date 2021-03-02\nEthiopia's army fought the TPLF in Tigray. Chinese-made Wing Loong drones were delivered to the Ethiopian army in 2021, analysts said.");
    expect(rel(x, "SUPPORTS", "China", "Ethiopian army")).toBeDefined();
  });
});

describe("a backer named in a coordinated apposition", () => {
  it("reads 'X, Y's partner and its main arms supplier' as X arming Y", () => {
    const x = extractArticle("date 2021-03-02\nRussia, Armenia's treaty partner and its largest arms supplier, called for calm in Nagorno-Karabakh on Monday.");
    expect(rel(x, "SUPPORTS", "Russia", "Armenia")).toBeDefined();
  });
});
