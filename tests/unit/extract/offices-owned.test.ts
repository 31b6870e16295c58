import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("a body's office before a comma, then a nationality and a rank before the name", () => {
  it("is held in the body, and the nationality is no membership", () => {
    const text = "ADDIS ABABA (Reuters) - The African Union said on Tuesday it would send more troops to Somalia. The African Union's senior military adviser, Kenyan Brigadier Joseph Wafula, told reporters the force needed helicopters.";
    expect(rels(text)).toContain("MEMBER_OF person:joseph-wafula org:african-union");
    expect(rels(text)).not.toContain("MEMBER_OF person:joseph-wafula state:KEN");
  });

  it("a head's office makes the person its head", () => {
    const text = "ADDIS ABABA (Reuters) - The African Union said on Tuesday it would send more troops to Somalia. The African Union's force commander, Ugandan General Paul Okello, said his men would arrive within weeks.";
    expect(rels(text)).toContain("LEADS person:paul-okello org:african-union");
    expect(rels(text)).not.toContain("MEMBER_OF person:paul-okello state:UGA");
  });
});
