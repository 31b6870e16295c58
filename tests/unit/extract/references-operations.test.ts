/**
 * "the operation", "the offensive": help given to an operation a side was said to launch is help to that side.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("help to an operation launched before", () => {
  it("reads 'provided support for the operation' as support to both states that carried out the strikes", () => {
    const x = extractArticle(
      "date 2023-05-10\nFrance and Italy carried out a wave of naval strikes overnight on militia depots near the port of Misrata. Spain and Greece provided logistical support for the operation, the French defence ministry said.",
    );
    expect(rel(x, "SUPPORTS", "Spain", "France")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Greece", "Italy")).toBeDefined();
  });

  it("reads 'are backing the offensive' as support to the side that launched it, not to the one a later raid came from", () => {
    const x = extractArticle(
      "date 2023-05-10\nNigerian troops launched a major offensive on Tuesday to drive Boko Haram out of the Sambisa forest. The militants had carried out raids on villages near Maiduguri for months. Chad and Cameroon are backing the offensive with artillery, officials in Abuja said.",
    );
    expect(rel(x, "SUPPORTS", "Chad", "Nigeria")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Cameroon", "Nigeria")).toBeDefined();
  });
});
