/**
 * People named by what they do or are rather than by an office ("the businessman X", "the former policeman X"),
 * and the bodies said to be theirs.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const typeOf = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n))?.type;

describe("a body 'of' a man named by a word for what he does", () => {
  it("is his: 'the gang of the former soldier X', 'the company, of the tycoon X'", () => {
    const x = extractArticle("date 2024-05-02\nPORT MORESBY, May 2 (AFP) - The police said on Thursday that the Red Hill Boys gang of the former soldier Tomas Wakia had burned two villages. The security firm Kestrel Shield, of the tycoon Darren Malloy, has been hired to guard the mine.");
    expect(typeOf(x, "Tomas Wakia")).toBe("PERSON");
    expect(typeOf(x, "Darren Malloy")).toBe("PERSON");
    expect(rel(x, "LEADS", "Tomas Wakia", "Red Hill Boys")).toBeDefined();
    expect(rel(x, "LEADS", "Darren Malloy", "Kestrel Shield")).toBeDefined();
  });

  it("is his past describing words: 'the militia of convicted arms smuggler X'", () => {
    const x = extractArticle("date 2024-05-02\nBANGUI, May 2 (Reuters) - Rebels backed by armed bands such as Kolo's Wolves, the militia of convicted arms smuggler Ivan Doroslav, attacked the town of Bria on Thursday.");
    expect(typeOf(x, "Ivan Doroslav")).toBe("PERSON");
    expect(rel(x, "LEADS", "Ivan Doroslav", "Wolves")).toBeDefined();
  });
});

describe("a full name owning a government", () => {
  it("is a man's, who heads that government: 'X's government', 'X's elected government'", () => {
    const x = extractArticle("date 2024-05-02\nSUVA, May 2 (AFP) - Troops loyal to Ratu Josefa Vunivalu's elected government retook the port on Thursday. Diplomats said Sitiveni Naulu's government had armed the militia.");
    expect(typeOf(x, "Ratu Josefa Vunivalu")).toBe("PERSON");
    expect(typeOf(x, "Sitiveni Naulu")).toBe("PERSON");
  });
});
