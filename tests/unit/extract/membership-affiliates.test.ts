/**
 * MEMBER_OF from how wire copy ties a body to the one it belongs to (session 15, second round): relative clauses
 * opened by "to which"; affiliates ("affiliated to", "an extension of"). The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a body a relative clause opened by 'to which' is about", () => {
  it("reads 'the alliance to which X belongs' and 'Y, to which X had pledged allegiance' as membership", () => {
    const x = extractArticle("date 2022-06-09\nBAMAKO, June 9 (Reuters) - A spokesman for the Northern Patriotic Coalition (NPC), the armed alliance to which the Tuareg Liberation Movement belongs, denied the report on Thursday. In 2019 al-Qaeda, to which the Macina Liberation Front had sworn allegiance two years before, claimed the raid on Sevare.");
    expect(rel(x, "MEMBER_OF", "Tuareg Liberation Movement", "Northern Patriotic Coalition")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Macina Liberation Front", "al-Qaeda")).toBeDefined();
  });
  it("makes no member of a party a clause with 'to which' says nothing of belonging about", () => {
    const x = extractArticle("date 2022-06-09\nThe Northern Patriotic Coalition, to which the Tuareg Liberation Movement sent a letter, rejected the deal.");
    expect(x.relations.some((r) => r.type === "MEMBER_OF")).toBe(false);
  });
});

describe("a body affiliated to another, or regarded as an extension of it", () => {
  it("reads 'X (ACR), affiliated to Y' and 'X is affiliated with Y' as membership, not alliance", () => {
    const x = extractArticle("date 2022-06-09\nNIAMEY, June 9 (AFP) - Soldiers clashed with the army while the Sahara Jihad Front (SJF), affiliated to the Islamic State group, raided Tillia. The Macina Liberation Front is affiliated with al-Qaeda, officials said.");
    expect(rel(x, "MEMBER_OF", "SJF", "Islamic State")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Macina Liberation Front", "al-Qaeda")).toBeDefined();
    expect(x.relations.some((r) => r.type === "ALLIED_WITH")).toBe(false);
  });
  it("reads 'considers X a … and an extension of Y' and 'regards X as an extension of Y' as membership", () => {
    const x = extractArticle("date 2022-06-09\nBaghdad considers the Sinjar Resistance Units a militia and an extension of the Mountain Partisan Front (MPF). Tehran regards the Baloch Liberation Front as an extension of the Jundallah movement.");
    expect(rel(x, "MEMBER_OF", "Sinjar Resistance Units", "Mountain Partisan Front")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Baloch Liberation Front", "Jundallah")).toBeDefined();
  });
});

describe("a unit of a state's army, or a force a state's ministry runs", () => {
  it("reads 'X, a <people> unit of the <demonym> army' as the state's, not a member of a party named by the people", () => {
    const x = extractArticle("date 2022-06-09\nWitnesses saw fighters of the Zapad battalion, an Ossetian unit of the Russian army, near the checkpoint.");
    expect(rel(x, "MEMBER_OF", "Zapad battalion", "Russia")).toBeDefined();
    expect(x.relations.some((r) => r.type === "MEMBER_OF" && r.target !== id(x, "Russia"))).toBe(false);
  });
  it("reads 'X, a force run by <state>'s defence ministry' as the state's", () => {
    const x = extractArticle("date 2022-06-09\nTrainers from the Sahel Legion, a force run by Turkey's defence ministry that replaced private contractors, reached Gao in May, officials said.");
    expect(rel(x, "MEMBER_OF", "Sahel Legion", "Turkey")).toBeDefined();
  });
});

describe("offices of a body held by a person", () => {
  it("reads 'The chief mediator of <body>, X' and 'X, deputy chief of <state>'s General Staff' as membership", () => {
    const x = extractArticle("date 2022-06-09\nThe chief mediator of SADC, Amina Wekesa, urged both sides to talk. Lieutenant-General Pavel Dorin, deputy chief of Ukraine's General Staff, said the pullback had ended.");
    expect(rel(x, "MEMBER_OF", "Amina Wekesa", "SADC")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Lieutenant-General Pavel Dorin", "Ukraine") ?? rel(x, "MEMBER_OF", "Pavel Dorin", "Ukraine")).toBeDefined();
  });
  it("makes the chief of a state's General Staff no head of the state", () => {
    const x = extractArticle("date 2022-06-09\nGeneral Omar Kadi, chief of Chad's General Staff, visited the front.");
    expect(x.relations.some((r) => r.type === "LEADS")).toBe(false);
    expect(rel(x, "MEMBER_OF", "Omar Kadi", "Chad") ?? rel(x, "MEMBER_OF", "General Omar Kadi", "Chad")).toBeDefined();
  });
});
