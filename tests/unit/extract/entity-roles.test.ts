/**
 * Actors the extractor missed because nothing named them as what they are: people given a role only by
 * the words around them, and the like. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const typeOf = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n))?.type;

describe("a title, 'is' or 'was', then a name", () => {
  it("reads 'whose military commander is X' as the man leading the body before 'whose'", () => {
    const x = extractArticle("date 2024-05-02\nNIAMEY, May 2 (Reuters) - Gunmen of the Patriotic Liberation Front, whose military commander is Mahamoud Ag Rhissa, raided a gendarmerie post near the border on Thursday.");
    expect(typeOf(x, "Mahamoud Ag Rhissa")).toBe("PERSON");
    expect(rel(x, "LEADS", "Mahamoud Ag Rhissa", "Patriotic Liberation Front")).toBeDefined();
  });
  it("reads 'Its military chief was X' after a sentence about the group", () => {
    const x = extractArticle("date 2024-05-02\nBANGUI, May 2 (AFP) - The Democratic Front of the Central African People took up arms again in 2022. Its military chief was Abakar Sabone, a former minister.");
    expect(rel(x, "LEADS", "Abakar Sabone", "Democratic Front of the Central African People")).toBeDefined();
  });
});

describe("a war the story told of, run by two subjects", () => {
  it("does not make the two men who run 'the war' opponents of each other", () => {
    const x = extractArticle("date 2024-05-02\nKAMPALA, May 2 (Reuters) - Rebel leader Joseph Okello Amone and his field commander, Colonel Peter Lokeris, were not at the talks. Exiled members say that Okello Amone and Lokeris run the war without consulting anyone.");
    expect(rel(x, "OPPOSES", "Joseph Okello Amone", "Peter Lokeris") ?? rel(x, "OPPOSES", "Peter Lokeris", "Joseph Okello Amone")).toBeUndefined();
  });
});
