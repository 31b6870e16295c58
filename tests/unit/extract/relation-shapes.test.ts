/**
 * Support and opposition read from clause shapes of wire copy: a body's troops as the subject, help that arrives
 * when asked for. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("forces of a body arriving at someone's request", () => {
  it("reads a regional body whose troops arrive when a government asks as helping its government", () => {
    const x = extractArticle("date 2022-01-08\nALMATY (Reuters) - Troops of the Collective Security Treaty Organization (CSTO) began to arrive in Kazakhstan on Saturday at the request of the government of Kazakhstan, officials said.");
    expect(rel(x, "SUPPORTS", "Collective Security Treaty Organization", "Government of Kazakhstan")).toBeDefined();
  });
  it("reads no help where the troops arrive unasked", () => {
    const x = extractArticle("date 2022-01-08\nALMATY (Reuters) - Troops of the Collective Security Treaty Organization (CSTO) began to arrive in Kazakhstan on Saturday, officials said.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});
