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

describe("states whose troops serve in a body of states", () => {
  it("reads states that contribute troops to a mission, or keep forces in a coalition, as its members", () => {
    const x = extractArticle("date 2021-03-04\nGhana and Senegal contribute soldiers to the ECOWAS mission, officials said on Thursday. Canada and Norway, which both have special forces in the French-led coalition, declined to comment.");
    expect(rel(x, "MEMBER_OF", "Ghana", "ECOWAS")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Senegal", "ECOWAS")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Canada", "French-led coalition")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Norway", "French-led coalition")).toBeDefined();
  });
  it("makes no member of a state that sends weapons, or troops to an armed group", () => {
    const x = extractArticle("date 2021-03-04\nEgypt supplied rifles to the ECOWAS mission. Iran sent advisers to the Northern Liberation Front.");
    expect(x.relations.some((r) => r.type === "MEMBER_OF")).toBe(false);
  });
});
