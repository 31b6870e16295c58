/**
 * Opposition and control said by general constructions of wire copy. The texts are written for
 * these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("deposing a leader", () => {
  it("reads a junta deposing a president as opposing him", () => {
    const x = extractArticle("date 2019-04-02\nThe Council for National Renewal (CNR) took power in March, deposing President Amadou Sanogo, who remains under guard.");
    expect(rel(x, "OPPOSES", "Council for National Renewal", "Amadou Sanogo")).toBeDefined();
  });
});

describe("seizing power from someone", () => {
  it("reads taking power from a president as opposing him", () => {
    const x = extractArticle("date 2019-04-02\nThe Patriotic Salvation Front (PSF) took power in the capital from President Jean Mbeki in 1996.");
    expect(rel(x, "OPPOSES", "Patriotic Salvation Front", "Jean Mbeki")).toBeDefined();
  });
  it("reads the one helped to seize power as taking it, not the helper", () => {
    const x = extractArticle("date 2019-04-02\nThe Presidential Guard Battalion (PGB) is the unit that helped Colonel Paul Tembo, then an army spokesman, seize power from President Jean Mbeki in 2004.");
    expect(rel(x, "OPPOSES", "Paul Tembo", "Jean Mbeki")).toBeDefined();
    expect(rel(x, "OPPOSES", "Presidential Guard Battalion", "Jean Mbeki")).toBeUndefined();
  });
  it("reads no leader's name from the government unseated", () => {
    const x = extractArticle("date 2019-04-02\nThe Patriotic Salvation Front (PSF) seized power from the elected government of Jean Mbeki in 1996.");
    expect(rel(x, "OPPOSES", "Patriotic Salvation Front", "Jean Mbeki")).toBeUndefined();
  });
});

describe("an attack on a state's forces whose author is named after it", () => {
  const lede = "date 2019-04-02\nCHAD (Reuters) - Chad's army said on Sunday it had reinforced its posts near Lake Chad. Chad has faced attacks for a decade.";
  it("reads the named author of an attack that killed soldiers as opposing the state", () => {
    const x = extractArticle(`${lede} Twelve soldiers were killed on Friday near Baga Sola in an attack that officials attributed to the Lake Brigades Front (LBF).`);
    expect(rel(x, "OPPOSES", "Lake Brigades Front", "Chad")).toBeDefined();
  });
  it("reads none where the sentence names no forces hit", () => {
    const x = extractArticle(`${lede} Twelve villagers were killed on Friday near Baga Sola in an attack that officials attributed to the Lake Brigades Front (LBF).`);
    expect(rel(x, "OPPOSES", "Lake Brigades Front", "Chad")).toBeUndefined();
  });
});

describe("a passive attack whose agent comes after a place", () => {
  it("reads the agent named after the place and time", () => {
    const x = extractArticle("date 2019-04-02\nThe Liberation Front (LF) was driven out of Kenema in March 2001 by the Regional Peace Force (RPF).");
    expect(rel(x, "OPPOSES", "Regional Peace Force", "Liberation Front")).toBeDefined();
  });
  it("reads none when another clause comes between", () => {
    const x = extractArticle("date 2019-04-02\nThe Liberation Front (LF) was attacked in Kenema, a town held by the Regional Peace Force (RPF).");
    expect(rel(x, "OPPOSES", "Regional Peace Force", "Liberation Front")).toBeUndefined();
  });
});

describe("sides fought that the object lists after 'including'", () => {
  it("reads each side listed as fought, and none of them as allies", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Alliance Movement (NAM) seized the capital and attacked rival factions, including the Eastern Defence Front (EDF) and the Western Liberation Army (WLA).");
    expect(rel(x, "OPPOSES", "Northern Alliance Movement", "Eastern Defence Front")).toBeDefined();
    expect(rel(x, "OPPOSES", "Northern Alliance Movement", "Western Liberation Army")).toBeDefined();
    expect(rel(x, "ALLIED_WITH", "Eastern Defence Front", "Western Liberation Army") ?? rel(x, "ALLIED_WITH", "Western Liberation Army", "Eastern Defence Front")).toBeUndefined();
  });
});

describe("places coordinated after a taking verb", () => {
  it("reads every named place coordinated as taken", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Alliance Movement (NAM) advanced quickly, seizing the provincial capital Kisangani and the river port of Bumba within a week.");
    expect(rel(x, "CONTROLS", "Northern Alliance Movement", "Kisangani")).toBeDefined();
    expect(rel(x, "CONTROLS", "Northern Alliance Movement", "Bumba")).toBeDefined();
  });
  it("reads no place that a second verb takes", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Alliance Movement (NAM) seized the provincial capital Kisangani and shelled the river port of Bumba within a week.");
    expect(rel(x, "CONTROLS", "Northern Alliance Movement", "Kisangani")).toBeDefined();
    expect(rel(x, "CONTROLS", "Northern Alliance Movement", "Bumba")).toBeUndefined();
  });
});

describe("control of the centre of a town", () => {
  it("reads a town whose centre is taken as a place held", () => {
    const x = extractArticle("date 2019-04-02\nKenyan security forces have taken control of the centre of Kalumbawe after two days of clashes.");
    expect(rel(x, "CONTROLS", "Kenya", "Kalumbawe")).toBeDefined();
  });
});

describe("neutralising a side", () => {
  it("reads forces that neutralised a group's fighters as opposing it", () => {
    const x = extractArticle("date 2019-04-02\nThe Malawian army said on Sunday its troops had neutralised nine fighters of the Lake Brigades Front (LBF) near the border.");
    expect(rel(x, "OPPOSES", "Malawian army", "Lake Brigades Front")).toBeDefined();
  });
});

describe("a side that 'with which' stands for", () => {
  it("reads the side before 'with which' as the one fought", () => {
    const x = extractArticle("date 2019-04-02\nThe talks were attended by Eritrea, with which Ethiopia fought a border war in 1998, and by Sudan.");
    expect(rel(x, "OPPOSES", "Ethiopia", "Eritrea")).toBeDefined();
  });
  it("reads none for a verb that is no fight", () => {
    const x = extractArticle("date 2019-04-02\nThe talks were attended by Eritrea, with which Ethiopia signed a trade deal in 2018, and by Sudan.");
    expect(rel(x, "OPPOSES", "Ethiopia", "Eritrea")).toBeUndefined();
  });
});

describe("a side that backs the attacker in the fight", () => {
  it("reads the side set off after the subject as fighting on its side", () => {
    const x = extractArticle("date 2019-04-02\nThe Malawian army, supported by the Border Police Brigade (BPB), launched an offensive against the Lake Brigades Front (LBF) on Sunday.");
    expect(rel(x, "OPPOSES", "Malawian army", "Lake Brigades Front")).toBeDefined();
    expect(rel(x, "OPPOSES", "Border Police Brigade", "Lake Brigades Front")).toBeDefined();
  });
  it("reads no backer the subject's relative clause names", () => {
    const x = extractArticle("date 2019-04-02\nThe Malawian army, which is supported by the Border Police Brigade (BPB) in the south, launched an offensive against the Lake Brigades Front (LBF) on Sunday.");
    expect(rel(x, "OPPOSES", "Border Police Brigade", "Lake Brigades Front")).toBeUndefined();
  });
});

describe("'the two countries' after a government named for its country", () => {
  it("counts the government's country among the two", () => {
    const x = extractArticle("date 2019-04-02\nThe authorities of Malawi have repeatedly accused neighbouring Zambia of arming the rebels, charges which Lusaka denies. The two countries fought a brief border war in 2009.");
    expect(rel(x, "OPPOSES", "Malawi", "Zambia")).toBeDefined();
  });
});

describe("a group's attacks in a country", () => {
  it("reads attacks a named group made or claimed in countries as on their states", () => {
    const x = extractArticle("date 2019-04-02\nThe Lake Brigades Front (LBF) has also claimed attacks in Zambia and Malawi this year.");
    expect(rel(x, "OPPOSES", "Lake Brigades Front", "Zambia")).toBeDefined();
    expect(rel(x, "OPPOSES", "Lake Brigades Front", "Malawi")).toBeDefined();
  });
  it("reads none for a state's strikes there", () => {
    const x = extractArticle("date 2019-04-02\nMalawi has carried out attacks in Zambia this year.");
    expect(rel(x, "OPPOSES", "Malawi", "Zambia")).toBeUndefined();
  });
});

describe("a place apposed to what a side owns", () => {
  it("reads 'X, the rebels' capital' as a place taken, not as a rebel group", () => {
    const x = extractArticle("date 2019-04-02\nKenyan troops captured Kalumbawe, the rebels' de facto capital, on January 2.");
    expect(x.actors.some((a) => a.name === "Kalumbawe")).toBe(false);
    expect(rel(x, "CONTROLS", "Kenya", "Kalumbawe")).toBeDefined();
  });
});

describe("a state's rule named by its demonym", () => {
  it("reads fighting 'Zambian rule' as fighting the state", () => {
    const x = extractArticle("date 2019-04-02\nThe Lake Brigades Front (LBF), whose guerrillas are fighting Zambian rule in the north, denied the charge.");
    expect(rel(x, "OPPOSES", "Lake Brigades Front", "Zambia")).toBeDefined();
  });
});

describe("a fight to break away from a state", () => {
  it("reads fighting for a region's independence from a country as opposing its state", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Movement (NLM), which has been fighting for the independence of the north from Zambia since 1990, rejected the offer.");
    expect(rel(x, "OPPOSES", "Northern Liberation Movement", "Zambia")).toBeDefined();
  });
  it("reads none from a country's own independence", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Movement (NLM) has been at war since independence from Britain in 1964.");
    expect(rel(x, "OPPOSES", "Northern Liberation Movement", "United Kingdom")).toBeUndefined();
  });
});
