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

describe("'whose' and a title said to be the person's with 'is'", () => {
  it("the body before the comma is led by the person", () => {
    const text = "JUBA (Reuters) - Fighting resumed near Malakal on Sunday. A spokesman for the Nile Front, whose chairman is General Deng Majok, said its men had held their ground.";
    expect(rels(text)).toContain("LEADS person:deng-majok org:nile-front");
  });

  it("a second 'whose' joined to the first, and a former rank, still name the same body", () => {
    const text = "JUBA (Reuters) - Fighting resumed near Malakal on Sunday. The Nile Front, whose political leader is Dr Akol Garang and whose field commander is former Presidential Guard Col. Peter Lual, says it has 8,000 fighters.";
    expect(rels(text)).toContain("LEADS person:akol-garang org:nile-front");
    expect(rels(text)).toContain("LEADS person:peter-lual org:nile-front");
  });
});
