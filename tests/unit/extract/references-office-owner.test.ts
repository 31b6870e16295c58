import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

// A story whose most-named party is one group, before a sentence about another.
const OPENING =
  "BAMAKO (Reuters) - The Azawad Liberation Front seized two army posts near Kidal on Monday. The Azawad Liberation Front said its fighters had killed twelve soldiers. Residents said the Azawad Liberation Front controls the road to Tessalit. ";

describe("'the group's' before an office", () => {
  it("is the group just spoken of in the sentence before, not the story's most-named one", () => {
    const text = OPENING + "Further south, the fighting helps the Macina Liberation Army, which holds villages around Mopti. On Tuesday the group's military spokesman, Amadou Kone, said its men would keep fighting.";
    expect(rels(text)).toContain("MEMBER_OF person:amadou-kone org:macina-liberation-army");
    expect(rels(text)).not.toContain("MEMBER_OF person:amadou-kone org:azawad-liberation-front");
  });

  it("is an organisation named earlier in its own sentence too", () => {
    const text = OPENING + "Gendarmes say they have broken up Imghad Renewal's political bureau in Gao, where they think the group's leader in the north, Hamid Ould Salem, is hiding.";
    expect(rels(text)).toContain("LEADS person:hamid-ould-salem org:imghad-renewal");
    expect(rels(text)).not.toContain("LEADS person:hamid-ould-salem org:azawad-liberation-front");
  });
});

describe("a word of tenure between an owner and a head's title", () => {
  it("'Its acting chairman, X' heads the body 'its' points to", () => {
    const text = "HARGEISA (Reuters) - Clan elders who broke with the federal government set up the Sool Salvation Council in May and vowed to resist federal troops. Its acting chairman, Abdi Warsame, commands several hundred fighters around Las Anod.";
    expect(rels(text)).toContain("LEADS person:abdi-warsame org:sool-salvation-council");
  });

  it("'X's veteran leader, Y' leads X, not merely serves in it", () => {
    const text = "ADDIS ABABA (Reuters) - Talks stalled on Monday between federal ministers and the Ogaden National Liberation Front's veteran leader, Abdirahman Mahdi, over the sharing of gas revenues.";
    expect(rels(text)).toContain("LEADS person:abdirahman-mahdi org:ogaden-national-liberation-front");
    expect(rels(text)).not.toContain("MEMBER_OF person:abdirahman-mahdi org:ogaden-national-liberation-front");
  });
});
