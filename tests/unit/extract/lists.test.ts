/**
 * Lists read as one group: every party of a coordinated list gets the relation its verb says.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || ((type === "OPPOSES" || type === "ALLIED_WITH") && r.source === id(x, target) && r.target === id(x, source))));

describe("members of a list with words of their own", () => {
  it("reads an owner, an acronym, a head noun and a common noun's possessive inside the list", () => {
    const x = extractArticle(
      "date 2021-03-04\nSome 3,000 men of the Border Security Force (BSF), its elite RAF (Rapid Action Force) unit, the Home Guard and the region's Armed Police Battalion (APB) jointly attacked camps of the Revolutionary Liberation Army (RLA) on Tuesday.",
    );
    for (const party of ["Border Security Force", "Rapid Action Force", "Home Guard", "Armed Police Battalion"]) expect(rel(x, "OPPOSES", party, "Revolutionary Liberation Army"), party).toBeDefined();
  });
  it("does not read an owner's apposed body as a second party of the list", () => {
    const x = extractArticle("date 2021-03-04\nThe army has been fighting the Liberation Front and its armed wing, the People's Defence Brigades (PDB), in the hills.");
    expect(rel(x, "ALLIED_WITH", "Liberation Front", "People's Defence Brigades")).toBeUndefined();
  });
});

describe("a member named after a noun saying what it is", () => {
  it("keeps 'the Karen faction Free Karen Army' in the list", () => {
    const x = extractArticle("date 2021-03-04\nOther members of the Northern Alliance include the Democratic Union Party and the Karen faction Free Karen Army.");
    expect(rel(x, "MEMBER_OF", "Democratic Union Party", "Northern Alliance")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Free Karen Army", "Northern Alliance")).toBeDefined();
  });
});

describe("a member described by an adverb and an adjective", () => {
  it("keeps 'the now largely dormant' member in the list", () => {
    const x = extractArticle("date 2021-03-04\nThe Tatmadaw fought the Karen National Union (KNU) and the now largely dormant Shan State Army (SSA) in the 1990s.");
    expect(rel(x, "OPPOSES", "Tatmadaw", "Karen National Union")).toBeDefined();
    expect(rel(x, "OPPOSES", "Tatmadaw", "Shan State Army")).toBeDefined();
  });
});

describe("a list closed by 'and other …'", () => {
  it("gives every listed country the support, though no 'and' stands between two names", () => {
    const x = extractArticle("date 2021-03-04\nThe Somali army relies on armoured vehicles from Turkey, Qatar, Egypt and other partners of Mogadishu.");
    for (const donor of ["Turkey", "Qatar", "Egypt"]) expect(rel(x, "SUPPORTS", donor, "Somali army"), donor).toBeDefined();
  });
  it("makes the listed countries members of the body after 'and other members of'", () => {
    const x = extractArticle("date 2021-03-04\nThe exercise drew warships from Spain, Italy, Greece and other members of the European Union.");
    for (const member of ["Spain", "Italy", "Greece"]) expect(rel(x, "MEMBER_OF", member, "European Union"), member).toBeDefined();
  });
});

describe("companions set off by commas right before the verb", () => {
  it("gives the parties 'alongside' the subject its verb's relation, after a first verb of the same subject", () => {
    const x = extractArticle("date 2021-03-04\nKenyan troops moved up the coast and, alongside soldiers from Ethiopia and Djibouti, helped Somali forces retake the port of Kismayo.");
    for (const helper of ["Kenya", "Ethiopia", "Djibouti"]) expect(rel(x, "SUPPORTS", helper, "Somalia"), helper).toBeDefined();
  });
  it("reads 'together with' there too", () => {
    const x = extractArticle("date 2021-03-04\nThe Sudanese army shelled the town and, together with Darfuri militiamen of the Joint Force, pushed the RSF out of its last positions.");
    expect(rel(x, "OPPOSES", "Joint Force", "RSF")).toBeDefined();
  });
});

describe("a coordinated subject said to be allied", () => {
  it("makes the parties of 'X and Y remain closely aligned' allies of each other", () => {
    const x = extractArticle("date 2021-03-04\nThe RSF and the Misseriya militia remain tightly aligned, according to the panel of experts.");
    expect(rel(x, "ALLIED_WITH", "RSF", "Misseriya")).toBeDefined();
  });
  it("reads 'are allied' the same way", () => {
    const x = extractArticle("date 2021-03-04\nThe Karen National Union and the Chin National Front are allied, rebel officials said.");
    expect(rel(x, "ALLIED_WITH", "Karen National Union", "Chin National Front")).toBeDefined();
  });
});

describe("the states a body's troops come from", () => {
  it("makes every state listed after 'whose troops come from … including' a member", () => {
    const x = extractArticle("date 2021-03-04\nThe Southern African mission (SAMIDRC), whose troops come from three countries including Malawi, Tanzania and South Africa, withdrew from Goma.");
    for (const state of ["Malawi", "Tanzania", "South Africa"]) expect(rel(x, "MEMBER_OF", state, "SAMIDRC"), state).toBeDefined();
  });
  it("reads 'whose soldiers are drawn from' the same way", () => {
    const x = extractArticle("date 2021-03-04\nThe Multinational Joint Task Force, whose soldiers are drawn from Chad, Niger and Benin, has retaken the island.");
    for (const state of ["Chad", "Niger", "Benin"]) expect(rel(x, "MEMBER_OF", state, "Multinational Joint Task Force"), state).toBeDefined();
  });
});

describe("a second giver after 'and … from'", () => {
  it("reads the giver after a coordinated 'from', past an aside in commas", () => {
    const x = extractArticle("date 2021-03-04\nThe West Nile Bank Front obtained rifles and ammunition from traders along the border and, according to diplomats, from elements of the Sudanese army during the 1990s.");
    expect(rel(x, "SUPPORTS", "Sudanese army", "West Nile Bank Front")).toBeDefined();
  });
});
