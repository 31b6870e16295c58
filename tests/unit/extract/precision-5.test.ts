/**
 * Precision guards, fifth round (session 17): a party read where the words name none, or the wrong one.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a people's adjective a group was named by", () => {
  it("is not that group before another noun ('Tigrayan leader X' after 'Tigrayan irregulars')", () => {
    const x = extractArticle("date 2021-05-02\nMEKELLE, Ethiopia (Reuters) - Tigrayan irregulars loyal to Addis Ababa are fighting alongside federal troops near Adigrat, officials said on Sunday. Tigrayan leader Gebre Hailu, head of the regional council, said the offensive had failed.");
    expect(id(x, "Tigrayan irregulars")).toBeDefined();
    expect(x.relations.find((r) => r.type === "LEADS" && r.source === id(x, "Gebre Hailu") && r.target === id(x, "Tigrayan irregulars"))).toBeUndefined();
  });
  it("is not that group, nor a body of the country, in 'Ethiopia's Tigrayan rebellion' or 'Tigrayan positions'", () => {
    const x = extractArticle("date 2021-05-02\nMEKELLE, Ethiopia (Reuters) - Ethiopia's Tigrayan rebellion appeared close to collapse on Sunday. Eritrean artillery, long firing in support of Tigrayan positions, fell silent overnight, diplomats said. Tigrayan irregulars loyal to Addis Ababa are fighting alongside federal troops near Adigrat.");
    expect(id(x, "Tigrayan irregulars")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Eritrea", "Tigrayan irregulars")).toBeUndefined();
    expect(x.actors.find((a) => a.name === "Tigrayan")).toBeUndefined();
  });
});

describe("a state leading a coalition named against a side", () => {
  it("is a member of the coalition, which opposes the side; the state itself is not read as opposing it", () => {
    const x = extractArticle("date 2019-03-11\nNorway and Poland, which keep trainers in the French-led coalition against Boko Haram, said on Monday they would stay.");
    expect(rel(x, "OPPOSES", "French-led coalition", "Boko Haram")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "France", "French-led coalition")).toBeDefined();
    expect(rel(x, "OPPOSES", "France", "Boko Haram")).toBeUndefined();
  });
});
