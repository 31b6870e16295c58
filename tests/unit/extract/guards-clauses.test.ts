/**
 * Guards against false positives read from how clauses are put together: a noun listed after an object, a
 * supposition, a participle after a comma, "clash over", "only moral support". Texts written for these tests as wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("a list of things sent after the accused", () => {
  it("gives the weapons listed after 'sending troops and' to the accused, not the accuser", () => {
    const x = extractArticle("date 2019-04-02\nThe Kenyan government has accused Tanzania of sending troops and weapons to the Lake Front rebels.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS" && r.source === "gov:KEN")).toEqual([]);
    expect(x.relations.some((r) => r.type === "SUPPORTS" && r.source === "state:TZA")).toBe(true);
  });
});

describe("an attack supposed", () => {
  it("reads 'if they were to attack' as no attack", () => {
    const x = extractArticle("date 2019-04-02\n\"It would be a grave mistake for the Ugandan government if they were to attack Kenya,\" the minister said.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toEqual([]);
  });
  it("still reads an attack made", () => {
    const x = extractArticle("date 2019-04-02\nThe Ugandan government attacked Kenya on Monday, the minister said.");
    expect(x.relations.some((r) => r.type === "OPPOSES" && r.target === "state:KEN")).toBe(true);
  });
});

describe("a pronoun after ', and'", () => {
  it("goes on from the sentence's unnamed subject, not from the last country named", () => {
    const x = extractArticle("date 2019-04-02\nThe group has sent hundreds of fighters to shore up governments in Mali and Chad, and it has fought alongside forces loyal to the warlord Samuel Odera in Sudan.");
    expect(x.relations.filter((r) => r.source === "state:TCD" || r.source === "state:MLI")).toEqual([]);
  });
  it("goes on from the sentence's named subject", () => {
    const x = extractArticle("date 2019-04-02\nThe Lake Front has sent hundreds of fighters to Mali and Chad, and it has fought alongside the Chadian army.");
    expect(x.relations.some((r) => r.type === "SUPPORTS" && r.source === id(x, "Lake Front"))).toBe(true);
    expect(x.relations.filter((r) => r.source === "state:TCD" && r.target === "army:TCD")).toEqual([]);
  });
});

describe("a demonym before a people's name and a noun for opponents", () => {
  it("says where the opponents are from, not that the state is attacked", () => {
    const x = extractArticle("date 2019-04-02\nTurkish drones struck the camps of Iranian Kurdish opposition groups in northern Iraq on Sunday.");
    expect(x.relations.filter((r) => r.target === "state:IRN")).toEqual([]);
  });
  it("still reads the state named by its demonym where it acts", () => {
    const x = extractArticle("date 2019-04-02\nIranian drones struck the camps of the Kurdistan Freedom Front (KFF) in northern Iraq on Sunday.");
    expect(x.relations.some((r) => r.type === "OPPOSES" && r.source === "state:IRN")).toBe(true);
  });
});

describe("a participle after the object of a verb", () => {
  it("does not make the side attacked the killer", () => {
    const x = extractArticle("date 2019-04-02\nOn Monday, unidentified gunmen ambushed a Kenyan army convoy near the town of Lamu, killing Sergeant Peter Wanjala.");
    expect(x.relations.filter((r) => r.type === "OPPOSES" && r.target === id(x, "Peter Wanjala"))).toEqual([]);
  });
  it("gives the killing of a person to no one: a person killed is a victim, not a side (session 18)", () => {
    const x = extractArticle("date 2019-04-02\nOn Monday, al-Shabaab fighters ambushed a Kenyan army convoy near the town of Lamu, killing Sergeant Peter Wanjala.");
    expect(rel(x, "OPPOSES", "al-Shabaab", "Peter Wanjala")).toBeUndefined();
  });
});

describe("sides that clash over something", () => {
  it("reads a dispute, not a fight", () => {
    const x = extractArticle("date 2019-04-02\nKenya and Tanzania have repeatedly clashed over tariffs on maize and the use of a shared port.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toEqual([]);
  });
  it("still reads sides that clash with each other", () => {
    const x = extractArticle("date 2019-04-02\nKenyan troops clashed with Tanzanian soldiers near the border on Sunday.");
    expect(x.relations.some((r) => r.type === "OPPOSES")).toBe(true);
  });
});

describe("help said to be only in words", () => {
  it("reads 'only moral and diplomatic support' as a denial of support", () => {
    const x = extractArticle("date 2019-04-02\nKenya rejects the charge and says it gives only moral and diplomatic support to the Lake Front rebels.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
  it("still reads support given", () => {
    const x = extractArticle("date 2019-04-02\nKenya gives military and diplomatic support to the Lake Front rebels.");
    expect(x.relations.some((r) => r.type === "SUPPORTS" && r.source === "state:KEN")).toBe(true);
  });
});
