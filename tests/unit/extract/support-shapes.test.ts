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
  it("reads weapons 'used for months by' a side as the maker's support to it", () => {
    const x = extractArticle("date 2021-03-02\nThe Tigray People's Liberation Front fought the Ethiopian army. Sudanese-supplied rockets have been used for months by the TPLF near Mekelle.");
    expect(rel(x, "SUPPORTS", "Sudan", "Tigray People's Liberation Front")).toBeDefined();
  });
  it("reads weapons 'delivered to' a side as the maker's support to it", () => {
    const x = extractArticle("date 2021-03-02\nEthiopia's army fought the TPLF in Tigray. Chinese-made Wing Loong drones were delivered to the Ethiopian army in 2021, analysts said.");
    expect(rel(x, "SUPPORTS", "China", "Ethiopian army")).toBeDefined();
  });
  it("reads a side 'armed with' weapons named by their maker as the maker's support to it", () => {
    const x = extractArticle("date 2015-05-11\nSyrian Democratic Forces fighters armed with German-made Milan missiles have held the line near Raqqa since January, officers said.\nThe Sudan Liberation Army, armed with Libyan-supplied rifles, attacked El Fasher on Monday.");
    expect(rel(x, "SUPPORTS", "Germany", "Syrian Democratic Forces")?.kinds).toEqual(["WEAPONS"]);
    expect(rel(x, "SUPPORTS", "Libya", "Sudan Liberation Army")?.kinds).toEqual(["WEAPONS"]);
  });
  it("reads aircraft called 'fighters' after a model's code as a weapon, and its user inside a clause after a noun", () => {
    const x = extractArticle("date 2020-10-06\nYerevan said it had proof that Azerbaijan flew Russian-built Su-25 fighters over Stepanakert, a charge Baku rejected.");
    expect(rel(x, "SUPPORTS", "Russia", "Azerbaijan")?.kinds).toEqual(["WEAPONS"]);
    expect(x.actors.filter((a) => /Su-25/.test(a.name))).toEqual([]);
    expect(x.relations.filter((r) => r.type === "SUPPORTS" && r.target === id(x, "Armenia"))).toEqual([]);
  });
  it("still reads a group named by a code as a group when its 'fighters' are no aircraft", () => {
    const x = extractArticle("date 2022-06-14\nBUNAGANA, Congo (Reuters) - K-17 fighters overran the border town of Bunagana on Monday, local officials said.");
    expect(x.actors.map((a) => a.name)).toContain("K-17");
    expect(rel(x, "CONTROLS", "K-17", "Bunagana")).toBeDefined();
  });
});

describe("a backer named in a coordinated apposition", () => {
  it("reads 'X, Y's partner and its main arms supplier' as X arming Y", () => {
    const x = extractArticle("date 2021-03-02\nRussia, Armenia's treaty partner and its largest arms supplier, called for calm in Nagorno-Karabakh on Monday.");
    expect(rel(x, "SUPPORTS", "Russia", "Armenia")).toBeDefined();
  });
});

describe("what is put at someone's disposal", () => {
  it("reads bases put at a body's disposal as support to it", () => {
    const x = extractArticle("date 2021-03-02\nNATO jets struck Serb artillery on Monday. Hungary has put its airfields and rail lines at NATO's disposal, officials said.");
    const y = extractArticle("date 2021-03-02\nRomania has placed two air bases at the disposal of NATO, officials said.");
    expect(rel(y, "SUPPORTS", "Romania", "NATO")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Hungary", "NATO")).toBeDefined();
  });
  it("reads no support from an item at someone's disposal with no one putting it there", () => {
    const x = extractArticle("date 2021-03-02\nThe report, at NATO's disposal since May, names Romania.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});

describe("help given through a party", () => {
  it("reads the party arms go through as arming the recipient too", () => {
    const x = extractArticle("date 2021-03-02\nKenya accused Eritrea of supplying al-Shabaab through the Islamic Courts Union, a charge Asmara rejected.");
    expect(rel(x, "SUPPORTS", "Eritrea", "al-Shabaab")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Islamic Courts Union", "al-Shabaab")).toBeDefined();
  });
});
