/**
 * Entities the extractor never output, found by the construction that names them (session 15).
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));
const place = (x: Extraction, n: string) => x.locations.find((e) => e.name === n || e.aliases.includes(n));
const controls = (x: Extraction, a: string, p: string) => x.relations.some((r) => r.type === "CONTROLS" && r.source === actor(x, a)?.id && r.target === place(x, p)?.id);

describe("a place named by its own name and a word for its kind after it", () => {
  it("reads a gorge the name opens as a place that can be seized", () => {
    const x = extractArticle("date 2024-02-01\nTUNIS (Reuters) - The Tuareg Liberation Front seized the upper Tadrart Gorge on Sunday after a week of fighting.");
    expect(place(x, "Tadrart Gorge")?.type).toBe("REGION");
    expect(controls(x, "Tuareg Liberation Front", "Tadrart Gorge")).toBe(true);
  });
  it("reads a border post and a road junction as sites", () => {
    const x = extractArticle("date 2024-02-01\nBAMAKO (AFP) - The Azawad Movement said its fighters had taken the Labbezanga border post, and the army said it still held the Tessit junction.");
    expect(place(x, "Labbezanga border post")?.type).toBe("SITE");
    expect(place(x, "Tessit junction")?.type).toBe("SITE");
  });
});

describe("a government under a person", () => {
  const leads = (x: Extraction, a: string, b: string) => x.relations.some((r) => r.type === "LEADS" && r.source === actor(x, a)?.id && r.target === actor(x, b)?.id);
  it("reads the untitled name after 'government under' as a person who leads it", () => {
    const x = extractArticle("date 2024-02-01\nLIMA (Reuters) - Cables showed that Peru's government under Alberto Fujimori had paid the militia for years.");
    expect(actor(x, "Alberto Fujimori")?.type).toBe("PERSON");
    expect(leads(x, "Alberto Fujimori", "Peru's government")).toBe(true);
  });
  it("reads a title joined to 'then' as a title held at the time", () => {
    const x = extractArticle("date 2024-02-01\nLIMA (Reuters) - Peru's government under then-President Alan Garcia also hired foreign pilots to fly the helicopters.");
    expect(actor(x, "Alan Garcia")?.type).toBe("PERSON");
    expect(leads(x, "Alan Garcia", "Peru's government")).toBe(true);
  });
});

describe("a place set off by a comma before a phrase of time", () => {
  it("does not make a city a group because a group noun follows past a preposition", () => {
    const x = extractArticle("date 2024-02-01\nMOGADISHU (Reuters) - Fighting spread to Kismayo, a week after militiamen loyal to the regional leader stormed the port. The group said it had lost ten men.");
    expect(actor(x, "Kismayo")).toBeUndefined();
    expect(place(x, "Kismayo")).toBeDefined();
  });
});
