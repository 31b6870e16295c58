/**
 * Alliances whose one side is named only by a reference: a possessive opening the sentence after a phrase that opened
 * the last one, and a pronoun a preposition governs (never the subject of its own clause).
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const allied = (x: Extraction, a: string, b: string) => x.relations.some((r) => r.type === "ALLIED_WITH" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("fighting at the side of a party", () => {
  it("makes allies of the side and the party an opening 'Its fighters' continues, past a phrase opening the last sentence", () => {
    const x = extractArticle("date 2024-05-02\nNIAMEY, May 2 (AFP) - Founded in 2019 by defectors from the Sahel Liberation Front, the Azawad Defence Movement has set up rear bases near Kidal. Its fighters fought at the side of the Gao Patriotic Front last year, according to U.N. experts.");
    expect(allied(x, "Azawad Defence Movement", "Gao Patriotic Front")).toBe(true);
  });
});

describe("a pronoun a preposition governs", () => {
  it("is never the subject of its own clause: 'X fighters are fighting alongside them'", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - The Rift Valley Movement has accused Kenya of sending weapons to the Lake Brigades, and says Eastern Front fighters are fighting alongside them.");
    expect(allied(x, "Eastern Front", "Lake Brigades")).toBe(true);
    expect(allied(x, "Rift Valley Movement", "Eastern Front")).toBe(false);
  });
});
