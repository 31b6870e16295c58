/**
 * Support recovered from general constructions of wire copy. The texts are written for these tests.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("contingents lent by states", () => {
  const story = "MAPUTO, Mozambique (Reuters) - Mozambique's army launched an offensive against insurgents in the north on Monday.";
  it("reads states a contingent includes servicemen from as helping the country the story is about", () => {
    const x = extractArticle(`date 2019-04-02\n${story} The foreign contingent includes soldiers from Malawi, Zambia and Botswana, officials in Maputo said.`);
    expect(rel(x, "SUPPORTS", "Malawi", "Mozambique")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Botswana", "Mozambique")).toBeDefined();
  });
  it("reads 'along with contingents from' states the same way", () => {
    const x = extractArticle(`date 2019-04-02\n${story} Some 2,000 Mozambican soldiers are taking part, along with contingents from Zambia and Malawi.`);
    expect(rel(x, "SUPPORTS", "Zambia", "Mozambique")).toBeDefined();
  });
  it("reads no help where the contingent is of people from nowhere named", () => {
    const x = extractArticle(`date 2019-04-02\n${story} The contingent includes engineers and medics, officials said.`);
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});

describe("troops kept in a country by its leave", () => {
  const story = "MAPUTO, Mozambique (Reuters) - Mozambique's army launched an offensive against insurgents in the north on Monday.";
  it("takes a region the gazetteer does not place to be in the story's country", () => {
    const x = extractArticle(`date 2019-04-02\n${story} Malawi has about 1.500 soldiers in Lunhangwe since March, under an agreement between the two governments.`);
    expect(rel(x, "SUPPORTS", "Malawi", "Mozambique")).toBeDefined();
  });
  it("reads no help from troops in such a region without any agreement", () => {
    const x = extractArticle(`date 2019-04-02\n${story} Malawi has about 1.500 soldiers in Lunhangwe since March, officials said.`);
    expect(rel(x, "SUPPORTS", "Malawi", "Mozambique")).toBeUndefined();
  });
  it("reads the host from an agreement with its capital when the place is not named", () => {
    const x = extractArticle("date 2019-04-02\nDODOMA, Tanzania (Reuters) - Tanzania's army launched an offensive against insurgents in the south on Monday. Zambia, which borders the region, will keep its troops in the province under a defence pact with Dodoma, officials said.");
    expect(rel(x, "SUPPORTS", "Zambia", "Tanzania")).toBeDefined();
  });
});

describe("support relied on", () => {
  it("reads the giver after 'from' when 'on' comes first", () => {
    const x = extractArticle("date 2019-04-02\nBurundi, which relies heavily on economic and military assistance from neighbouring Tanzania, denied the charge on Monday.");
    expect(rel(x, "SUPPORTS", "Tanzania", "Burundi")).toBeDefined();
  });
  it("still reads the one relied on when no giver follows", () => {
    const x = extractArticle("date 2019-04-02\nBurundi, which relies heavily on Tanzania for fuel, denied the charge on Monday.");
    expect(rel(x, "SUPPORTS", "Tanzania", "Burundi")).toBeDefined();
  });
});

describe("passive backing", () => {
  const story = "LIMA, Peru (Reuters) - Peru's army said on Monday it had killed five rebels of the Shining Path in the Apurimac valley.";
  it("reads 'armed by the State' as the story's country arming the party described", () => {
    const x = extractArticle(`date 2019-04-02\n${story} The rebels were ambushed by the Peasant Patrol Committees (CPC), groups of farmers armed by the State.`);
    expect(rel(x, "SUPPORTS", "Peru", "Peasant Patrol Committees")).toBeDefined();
  });
  it("reads no state where 'the government' is another country's", () => {
    const x = extractArticle(`date 2019-04-02\n${story} The rebels were ambushed by the Peasant Patrol Committees (CPC), groups of farmers armed by the government of Ecuador.`);
    expect(rel(x, "SUPPORTS", "Peru", "Peasant Patrol Committees")).toBeUndefined();
  });
  it("reads 'X, created and trained by Y' as Y backing X", () => {
    const x = extractArticle("date 2019-04-02\nSoldiers of the elite Tigre Battalion, created and trained by Israel in 1985, were accused of the killings.");
    expect(rel(x, "SUPPORTS", "Israel", "Tigre Battalion")).toBeDefined();
  });
});

describe("help to a country's rulers", () => {
  it("reads 'to prop up governments in A and B' as help to both countries", () => {
    const x = extractArticle("date 2019-04-02\nThe Wagner Group has sent hundreds of fighters to shore up governments in Sudan and Libya, diplomats said.");
    expect(rel(x, "SUPPORTS", "Wagner Group", "Sudan")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Wagner Group", "Libya")).toBeDefined();
  });
  it("reads no help to a country where the fighters only go", () => {
    const x = extractArticle("date 2019-04-02\nThe Wagner Group has sent hundreds of fighters to fight rebels in Sudan and Libya, diplomats said.");
    expect(rel(x, "SUPPORTS", "Wagner Group", "Sudan")).toBeUndefined();
  });
});

describe("accusations of backing", () => {
  it("reads the last of a list of gerunds after 'accused X of' as backing", () => {
    const x = extractArticle('date 2019-04-02\nPresident John Mabiza accused Tanzania of "sheltering, arming and financing" the Ruvuma Liberation Front rebels.');
    expect(rel(x, "SUPPORTS", "Tanzania", "Ruvuma Liberation Front")).toBeDefined();
  });
  it("reads no backing from a list of other deeds", () => {
    const x = extractArticle('date 2019-04-02\nPresident John Mabiza accused Tanzania of "lying, stalling and insulting" the Ruvuma Liberation Front rebels.');
    expect(rel(x, "SUPPORTS", "Tanzania", "Ruvuma Liberation Front")).toBeUndefined();
  });
});

describe("joint operations", () => {
  it("reads a foreign state's joint naval patrols with the story's country as help to it", () => {
    const x = extractArticle("date 2019-04-02\nMANILA, Philippines (Reuters) - The Philippines protested on Monday after Chinese vessels blocked a resupply mission. Japan has held joint naval patrols with the Philippines in the disputed waters this year.");
    expect(rel(x, "SUPPORTS", "Japan", "Philippines")).toBeDefined();
  });
});

describe("support stated in a relative clause", () => {
  it("reads a participle the tagger takes for an adjective after 'which' as the verb", () => {
    const x = extractArticle("date 2019-04-02\nThe Ruvuma Liberation Front killed 40 villagers. Tanzania's government, which armed the Ruvuma Liberation Front for years, has denied the charge.");
    expect(rel(x, "SUPPORTS", "Government of Tanzania", "Ruvuma Liberation Front")).toBeDefined();
  });
  it("reads no backing from a describing word after 'which is'", () => {
    const x = extractArticle("date 2019-04-02\nThe Ruvuma Liberation Front killed 40 villagers. Tanzania's government, which is armed with old rifles, has denied the charge.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});

describe("troops kept in two places", () => {
  it("reads the second host of 'N soldiers in X and several hundred more deployed in Y under bilateral arrangements'", () => {
    const x = extractArticle("date 2019-04-02\nKenya, which has about 2,000 soldiers in the African Union Mission in Somalia (AMISOM) and several hundred more deployed in Uganda under bilateral arrangements, said on Monday it would stay.");
    expect(rel(x, "SUPPORTS", "Kenya", "Uganda")).toBeDefined();
  });
  it("reads no help to the second place without any agreement", () => {
    const x = extractArticle("date 2019-04-02\nKenya, which has about 2,000 soldiers in the African Union Mission in Somalia (AMISOM) and several hundred more deployed in Uganda, said on Monday it would stay.");
    expect(rel(x, "SUPPORTS", "Kenya", "Uganda")).toBeUndefined();
  });
});

describe("a hyphened backer before a title", () => {
  it("reads 'Russian-backed leader X' as backing the person named after the title", () => {
    const x = extractArticle("date 2019-04-02\nThe Russian-backed leader Anatoly Bibilov said on Monday the region would hold a vote.");
    expect(rel(x, "SUPPORTS", "Russia", "Anatoly Bibilov")).toBeDefined();
  });
  it("still reads a hyphened backer of a common noun as backing no party", () => {
    const x = extractArticle("date 2019-04-02\nChinese-funded upgrades to the Ream base have worried the United States, officials said.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});

describe("what was provided helped someone", () => {
  it("reads 'intelligence provided by X had helped Y' as X backing Y", () => {
    const x = extractArticle("date 2019-04-02\nThe Washington Post reported on Sunday, citing two officials, that intelligence provided by France had helped Chad conclude that Libya was involved.");
    expect(rel(x, "SUPPORTS", "France", "Chad")).toBeDefined();
  });
});

describe("serving beside a side", () => {
  it("reads being deployed, patrolling or taking part alongside a side as fighting beside it", () => {
    const x = extractArticle("date 2021-07-02\nMBABANE (AFP) - The Zambezi Defence Force had been deployed alongside the Liberation Front of Kivu, a spokesman said. Members of the Coastal Self-Defence Militia have taken part in raids alongside the Liberation Front of Kivu, witnesses said.");
    expect(rel(x, "ALLIED_WITH", "Zambezi Defence Force", "Liberation Front of Kivu") ?? rel(x, "SUPPORTS", "Zambezi Defence Force", "Liberation Front of Kivu")).toBeDefined();
    expect(rel(x, "ALLIED_WITH", "Coastal Self-Defence Militia", "Liberation Front of Kivu") ?? rel(x, "SUPPORTS", "Coastal Self-Defence Militia", "Liberation Front of Kivu")).toBeDefined();
  });
  it("reads no side where the verb only names a place", () => {
    const x = extractArticle("date 2021-07-02\nMBABANE (AFP) - The Zambezi Defence Force had been deployed along the border with the Liberation Front of Kivu's territory, a spokesman said.");
    expect(x.relations.filter((r) => r.type === "SUPPORTS" || r.type === "ALLIED_WITH")).toEqual([]);
  });
});
