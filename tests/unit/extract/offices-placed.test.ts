import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);
const LEDE = "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Tuesday it had repelled an attack by jihadists on a base in the north of the country. Burkina Faso has been battling insurgents linked to al Qaeda since 2015. ";

describe("an office with no country named, placed in the story's country", () => {
  it("the home named beside the person as what it owns keeps them at home", () => {
    expect(rels(LEDE + "Neighbouring Niger endorsed Burkina Faso's new security plan in June, and President Ibrahim Traore thanked the soldiers for their sacrifice.")).toContain("LEADS person:ibrahim-traore state:BFA");
  });

  it("the home acting on the person sets them apart from it", () => {
    expect(rels(LEDE + "Burkina Faso, which has long backed President Mohamed Bazoum, sent more troops to the border.")).not.toContain("LEADS person:mohamed-bazoum state:BFA");
  });

  it("a head of state beside the government the sentence names heads that government", () => {
    const text = "TEGUCIGALPA (Reuters) - Honduras recalled its ambassador from Nicaragua on Sunday. The government of Honduras accused Nicaragua of arming the gunmen, President Rafael Mendoza said. Honduras has tightened controls on its border.";
    expect(rels(text)).toContain("LEADS person:rafael-mendoza gov:HND");
    expect(rels(text)).not.toContain("LEADS person:rafael-mendoza state:HND");
  });

  it("a head whose rule is ended, or who is outgoing, is placed nowhere", () => {
    const ended = "KAMPALA (Reuters) - Rebels captured the town of Gulu in Uganda on Friday. Uganda's army said it had withdrawn. The capture of the town by the rebels brought an end to the 20-year rule of President John Okello, diplomats said. Uganda has been in turmoil for months.";
    expect(rels(ended).filter((r) => r.includes("john-okello"))).toEqual([]);
    const outgoing = "BANJUL (Reuters) - Senegalese troops entered Gambia on Thursday to force the outgoing president Yahya Koroma to cede power. Gambia has been in crisis since December. Gambia's army did not resist.";
    expect(rels(outgoing).filter((r) => r.includes("yahya-koroma"))).toEqual([]);
  });

  it("a causeway named for a king is a place, not the king", () => {
    const text = "MANAMA (Reuters) - Bahrain's government said on Monday it had asked its neighbours for help. Bahrain has faced weeks of protests. Saudi soldiers crossed the King Fahd Causeway late on Monday.";
    expect(rels(text).filter((r) => r.startsWith("LEADS person:"))).toEqual([]);
  });
});

describe("offices owned by a country named before them", () => {
  it("'X, of which the prime minister Y' makes Y head X, not the story's country", () => {
    const text = "JUBA (Reuters) - South Sudan's army said on Saturday it had retaken the town of Malakal from rebels. South Sudan has been at war since 2013. Ethiopia, of which the prime minister Abiy Ahmed is a close partner of the President Salva Kiir, sent its soldiers in January to guard, according to Addis Ababa, the oil fields of Paloch.";
    expect(rels(text)).toContain("LEADS person:abiy-ahmed state:ETH");
    expect(rels(text)).not.toContain("LEADS person:abiy-ahmed state:SSD");
  });

  it("a head after a sentence about one foreign state, who speaks for that state, is its head", () => {
    const text = "TBILISI (Reuters) - Georgia's army said on Friday it had pulled back from the Kodori valley. Georgia has accused separatists of shelling its villages. Ankara sent warships to the Black Sea on Thursday. President Kemal Arslan said Turkey would protect its shipping lanes.";
    expect(rels(text)).toContain("LEADS person:kemal-arslan state:TUR");
    expect(rels(text)).not.toContain("LEADS person:kemal-arslan state:GEO");
  });

  it("a second head titled only 'President', where the home state's is named with it, is not the home state's", () => {
    const text = "BAMAKO (Reuters) - Mali's President Assimi Goita said on Monday his troops had retaken the town of Kidal. Mali has fought separatists since 2012. The army was trained for years by a Russian firm. President Vladimir Putin renewed the deal in 2023.";
    expect(rels(text)).not.toContain("LEADS person:vladimir-putin state:MLI");
    expect(rels(text)).toContain("LEADS person:assimi-goita state:MLI");
  });
});


