/**
 * People and the bodies they lead or serve, from how wire copy names them: a participle of leading with a
 * time phrase or an adverb before its "by", and the like.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const typeOf = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n))?.type;

describe("a participle of leading, a time phrase, then 'by' and a name", () => {
  it("reads the name as a person who leads the body, past 'since' or 'in' and a year", () => {
    const x = extractArticle("date 2024-05-02\nBAMAKO, May 2 (Reuters) - The Azawad Liberation Front, commanded since 2019 by Moussa Ag Acharatoumane, ambushed an army convoy on Thursday. The Timbuktu Patriotic Movement was founded in March 2012 by Hamadou Ag Khallini.");
    expect(typeOf(x, "Moussa Ag Acharatoumane")).toBe("PERSON");
    expect(rel(x, "LEADS", "Moussa Ag Acharatoumane", "Azawad Liberation Front")).toBeDefined();
    expect(rel(x, "LEADS", "Hamadou Ag Khallini", "Timbuktu Patriotic Movement")).toBeDefined();
  });
  it("reads 'directed by' after a relative pronoun as leading too", () => {
    const x = extractArticle("date 2024-05-02\nNDJAMENA, May 2 (AFP) - The Union of Resistance Forces, which is directed by Timane Erdimi, said it had taken a garrison town.");
    expect(rel(x, "LEADS", "Timane Erdimi", "Union of Resistance Forces")).toBeDefined();
  });
});

describe("an office a pronoun gives an owner", () => {
  it("does not place 'whose president X' in the home country's government when the owner is not a party found", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - Kenyan police said on Thursday that bandits had attacked two villages. The county administration in the north, whose president Halima Dahir Omar has backed the police operation, has asked for more troops.");
    expect(x.relations.some((r) => r.source === id(x, "Halima Dahir Omar") && r.type === "LEADS")).toBe(false);
  });
});

describe("an apposition whose title owns another office", () => {
  it("reads 'X, the AU chairman's special envoy' as a member of the AU, not its head", () => {
    const x = extractArticle("date 2024-05-02\nADDIS ABABA, May 2 (Reuters) - Olusegun Adeyemi, the AU chairman's special envoy for the Horn, met rebel leaders on Thursday.");
    expect(rel(x, "MEMBER_OF", "Olusegun Adeyemi", "AU")).toBeDefined();
    expect(rel(x, "LEADS", "Olusegun Adeyemi", "AU")).toBeUndefined();
  });
});

describe("'by' and a name described before it", () => {
  it("reads a leader named after describing words, and a body described by a count of its members", () => {
    const x = extractArticle("date 2024-05-02\nPRISTINA, May 2 (Reuters) - The OSCE Verification Mission, some 150 unarmed monitors led by Norwegian diplomat Kari Nordstrom, withdrew on Thursday.");
    expect(typeOf(x, "Kari Nordstrom")).toBe("PERSON");
    expect(rel(x, "LEADS", "Kari Nordstrom", "OSCE Verification Mission")).toBeDefined();
  });
  it("reads two participles joined before 'by' as leading", () => {
    const x = extractArticle("date 2024-05-02\nMANILA, May 2 (Reuters) - The NDF, founded and led by Tomas Ruiz, rejected the ceasefire.");
    expect(rel(x, "LEADS", "Tomas Ruiz", "NDF")).toBeDefined();
  });
  it("reads a transliterated acronym with a lower-case letter inside as the name it abbreviates", () => {
    const x = extractArticle("date 2024-05-02\nSRINAGAR, May 2 (Reuters) - Harkat-ul-Mujahideen (HuM) said it carried out the attack. HuM, founded and led by Fazlur Rehman Khalil, has fought Indian troops since 1985.");
    expect(rel(x, "LEADS", "Fazlur Rehman Khalil", "Harkat-ul-Mujahideen")).toBeDefined();
  });
});

describe("a body known by its acronym, owned by a man", () => {
  it("reads 'X's ACRONYM' and 'the ACRONYM of X' as X leading it", () => {
    const x = extractArticle("date 2024-05-02\nBANGUI, May 2 (AFP) - Henri Mbeka's UDRC said on Thursday it had left the talks. The FPLN of Amadou Konate stayed.");
    expect(rel(x, "LEADS", "Henri Mbeka", "UDRC")).toBeDefined();
    expect(rel(x, "LEADS", "Amadou Konate", "FPLN")).toBeDefined();
  });
});

describe("'of' a ranked man in translated copy", () => {
  it("reads 'the Patriotic Army of the colonel X' as X leading it", () => {
    const x = extractArticle("date 2024-05-02\nNDJAMENA, May 2 (AFP) - Fighters of the self-proclaimed Saharan Patriotic Army of the colonel Idriss Mahamat Abakar crossed the border on Thursday.");
    expect(rel(x, "LEADS", "Idriss Mahamat Abakar", "Saharan Patriotic Army")).toBeDefined();
  });
});
