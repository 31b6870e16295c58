/**
 * References named only by a common noun or a pronoun, resolved through the construction around
 * them. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

// (Actors first: a state is also listed among the places.)
const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

describe("an apposition calling a body a coalition of troops", () => {
  it("reads the states whose troops 'the coalition of troops from …' gathers as members of the body it describes", () => {
    const x = extractArticle(
      "date 2024-03-01\nGunmen ambushed a convoy near Gao on Monday. The attack is a blow to the Sahel Joint Force (SJF), the regional coalition of soldiers from Mali, Mauritania and Senegal that is based in Bamako.",
    );
    expect(rel(x, "MEMBER_OF", "Mali", "Sahel Joint Force")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Mauritania", "Sahel Joint Force")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Senegal", "Sahel Joint Force")).toBeDefined();
  });
});

describe("an office owned by a head of state", () => {
  it("reads 'X's national security adviser Y' as a member of what X leads", () => {
    const x = extractArticle(
      "date 2024-03-01\nKenyan President Daniel Moraa met army commanders in Nairobi on Monday after raids near the Somali border. \"We will not negotiate with killers,\" Moraa's national security adviser Peter Otieno told reporters.",
    );
    expect(rel(x, "LEADS", "Daniel Moraa", "Kenya")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Peter Otieno", "Kenya")).toBeDefined();
  });
});

describe("a pronoun after words quoted", () => {
  it("reads 'its' in '\"…,\" said its spokesman' as the last sentence's subject, not a state named inside the quote", () => {
    const x = extractArticle(
      "date 2024-03-01\nThe Ogaden Liberation Front rejected the ceasefire on Sunday and vowed to keep fighting. \"Ethiopia cannot silence our people,\" said its spokesman, Abdi Warsame, by telephone.",
    );
    expect(rel(x, "MEMBER_OF", "Abdi Warsame", "Ogaden Liberation Front")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Abdi Warsame", "Ethiopia")).toBeUndefined();
  });
});
