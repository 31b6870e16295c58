/**
 * "X loyal to Y": fighters loyal to a party of their own make up that party, and are no ally of it; those loyal to a
 * state's side are its allies.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const allied = (x: Extraction, a: string, b: string) => x.relations.some((r) => r.type === "ALLIED_WITH" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("fighters loyal to a party", () => {
  it("are not its allies when the party is not a state's: 'Ogaden militias loyal to the Jubba Regional Council'", () => {
    const x = extractArticle("date 2024-05-02\nDOLLO, May 2 (Reuters) - Ogaden militias loyal to the Jubba Regional Council pushed into two villages west of the river on Thursday, local elders said.");
    expect(id(x, "Jubba Regional Council")).toBeDefined();
    expect(id(x, "Ogaden militias")).toBeDefined();
    expect(allied(x, "Ogaden militias", "Jubba Regional Council")).toBe(false);
  });

  it("are allies of a state's side: 'militiamen loyal to the Ugandan government'", () => {
    const x = extractArticle("date 2024-05-02\nGULU, May 2 (AFP) - Arrow Boys militiamen loyal to the Ugandan government attacked a rebel camp near Gulu on Thursday, the army said.");
    expect(allied(x, "Arrow Boys", "Ugandan government")).toBe(true);
  });
});
