/**
 * References resolved to the right actor or place: "the city" named long before, and the like. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

// (A capital is also an alias of its state: a place is looked up among the places first.)
const id = (x: Extraction, n: string) => [...x.locations, ...x.actors].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

describe("a place named long before", () => {
  it("reads 'the city' far from the last city named as the story's own city, not a city an analyst was quoted in", () => {
    const x = extractArticle(
      "date 2024-03-01\nJUBA, South Sudan (AP) — Rioting spread across Juba for a third day on Thursday. Shops were looted in central Juba and police fired tear gas. Residents of Juba said gunfire was heard overnight. \"The anger has deep roots,\" said Mary Okello, an analyst based in Nairobi. Many residents stayed indoors. Schools were closed. A spokesman said on Friday that the National Police Service had regained full control of the city.",
    );
    expect(rel(x, "CONTROLS", "National Police Service", "Juba")).toBeDefined();
    expect(rel(x, "CONTROLS", "National Police Service", "Nairobi")).toBeUndefined();
  });
});

describe("a bloc of states", () => {
  it("reads 'the regional bloc' as the organisation of states named before, not an armed group", () => {
    const x = extractArticle(
      "date 2024-03-01\nFighters of the Azawad Liberation Front attacked an army post near Kidal on Monday. Leaders of the Economic Community of West African States (ECOWAS) met in Abuja on Tuesday to discuss the crisis. Senegal and Ghana are both members of the regional bloc.",
    );
    expect(rel(x, "MEMBER_OF", "Senegal", "ECOWAS")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Senegal", "Azawad Liberation Front")).toBeUndefined();
  });
});

describe("'accused the group of …'", () => {
  it("reads 'the group' before 'of' and a gerund as a party named before, not the accuser in its own clause", () => {
    const x = extractArticle(
      "date 2024-03-01\nThe Kivu Liberation Army seized two villages near Walikale on Monday, residents said. The Patriotic Resistance Movement accused the group of attacking its positions and vowed to fight back.",
    );
    expect(rel(x, "OPPOSES", "Patriotic Resistance Movement", "Kivu Liberation Army")).toBeDefined();
  });
});

describe("a set of states named a few sentences back", () => {
  it("reads 'both countries' as the two states named three sentences before", () => {
    const x = extractArticle(
      "date 2024-03-01\nBorder guards of Armenia and Georgia exchanged fire on Monday near a disputed pass. Officials said two guards were wounded. The leaders spoke by telephone late on Monday and agreed to a truce. Both countries have long been members of the Collective Security Treaty Organization (CSTO).",
    );
    expect(rel(x, "MEMBER_OF", "Armenia", "Collective Security Treaty Organization")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Georgia", "Collective Security Treaty Organization")).toBeDefined();
  });
});
