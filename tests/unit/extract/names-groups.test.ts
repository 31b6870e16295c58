/**
 * Armed groups, parties and bodies the extractor missed or took for a place: names known only by
 * the words around them. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));
const related = (x: Extraction, type: string, a: string, b: string) => x.relations.some((r) => r.type === type && r.source === actor(x, a)?.id && r.target === actor(x, b)?.id);

describe("a name that owns what only a party has", () => {
  it("is a party: its political bureau, its forces", () => {
    const x = extractArticle("date 2024-03-01\nMediators in Doha said Sayfal's political bureau had rejected the latest proposal.");
    expect(actor(x, "Sayfal")).toBeDefined();
  });
  it("is the body its president leads", () => {
    const x = extractArticle("date 2024-03-01\nHawdland's forces, under its president Ahmed Kariye, drove the militants out of two villages last week.");
    expect(related(x, "LEADS", "Ahmed Kariye", "Hawdland")).toBe(true);
  });
  it("is no party when the name is a person's the story has named", () => {
    const x = extractArticle("date 2024-03-01\nGeneral Omar Bakri Tahir commands the northern front. Tahir's forces took the town of Kadugli on Sunday.");
    expect(actor(x, "Tahir")?.type).toBe("PERSON");
  });
});

describe("a kind of body before a name", () => {
  it("reads 'society' (a machine-translated 'société') as a body's head, the name after it as that body", () => {
    const x = extractArticle("date 2024-03-01\nThe experts pointed to links between the insurgents and the private security society Borealis, ally of General Amos Kuol, which would have trained some of their fighters.");
    expect(actor(x, "Borealis")?.type).toBe("ORGANIZATION");
  });
});

describe("what a party is a member of", () => {
  it("is a body, though its name ends in no word for one", () => {
    const x = extractArticle("date 2024-03-01\nUganda, a member of the Lakeside Compact, sent two battalions to the border in March.");
    expect(actor(x, "Lakeside Compact")?.type).toBe("ORGANIZATION");
    expect(related(x, "MEMBER_OF", "Uganda", "Lakeside Compact")).toBe(true);
  });
});

describe("a region's government named by a name no gazetteer knows", () => {
  it("is a government of its own before 'regional', led by its president", () => {
    const x = extractArticle("date 2024-03-01\nADDIS ABABA (Reuters) - Ethiopian troops pushed into the hills on Monday. The Warandi regional government, whose president Tesfaye Gobena has backed the federal offensive, accused the militias of kidnapping officials.");
    expect(actor(x, "Government of Warandi")?.type).toBe("GOVERNMENT");
    expect(related(x, "LEADS", "Tesfaye Gobena", "Government of Warandi")).toBe(true);
    expect(related(x, "LEADS", "Tesfaye Gobena", "Ethiopia")).toBe(false);
  });
});

describe("a group's name without its head word", () => {
  it("is the group the story named with it ('the X Front' … 'X')", () => {
    const x = extractArticle("date 2024-03-01\nThe Mirab Front has fought the army in the east since 2019. Diplomats say Sudan supplies Mirab with weapons and fuel.");
    expect(related(x, "SUPPORTS", "Sudan", "Mirab Front")).toBe(true);
    expect(x.actors.filter((e) => e.name === "Mirab")).toHaveLength(0);
  });
  it("is no group when the name alone is a common word", () => {
    const x = extractArticle("date 2024-03-01\nThe Popular Front has fought the army since 2019. Popular anger grew in the capital.");
    expect(x.actors.find((e) => e.name === "Popular Front")?.aliases ?? []).not.toContain("Popular");
  });
});
