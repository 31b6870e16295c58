/**
 * Guards against false positives (third set): a relation read of the wrong party or from a
 * sentence that states none. The texts are written for these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("a clause opened by ', whose'", () => {
  it("gives the verb of 'X, whose instructors trained Y' to X", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front bought its first rifles from Egypt, whose instructors later trained the rebels of the Southern People's Army.");
    expect(rel(x, "SUPPORTS", "Egypt", "Southern People's Army")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Northern Liberation Front", "Southern People's Army")).toBeUndefined();
  });
  it("keeps a party named inside the clause as its own subject", () => {
    const x = extractArticle("date 2019-04-02\nThe rebels are backed by Egypt, whose president Ahmed Salem has armed the Southern People's Army for years.");
    expect(rel(x, "SUPPORTS", "Ahmed Salem", "Southern People's Army")).toBeDefined();
  });
});

describe("a possessive after 'X to VERB'", () => {
  it("gives 'its' to the one bidden to act, not to the sentence's subject", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front says its raids are meant to force Kenya to halt its offensive against the Southern People's Army.");
    expect(rel(x, "OPPOSES", "Kenya", "Southern People's Army")).toBeDefined();
    expect(rel(x, "OPPOSES", "Northern Liberation Front", "Southern People's Army")).toBeUndefined();
  });
  it("still gives 'its' to the subject when no one is bidden", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front moved to widen its offensive against the Southern People's Army.");
    expect(rel(x, "OPPOSES", "Northern Liberation Front", "Southern People's Army")).toBeDefined();
  });
});

describe("a body's name with 'General' in it", () => {
  it("makes no person of 'the General Staff' or 'the Directorate General of Security'", () => {
    const x = extractArticle("date 2019-04-02\nCommandos fought the mutineers outside the General Staff building, while officers of the Directorate General of Security guarded the ministry.");
    expect(x.actors.filter((a) => a.type === "PERSON")).toEqual([]);
  });
  it("still makes a person of a general named by surname", () => {
    const x = extractArticle("date 2019-04-02\nGeneral Okello said his troops had retaken the town.");
    expect(x.actors.some((a) => a.type === "PERSON" && a.name === "Okello")).toBe(true);
  });
});

describe("people counted as members", () => {
  it("makes no party a member of another from '40 were members of X and 12 were members of Y'", () => {
    const x = extractArticle("date 2019-04-02\nPolice said 40 of the detainees were members of the Red Brotherhood gang and 12 were members of the Southern People's Army.");
    expect(x.relations.filter((r) => r.type === "MEMBER_OF")).toEqual([]);
  });
  it("still makes a named party a member", () => {
    const x = extractArticle("date 2019-04-02\nThe Red Brotherhood gang is a member of the Southern Alliance coalition.");
    expect(rel(x, "MEMBER_OF", "Red Brotherhood", "Southern Alliance")).toBeDefined();
  });
});

describe("a party named only after 'in' in a clause with no subject of its own", () => {
  const text = "date 2025-10-29 NAIROBI (Reuters) - Families queued at the city mortuary on Wednesday to identify relatives, a day after the bloodiest police raid in Kenya's history targeted the Red Brotherhood drug gang in two slums.\n\nThe Red Brotherhood (RB) has controlled the slums for decades, police said.";
  it("does not stand in as the subject ('the deadliest operation in Kenya's history targeted …')", () => {
    expect(rel(extractArticle(text), "OPPOSES", "Kenya", "Red Brotherhood")).toBeUndefined();
  });
  it("still lets a party opening the clause act", () => {
    const x = extractArticle("date 2025-10-29\nKenyan police raided the slum on Tuesday. The Red Brotherhood (RB) attacked Kenyan police in Nairobi on Wednesday.");
    expect(x.relations.some((r) => r.type === "OPPOSES" && r.source === id(x, "Red Brotherhood"))).toBe(true);
  });
});

describe("what a pledged thing is to do", () => {
  it("reads no fight from 'pledged to set up a joint force to fight X'", () => {
    const x = extractArticle("date 2019-04-02\nKenya and Tanzania have pledged to set up a joint force to fight the Red Brotherhood militia.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toEqual([]);
  });
  it("still reads the pledge itself ('vowed to fight X')", () => {
    const x = extractArticle("date 2019-04-02\nKenya has vowed to fight the Red Brotherhood militia.");
    expect(rel(x, "OPPOSES", "Kenya", "Red Brotherhood")).toBeDefined();
  });
});

describe("help given to a thing a participle describes", () => {
  it("reads no backing of the subject from 'a truce brokered with the help of X'", () => {
    const x = extractArticle("date 2019-04-02\nThe Red Brotherhood militia said it would hand in its rifles next week under a truce negotiated with the help of Kenyan peacekeepers.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
  it("still reads help to the subject ('X took the town with the help of Y')", () => {
    const x = extractArticle("date 2019-04-02\nThe Red Brotherhood militia took the town with the help of Kenyan troops.");
    expect(rel(x, "SUPPORTS", "Kenya", "Red Brotherhood")).toBeDefined();
  });
});

describe("'for' a length of time", () => {
  it("takes no side in 'had been fighting for months against X'", () => {
    const x = extractArticle("date 2019-04-02\nThe Third Corps, commanded by Gen. Amos Kiprono, had been fighting for months against Ogaden Serbs attacking from the west.");
    expect(rel(x, "SUPPORTS", "Third Corps", "Ogaden Serbs")).toBeUndefined();
    expect(rel(x, "OPPOSES", "Third Corps", "Ogaden Serbs")).toBeDefined();
  });
});
