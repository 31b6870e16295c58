/**
 * MEMBER_OF from the words wire copy uses for a body's parts and members (session 15): the main part of a
 * coalition ("the backbone of", "a pillar of"). The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("the main part of a body, in apposition or said of the subject", () => {
  it("reads 'X, the backbone of Y' and 'X, long a pillar of Y' as membership", () => {
    const x = extractArticle("date 2021-03-04\nKIDAL, March 4 (AFP) - Government jets struck positions of the Tuareg Liberation Movement (TLM), the backbone of the Northern Patriotic Coalition (NPC), on Wednesday. The raid also hit the Arab Defence League, long a pillar of the Saharan Front, a local official said.");
    expect(rel(x, "MEMBER_OF", "Tuareg Liberation Movement", "Northern Patriotic Coalition")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Arab Defence League", "Saharan Front")).toBeDefined();
  });
  it("reads 'X is the backbone of Y' as membership", () => {
    const x = extractArticle("date 2021-03-04\nThe Tuareg Liberation Movement is the backbone of the Northern Patriotic Coalition, analysts say.");
    expect(rel(x, "MEMBER_OF", "Tuareg Liberation Movement", "Northern Patriotic Coalition")).toBeDefined();
  });
});
