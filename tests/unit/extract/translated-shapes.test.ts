/**
 * Shapes of machine-translated wire copy (from French, Spanish, Arabic …), which analysts' input often is:
 * a describing word after its noun ("an ally key of"), names translated word by word. The texts are
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a describing word after 'ally'", () => {
  it("reads 'is an ally key of' a capital as an alliance with its state", () => {
    const x = extractArticle("date 2023-05-02\nBurundi, a neighbour with its own grievances, is an ally key of Kinshasa, whose army it has reinforced since 2023.");
    expect(rel(x, "ALLIED_WITH", "Burundi", "DR Congo")).toBeDefined();
  });
  it("reads 'is ally close of the President X' as an alliance between the two men", () => {
    const x = extractArticle("date 2023-05-02\nThe Togolese president Faure Gnassingbe remains ally close of the President Mahamat Idriss Deby, according to diplomats in Lome.");
    expect(rel(x, "ALLIED_WITH", "Faure Gnassingbe", "Mahamat Idriss Deby")).toBeDefined();
  });
});

describe("names translated word by word, joined by 'to'", () => {
  it("keeps 'Movement of Support to the Revolution and to the Republic (MSRR)' whole, its acronym an alias", () => {
    const x = extractArticle("date 2023-05-02\nThe Movement of Support to the Revolution and to the Republic (MSRR) attacked an army post near Gao on Friday. The MSRR denied it.");
    const msrr = x.actors.find((a) => a.name === "Movement of Support to the Revolution and to the Republic");
    expect(msrr?.aliases).toContain("MSRR");
    expect(x.actors.some((a) => a.name === "Movement of Support")).toBe(false);
  });
  it("keeps 'Front of Aid to the Refugees and to the Displaced (FARED)' whole", () => {
    const x = extractArticle("date 2023-05-02\nThe Front of Aid to the Refugees and to the Displaced (FARED, by its French acronym) clashed with the army near Mopti.");
    expect(x.actors.map((a) => a.name)).toContain("Front of Aid to the Refugees and to the Displaced");
  });
});

describe("a describing word after 'branch'", () => {
  it("reads 'X (Y, by its local name), branch malian of Z' as X in Z", () => {
    const x = extractArticle("date 2023-05-02\nThe Katiba of Support to the Macina (KSM, by its Fulani acronym), branch malian of the JNIM, claimed the attack on Friday.");
    expect(rel(x, "MEMBER_OF", "Katiba of Support to the Macina", "JNIM")).toBeDefined();
  });
  it("reads 'X, branch regional of the Islamic State' as X in the Islamic State", () => {
    const x = extractArticle("date 2023-05-02\nThe FLM, branch regional of the Islamic State, claimed the attack on Friday.");
    expect(rel(x, "MEMBER_OF", "FLM", "Islamic State")).toBeDefined();
  });
});

describe("a demonym after the body's noun", () => {
  it("reads 'the army Somali' as the Somali army", () => {
    const x = extractArticle("date 2023-05-02\nSome 600 Kenyan soldiers were deployed on Friday beside the army Somali near Kismayo.");
    expect(rel(x, "SUPPORTS", "Kenya", "Somali army")).toBeDefined();
  });
  it("reads 'the soldiers Ethiopian and Somalis' as each state's soldiers", () => {
    const x = extractArticle("date 2023-05-02\nThe soldiers Ethiopian and Somalis attacked on Tuesday positions of al-Shabaab near Baidoa.");
    expect(rel(x, "OPPOSES", "Ethiopia", "al-Shabaab")).toBeDefined();
    expect(rel(x, "OPPOSES", "Somalia", "al-Shabaab")).toBeDefined();
  });
});

describe("a translated name and its acronym in brackets", () => {
  it("takes an acronym written as a word, '(Flk)', as the name before it wherever it is used", () => {
    const x = extractArticle("date 2023-05-02\nThe Front for the Liberation of Kivu (Flk) attacked an army post near Uvira on Friday. Kinshasa accuses Rwanda of arming the Flk.");
    expect(rel(x, "SUPPORTS", "Rwanda", "Front for the Liberation of Kivu")).toBeDefined();
    expect(x.actors.some((a) => a.name === "Flk")).toBe(false);
  });
  it("starts 'the rebels of Gedo of the Front for the Liberation and the Unity (FLU)' at the name's head", () => {
    const x = extractArticle("date 2023-05-02\nNairobi accused the Somali government of arming the rebels of Gedo of the Front for the Liberation and the Unity (FLU), which denied it.");
    expect(x.actors.some((a) => a.name.startsWith("Gedo"))).toBe(false);
    expect(rel(x, "SUPPORTS", "Government of Somalia", "Front for the Liberation and the Unity")).toBeDefined();
  });
});

describe("a people-word after a name's head", () => {
  it("reads 'the Popular Army Chadian which is backed by Sudan' as one armed group backed by Sudan", () => {
    const x = extractArticle("date 2023-05-02\nUnits of the Popular Army Chadian which is backed by Sudan attacked a garrison near Abeche on Friday.");
    expect(rel(x, "SUPPORTS", "Sudan", "Popular Army Chadian")).toBeDefined();
  });
  it("reads 'the Armed Forces Nigerien, which are led by the general X' as the state's army led by him", () => {
    const x = extractArticle("date 2023-05-02\nThe Armed Forces Nigerien, which are led by the general Moussa Kalla, retook the town of Tillia on Sunday.");
    expect(rel(x, "LEADS", "Moussa Kalla", "Nigerien army")).toBeDefined();
  });
});

describe("a unit's head word alone before a title", () => {
  it("reads 'Division General X' as a titled man, not a man leading or in a body called 'Division'", () => {
    const x = extractArticle("date 2023-05-02\nBrigade Commander Jean-Marie Kabila said his men held Kiwanja, while Division General Paul Okello denied any retreat near Rutshuru.");
    expect(x.actors.some((a) => a.name === "Division" || a.name === "Brigade")).toBe(false);
    expect(x.actors.map((a) => a.name)).toContain("Paul Okello");
    expect(x.relations.filter((r) => r.source === id(x, "Paul Okello"))).toEqual([]);
  });
});
