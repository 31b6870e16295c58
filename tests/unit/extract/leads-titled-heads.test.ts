import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("a titled official with no country, beside a country named only in words quoted", () => {
  it("a spokesman quoting a foreign army's conduct speaks for the home government", () => {
    const text = "KHARTOUM (Reuters) - Sudan's government said on Sunday it had ordered a review of its defence pact. Sudan has hosted the base since 2019. \"The Egyptian troops have overstepped the agreement under which they are here,\" government spokesman Khalid Osman told reporters on Sunday.";
    expect(rels(text)).toContain("MEMBER_OF person:khalid-osman gov:SDN");
    expect(rels(text)).not.toContain("MEMBER_OF person:khalid-osman gov:EGY");
  });

  it("a head of government quoting blows dealt to a foe is not that foe's head", () => {
    const text = "ATHENS (Reuters) - Greece said on Monday its navy had intercepted two vessels near Crete. Prime Minister Nikos Andreou called the seizures \"the result of the pressure we have put on Turkey and its smugglers\".";
    expect(rels(text)).not.toContain("LEADS person:nikos-andreou state:TUR");
    expect(rels(text)).toContain("LEADS person:nikos-andreou state:GRC");
  });
});
