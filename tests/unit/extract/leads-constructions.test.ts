import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("a head of state titled with no country, in a story that speaks of the home government", () => {
  it("heads that government, as its prime minister would", () => {
    const text = "BAMAKO (Reuters) - Mali's government said on Monday its troops had retaken the town of Menaka from jihadists. The government has been fighting insurgents since 2012. The offensive was ordered by President Oumar Diarra, a former army colonel elected in 2022, officials said.";
    expect(rels(text)).toContain("LEADS person:oumar-diarra gov:MLI");
    expect(rels(text)).not.toContain("LEADS person:oumar-diarra state:MLI");
  });

  it("heads the state where the story names no government", () => {
    const text = "BAMAKO (Reuters) - Mali's army said on Monday its troops had retaken the town of Menaka from jihadists. Mali has been fighting insurgents since 2012. The offensive was ordered by President Oumar Diarra, a former army colonel elected in 2022, officials said.";
    expect(rels(text)).toContain("LEADS person:oumar-diarra state:MLI");
  });
});

describe("'whose president X' after a state named otherwise than as the body before the comma", () => {
  it("a country named as a place heads its state", () => {
    const text = "KINSHASA (Reuters) - Rebels seized the town of Uvira on Friday. The rebels' supplies are said to cross the lake from a port in Burundi, whose president, Jean Nkurunziza, denies any involvement.";
    expect(rels(text)).toContain("LEADS person:jean-nkurunziza state:BDI");
  });

  it("a state owning what stands before the comma", () => {
    const text = "MAPUTO (Reuters) - Mozambique's army said on Monday it had retaken the port of Palma from insurgents. Diplomats say the arrival of Tanzania's well-trained soldiers, whose president Amina Mwinyi has long backed the operation, changed the course of the fighting.";
    expect(rels(text)).toContain("LEADS person:amina-mwinyi state:TZA");
  });
});

describe("the troops of a man the story has heading a state", () => {
  it("are the state's, not a band of his own that he leads", () => {
    const text = "BANJUL (Reuters) - Rebels said on Tuesday they had taken the airport outside Banjul. Veteran leader Mohamed Jammeh, who has ruled Gambia since a 1994 coup, still holds the presidential palace. Jammeh's troops shelled rebel positions near the airport overnight, residents said.";
    expect(rels(text)).toContain("LEADS person:mohamed-jammeh state:GMB");
    expect(rels(text).filter((r) => r.includes("forces-of-"))).toEqual([]);
  });
});
