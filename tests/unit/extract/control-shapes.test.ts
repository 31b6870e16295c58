/**
 * Control read from the shapes wire copy gives it: whose hands a place is in, a place named after the
 * head noun a hyphened holder describes, the place a passive's subject lies near. The texts are written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a place in someone's hands", () => {
  it("reads a demonym's hands as its state holding the place", () => {
    const x = extractArticle("date 2021-03-02\nIslamic State fighters attacked Iraqi troops overnight. Mosul has been in Iraqi hands since July 2017, officials said.");
    expect(rel(x, "CONTROLS", "Iraq", "Mosul")).toBeDefined();
  });
  it("reads 'in government hands' as the home government holding the place", () => {
    const x = extractArticle("date 2021-03-02\nMAPUTO (Reuters) - The Mozambican government has fought insurgents in Mozambique for four years. The town of Palma, which remains in government hands, was shelled on Monday.");
    expect(rel(x, "CONTROLS", "Government of Mozambique", "Palma")).toBeDefined();
  });
  it("reads 'in the hands of' a named party", () => {
    const x = extractArticle("date 2021-03-02\nAl-Shabaab fighters attacked Kenyan troops on Sunday. Lamu is now in the hands of al-Shabaab, residents said.");
    expect(rel(x, "CONTROLS", "Al-Shabaab", "Lamu")).toBeDefined();
  });
  it("reads no control from hands shaken", () => {
    const x = extractArticle("date 2021-03-02\nIraqi officers shook hands with Turkish officers in Mosul on Monday.");
    expect(x.relations.filter((r) => r.type === "CONTROLS")).toEqual([]);
  });
});

describe("the place a holder's hyphened participle describes", () => {
  it("reads the place named after 'port of' as the one held", () => {
    const x = extractArticle("date 2021-03-02\nM23 fighters attacked Congolese troops on Sunday. Drones struck the M23-held Lake Kivu port of Goma overnight.");
    expect(rel(x, "CONTROLS", "M23", "Goma")).toBeDefined();
  });
});

describe("a passive's subject near another place", () => {
  it("reads the place before 'near' as the one controlled, not the place it is near", () => {
    const x = extractArticle("date 2021-03-02\nAl-Shabaab fighters attacked Kenyan troops on Sunday. The Kilo gold mine near Bunia has been controlled by al-Shabaab since 2019.");
    expect(rel(x, "CONTROLS", "Al-Shabaab", "Bunia")).toBeUndefined();
    expect(rel(x, "CONTROLS", "Al-Shabaab", "Kilo gold mine")).toBeDefined();
  });
});
