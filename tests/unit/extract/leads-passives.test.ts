import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("'led by X' after a body described as another's part or leadership", () => {
  it("an apposition calling a name another's affiliate, then 'which is led by': the name", () => {
    const text = "NAIROBI (Reuters) - Militants attacked a police post near the Somali border on Sunday. The most dangerous group in the area is the Jabha Front, al-Shabaab's main Kenyan affiliate, which is led by Ahmed Iman Kassim.";
    expect(rels(text)).toContain("LEADS person:ahmed-iman-kassim org:jabha-front");
  });

  it("an apposition calling a name a branch 'of' another body, then 'headed by': the name, not the other body", () => {
    const text = "BAMAKO (Reuters) - Gunmen ambushed an army convoy near Mopti on Friday. The Macina Liberation Front (FLM), the central Mali branch of al-Qaeda headed by the preacher Amadou Kouffa, said it carried out the attack.";
    expect(rels(text)).toContain("LEADS person:amadou-kouffa org:macina-liberation-front");
    expect(rels(text)).not.toContain("LEADS person:amadou-kouffa org:al-qaeda");
  });

  it("a body's own bureau, headed by X: the body", () => {
    const text = "GAZA (Reuters) - Israeli jets struck targets in Rafah on Tuesday. Turkey hosts the Popular Resistance Committees' political bureau, headed by Khaled Mansour, while Iran supplies its weapons.";
    expect(rels(text)).toContain("LEADS person:khaled-mansour org:popular-resistance-committees");
  });
});

describe("a government 'of' a person", () => {
  it("'the government of X', untitled, is the story's government, and X heads it", () => {
    const text = "LIMA (Reuters) - Peru's army said on Monday it had killed six Shining Path guerrillas in the Ene valley. Some 4,000 fighters laid down their arms between 1993 and 1995 under an amnesty offered by the government of Ricardo Salazar; most later returned to their villages.";
    expect(rels(text)).toContain("LEADS person:ricardo-salazar gov:PER");
  });

  it("'the new UNIP government of X': X heads the party whose government it is", () => {
    const text = "LUSAKA (Reuters) - Rhodesian commandos raided guerrilla camps across the border in 1977. They meant to punish the new UNIP government of Tendai Moyo for harbouring the rebels, officials later admitted.";
    expect(rels(text)).toContain("LEADS person:tendai-moyo org:unip");
  });
});
