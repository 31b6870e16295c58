import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("the story's home country: whose government is spoken of", () => {
  it("a story filed from a neighbour is about the country whose government it names", () => {
    const text = [
      "Senegalese and rebel attack beaten back near Bafata, Guinea-Bissau says",
      "DAKAR, Senegal (AP) - Senegalese troops and their rebel allies attacked government positions near the town of Bafata in eastern Guinea-Bissau on Tuesday but were driven back, officials said.",
      "A Senegalese army spokesman in Dakar said Senegal's losses were light. Senegal says its soldiers are pursuing separatists who shelter across the border. Senegalese jets also bombed a bridge, Senegal's defence ministry said.",
      "The Guinea-Bissau government accused Senegal of invading its territory. President Umaro Embalo called on the African Union to act.",
    ].join("\n\n");
    // (The article names the home government, so its head of state leads that government.)
    expect(rels(text)).toContain("LEADS person:umaro-embalo gov:GNB");
    expect(rels(text).filter((r) => r.includes("umaro-embalo") && r.includes("SEN"))).toEqual([]);
  });

  it("government troops are those of the government the lede names, not of the state named most", () => {
    const text = [
      'Tanzania says its jets hit "armed gangs" in Burundi as rebels hold Gitega',
      "DAR ES SALAAM (Reuters) - Tanzania said on Monday its aircraft had bombed \"armed gangs\" near Gitega, hours after troops loyal to Burundi's embattled government failed to retake the city from rebels backed by Tanzania.",
      "Tanzanian officials called the strikes self-defence. Tanzania has trained the rebels since 2019, and Tanzanian advisers remain with them.",
      "Government troops, who had retaken Ngozi last week, were pushed back from Gitega on Sunday. Tanzania denied any role in the fighting.",
    ].join("\n\n");
    expect(rels(text)).toContain("CONTROLS gov:BDI loc:ngozi");
    expect(rels(text)).not.toContain("CONTROLS gov:TZA loc:ngozi");
  });

  it("governments named for two countries leave the home to the names", () => {
    const text = [
      "Tanzania and Burundi trade blame over border raid",
      "DAR ES SALAAM (Reuters) - Tanzania said on Monday its soldiers had repelled raiders from Burundi. Burundi's government denied the charge, and the Tanzanian government summoned Burundi's envoy.",
      "Tanzania has reinforced its border. Tanzania says the raiders crossed at night. Government troops, who had retaken Kigoma, patrolled the border on Sunday.",
    ].join("\n\n");
    expect(rels(text)).not.toContain("CONTROLS gov:BDI loc:kigoma");
  });
});

describe("a titled head with no country named, after a sentence about a foreign country", () => {
  const LEDE = "NIAMEY (Reuters) - Niger's army said on Friday it had repelled an attack by jihadists on a base near Tillia. Niger has been fighting insurgents since 2015. ";

  it("a sentence opening with the person goes on about the country the sentence before opened with", () => {
    const text = LEDE + "Chad, whose own border towns have been raided, became Niger's closest partner in the fighting. President Mahamat Kaka sent 1,200 soldiers to the west.";
    expect(rels(text)).toContain("LEADS person:mahamat-kaka state:TCD");
    expect(rels(text)).not.toContain("LEADS person:mahamat-kaka state:NER");
  });

  it("a minister likewise, though the home is named in the sentence before", () => {
    const text = LEDE + "Algeria says its patrols stay inside Algeria and that it has no troops in Niger. Defence Minister Saida Benali told parliament on Monday that the border would stay closed.";
    expect(rels(text)).toContain("MEMBER_OF person:saida-benali state:DZA");
  });

  it("a country that only describes the subject before is no topic", () => {
    const text = LEDE + "Malian Prime Minister Choguel Maiga offered talks on Thursday. Prime Minister Ali Zeine, who faces protests at home, did not respond.";
    expect(rels(text)).not.toContain("LEADS person:ali-zeine state:MLI");
  });
});
