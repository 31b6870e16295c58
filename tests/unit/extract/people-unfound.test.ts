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
