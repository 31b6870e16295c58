/**
 * Whom a clause is about, read from the shapes wire copy gives it. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a relative clause after an apposition's 'of' phrase", () => {
  it("is about the name the apposition describes, not the one after 'of'", () => {
    const x = extractArticle("date 2021-03-02\nOfficials said Iran had armed Kataib Sayyid al-Shuhada, the armed wing of the Badr Organisation, which has been fighting Islamic State in Iraq since 2014.");
    expect(rel(x, "OPPOSES", "Kataib Sayyid al-Shuhada", "Islamic State")).toBeDefined();
    expect(rel(x, "OPPOSES", "Badr Organisation", "Islamic State")).toBeUndefined();
  });
});

describe("clauses joined by commas", () => {
  it("gives a verb the party named right before it after the comma, not the first clause's subject", () => {
    const x = extractArticle("date 2021-03-02\nThe SPLA fought alongside Ugandan troops near Torit, the Sudanese government shipped arms to the LRA, and the fighting spread west.");
    expect(rel(x, "SUPPORTS", "Government of Sudan", "LRA")).toBeDefined();
    expect(rel(x, "SUPPORTS", "SPLA", "LRA")).toBeUndefined();
  });
});
