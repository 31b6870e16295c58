/**
 * Support read from shapes that recur across wire stories: weapons named by their maker and owned by a side.
 * The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("weapons named by their maker and owned by a side", () => {
  const story = "ASMARA, Eritrea (Reuters) - Border fighting flared again on Sunday.";
  it("reads a possessor's maker-named weapons as the maker arming the possessor", () => {
    const x = extractArticle(`date 2021-06-13\n${story} Eritrea's Chinese-built fighter jets have bombed rebel positions since March.`);
    expect(rel(x, "SUPPORTS", "China", "Eritrea")).toBeDefined();
  });
  it("reads a possessive pronoun's maker-named weapons as the maker arming the party it stands for", () => {
    const x = extractArticle(`date 2021-06-13\n${story} Ethiopia said its Turkish-made drones had struck rebel convoys near Humera.`);
    expect(rel(x, "SUPPORTS", "Turkey", "Ethiopia")).toBeDefined();
  });
});
