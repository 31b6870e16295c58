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
