/**
 * Alliances read from shapes of wire copy that recur across stories: allies set off by a comma after a list of
 * parties, and parties said to act together.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const allied = (x: Extraction, a: string, b: string) => x.relations.some((r) => r.type === "ALLIED_WITH" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("allies apposed to a list of parties", () => {
  it("are each the possessor's ally, not one another's: 'X and Y, two of Z's oldest allies'", () => {
    const x = extractArticle("date 2024-05-02\nLIMA, May 2 (AFP) - Chile and Peru, two of Spain's oldest allies in the region, said on Thursday they would not attend the summit.");
    expect(allied(x, "Chile", "Spain")).toBe(true);
    expect(allied(x, "Peru", "Spain")).toBe(true);
    expect(allied(x, "Chile", "Peru")).toBe(false);
  });

  it("are one another's where no possessor is named: 'X and Ugandan President Y, allies against Z'", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - South Sudanese President Salva Kiir met envoys in Juba on Thursday. Ties between Kiir and Ugandan President Yoweri Museveni, allies against the Lord's Resistance Army in the 2000s, have cooled this year.");
    expect(allied(x, "Salva Kiir", "Yoweri Museveni")).toBe(true);
    expect(allied(x, "Uganda", "Yoweri Museveni")).toBe(false);
  });
});

describe("parties said to fight together", () => {
  it("are allies: 'X, together with Y, overran …'", () => {
    const x = extractArticle("date 2024-05-02\nABECHE, May 2 (AFP) - Chad, together with the Popular Defence Forces, overran a rebel camp near Ade on Tuesday, the army said.");
    expect(allied(x, "Chad", "Popular Defence Forces")).toBe(true);
  });

  it("are allies: 'X and Y took up arms together'", () => {
    const x = extractArticle("date 2024-05-02\nYANGON, May 2 (Reuters) - The Kachin Independence Army and the Ta'ang National Liberation Army took up arms together in 2011 after a ceasefire collapsed.");
    expect(allied(x, "Kachin Independence Army", "Ta'ang National Liberation Army")).toBe(true);
  });

  it("are not allies for acting together in words: 'X, together with Y, urged …'", () => {
    const x = extractArticle("date 2024-05-02\nGENEVA, May 2 (Reuters) - Norway, together with Switzerland, urged the parties on Tuesday to return to talks.");
    expect(allied(x, "Norway", "Switzerland")).toBe(false);
  });
});

describe("parties attacked together", () => {
  it("are no allies where one is a foreign state beside the home side: 'ambushed Somali and Ethiopian soldiers'", () => {
    const x = extractArticle("date 2024-05-02\nMOGADISHU, May 2 (Reuters) - Somalia's government said on Thursday that al Shabaab fighters had ambushed Somali and Ethiopian soldiers near Baidoa, killing at least ten. Somalia has asked for more help.");
    expect(allied(x, "Somalia", "Ethiopia")).toBe(false);
  });

  it("are allies where both are foreign states: 'ambushed Kenyan and Ugandan soldiers'", () => {
    const x = extractArticle("date 2024-05-02\nMOGADISHU, May 2 (Reuters) - Somalia's government said on Thursday that al Shabaab fighters had ambushed Kenyan and Ugandan soldiers near Baidoa, killing at least ten. Somalia has asked for more help.");
    expect(allied(x, "Kenya", "Uganda")).toBe(true);
  });
});

describe("'X and its (or their) NAME allies'", () => {
  it("allies the named party with X only, past an apposition to X", () => {
    const x = extractArticle("date 2024-05-02\nN'DJAMENA, May 2 (AFP) - Officials said soldiers of FANT, the army of the ruling Patriotic Salvation Movement, and their French allies had repelled the rebel column.");
    expect(allied(x, "FANT", "France")).toBe(true);
    expect(allied(x, "Patriotic Salvation Movement", "France")).toBe(false);
    expect(allied(x, "FANT", "Patriotic Salvation Movement")).toBe(false);
  });

  it("reads no alliance with a body of states the allies belong to: 'Canada and its NATO allies'", () => {
    const x = extractArticle("date 2024-05-02\nKABUL, May 2 (Reuters) - Since Canada and its NATO allies started withdrawing their soldiers, the Taliban have seized dozens of districts.");
    expect(allied(x, "Canada", "NATO")).toBe(false);
  });
});
