/**
 * Actors the span finder and the knowledge pass used to miss or cut: long names an acronym in
 * brackets closes, and names only their context says are parties or people.
 * The texts are written for these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("actors whose names the span finder cuts", () => {
  it("takes a bracketed acronym's whole name when its head comes inside it and the first letters agree", () => {
    const x = extractArticle("date 2024-02-01\nMalawi has pledged 400 soldiers to the Southern African Peacekeeping and Reconstruction Mission in Mozambique (SAPREMIM), officials said.");
    expect(id(x, "Southern African Peacekeeping and Reconstruction Mission in Mozambique")).toBeDefined();
    expect(id(x, "SAPREMIM")).toBe(id(x, "Southern African Peacekeeping and Reconstruction Mission in Mozambique"));
    expect(x.actors.find((a) => a.name === "Reconstruction Mission in Mozambique")).toBeUndefined();
  });
  it("keeps a quoted name whole across a lower-case 'at', 'in' or 'on'", () => {
    const x = extractArticle('date 2024-02-01\nA group of officers calling itself "Salvation in Unity Committee" said on state radio that it had dissolved parliament.');
    expect(id(x, "Salvation in Unity Committee")).toBeDefined();
    expect(x.actors.find((a) => a.name === "Unity Committee")).toBeUndefined();
  });
});

describe("people named without a title", () => {
  it("reads the name after a group's bracketed acronym and 'of' as the person whose group it is", () => {
    const x = extractArticle("date 2024-02-01\nTroops clashed on Monday with fighters of the Patriotic Front for Renewal (FPR) of Moussa Kadangha near the border, residents said.");
    expect(x.actors.find((a) => a.name === "Moussa Kadangha")?.type).toBe("PERSON");
  });
});
