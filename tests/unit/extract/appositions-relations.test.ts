/**
 * Relations carried by an apposition or a relative clause: the clause's subject is the name the apposition or
 * the relative pronoun describes. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const has = (x: Extraction, type: string, source: string, target: string) => x.relations.some((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const story = "date 2024-03-11\nBENGHAZI (AFP) - Fighting flared again south of the city on Monday.";

describe("companions right after a relative pronoun", () => {
  it("act with the antecedent inside the clause", () => {
    const x = extractArticle(`${story} Qatar, which along with Turkey has armed the Free Front since 2015, denied the report.`);
    expect(has(x, "SUPPORTS", "Qatar", "Free Front")).toBe(true);
    expect(has(x, "SUPPORTS", "Turkey", "Free Front")).toBe(true);
  });
  it("do not act in the main clause after it", () => {
    const x = extractArticle(`${story} Qatar, which together with Turkey has armed the Free Front, has also turned to Sudan for oil.`);
    expect(has(x, "SUPPORTS", "Qatar", "Free Front")).toBe(true);
    expect(x.relations.some((r) => r.source === id(x, "Sudan") && r.target === id(x, "Turkey"))).toBe(false);
  });
});

describe("a participle after an apposition's describing words", () => {
  it("past a hyphened describing word, is about the name the apposition describes", () => {
    const x = extractArticle(`${story} The Free Front, a Salafist-dominated militia headed by Omar Dassi, seized the town of Zawiya.`);
    expect(has(x, "LEADS", "Omar Dassi", "Free Front")).toBe(true);
    const y = extractArticle(`${story} The Free Front, an Islamist-leaning force backed by Turkey, seized the town of Zawiya.`);
    expect(has(y, "SUPPORTS", "Turkey", "Free Front")).toBe(true);
  });
  it("past a participle phrase joined to it by 'and'", () => {
    const x = extractArticle(`${story} The Free Front, a force recruited among the Tebu and commanded by Omar Dassi, seized the town of Zawiya.`);
    expect(has(x, "LEADS", "Omar Dassi", "Free Front")).toBe(true);
    const y = extractArticle(`${story} The Free Front, a force of deserters and local men raised in the south and armed by Turkey, seized the town of Zawiya.`);
    expect(has(y, "SUPPORTS", "Turkey", "Free Front")).toBe(true);
  });
});
