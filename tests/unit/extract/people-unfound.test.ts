/**
 * People the extractor used not to find, and what follows from finding them: names followed by "who", and
 * the band a man leads called as the story calls it.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));

describe("the band of a man's own", () => {
  it("is also called by the words the story calls it with ('Gunmen loyal to X', 'the militiamen of X')", () => {
    const x = extractArticle("date 2024-05-02\nBANGUI, May 2 (Reuters) - Rebel commander Abakar Sabone said on Thursday his men had taken the customs post at Sido. Gunmen loyal to Sabone had raided the town twice before, and the militiamen of Abakar Sabone now hold its market.");
    const band = actor(x, "forces loyal to Abakar Sabone");
    expect(band?.aliases).toContain("Gunmen loyal to Sabone");
    expect(band?.aliases).toContain("militiamen of Abakar Sabone");
  });
});

const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === actor(x, source)?.id && r.target === actor(x, target)?.id);

describe("a name followed by 'who'", () => {
  it("reads an untitled name of two words before ', who' as a person, who leads what the clause says", () => {
    const x = extractArticle("date 2024-05-02\nNIAMEY, May 2 (AFP) - A drone strike near the border killed Ousmane Dicko, who had led the Liptako Liberation Front since 2015, the army said.");
    expect(actor(x, "Ousmane Dicko")?.type).toBe("PERSON");
    expect(rel(x, "LEADS", "Ousmane Dicko", "Liptako Liberation Front")).toBeDefined();
  });
  it("reads a name before ', the … who' as a person", () => {
    const x = extractArticle("date 2024-05-02\nJUBA, May 2 (Reuters) - Tomas Ferreira, the Angolan diplomat who chairs the ceasefire commission, met rebel envoys on Thursday.");
    expect(actor(x, "Tomas Ferreira")?.type).toBe("PERSON");
  });
  it("does not make the person killed an opponent of who killed them", () => {
    const x = extractArticle("date 2024-05-02\nNIAMEY, May 2 (AFP) - French troops killed Colonel Ousmane Dicko of the Liptako Liberation Front on Thursday, the army said.");
    expect(actor(x, "Ousmane Dicko")?.type).toBe("PERSON");
    expect(x.relations.some((r) => r.type === "OPPOSES" && r.target === actor(x, "Ousmane Dicko")?.id)).toBe(false);
  });
});
