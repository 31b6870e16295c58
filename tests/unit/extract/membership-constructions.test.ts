/**
 * MEMBER_OF and LEADS from general constructions of wire copy: a state's own organs and units,
 * offices owned by a body and named after a comma, members listed for a body.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a state's own organs", () => {
  it("reads a spy service, an investigating bureau and an army unit owned by a state as its members", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - Kenya's Directorate of Military Intelligence said on Thursday it had warned of the attack. Uganda's National Bureau of Investigation has opened an inquiry, and Tanzania's 42nd Mechanised Brigade was moved to the border.");
    expect(rel(x, "MEMBER_OF", "Directorate of Military Intelligence", "Kenya")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "National Bureau of Investigation", "Uganda")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "42nd Mechanised Brigade", "Tanzania")).toBeDefined();
  });
  it("does not make a rebel army named after a country's possessive part of the state", () => {
    const x = extractArticle("date 2024-05-02\nYANGON, May 2 (Reuters) - Myanmar's Kachin Independence Army said on Thursday it had seized a border post from the junta.");
    expect(x.relations.some((r) => r.type === "MEMBER_OF" && r.target === id(x, "Myanmar"))).toBe(false);
  });
});

describe("an office a body owns, with a phrase after it, then the name", () => {
  it("reads the person named after the comma as the owner's member", () => {
    const x = extractArticle("date 2024-05-02\nADDIS ABABA, May 2 (Reuters) - Ethiopia's minister of state for peace, Tadesse Worku, said on Thursday the talks would resume. The Sudan People's Liberation Movement-North's chief negotiator at the talks in Juba, Peter Lam Deng, said his side was ready.");
    expect(rel(x, "MEMBER_OF", "Tadesse Worku", "Ethiopia")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Peter Lam Deng", "Sudan People's Liberation Movement-North")).toBeDefined();
  });
  it("reads no office that the words say is held no more", () => {
    const x = extractArticle("date 2024-05-02\nADDIS ABABA, May 2 (Reuters) - Ethiopia's former minister of state for peace, Tadesse Worku, said on Thursday the talks would resume.");
    expect(rel(x, "MEMBER_OF", "Tadesse Worku", "Ethiopia")).toBeUndefined();
  });
});

describe("members named in a relative clause", () => {
  it("reads every state of a list 'of which' a body they are members as its members", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - The East African Community (EAC), of which Kenya and Tanzania are both members, will hold a summit next week.");
    expect(rel(x, "MEMBER_OF", "Kenya", "East African Community")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Tanzania", "East African Community")).toBeDefined();
  });
});

describe("a party of a man", () => {
  it("reads the party or alliance 'of former president X' as led by him", () => {
    const x = extractArticle("date 2024-05-02\nACCRA, May 2 (Reuters) - Supporters of the NDF party of former president Kwame Asante marched on parliament on Thursday. The Unity Alliance of former Prime Minister Kofi Mensah joined them.");
    expect(rel(x, "LEADS", "Kwame Asante", "NDF")).toBeDefined();
    expect(rel(x, "LEADS", "Kofi Mensah", "Unity Alliance")).toBeDefined();
  });
  it("does not make the party's spokesman its leader", () => {
    const x = extractArticle("date 2024-05-02\nACCRA, May 2 (Reuters) - Supporters of the NDF party of spokesman Kwame Asante marched on parliament on Thursday.");
    expect(x.relations.some((r) => r.type === "LEADS")).toBe(false);
  });
});

describe("the head of a body named before 'whose'", () => {
  it("reads past an apposition describing the body and a demonym before the title", () => {
    const x = extractArticle("date 2024-05-02\nKAMPALA, May 2 (Reuters) - The Northern Liberation Front, a group whose leader Okello Obote was killed in 2019, attacked a village on Thursday. The African Union Mission in Somalia (AMISOM), whose Ugandan commander Lieutenant General Peter Mugisha said troops would stay, was attacked too.");
    expect(rel(x, "LEADS", "Okello Obote", "Northern Liberation Front")).toBeDefined();
    expect(rel(x, "LEADS", "Peter Mugisha", "African Union Mission in Somalia")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Peter Mugisha", "Uganda")).toBeUndefined();
  });
});

describe("a title of a body, then the name after a comma", () => {
  it("reads a lower-case rank with an article before the name, as translated copy writes it", () => {
    const x = extractArticle("date 2024-05-02\nBAMAKO, May 2 (AFP) - Moussa Diarra visited the front on Thursday. The commander of the Malian Air Force, the general Moussa Diarra, said the strikes would go on.");
    expect(rel(x, "LEADS", "Moussa Diarra", "Malian Air Force")).toBeDefined();
  });
  it("reads the body named before its acronym", () => {
    const x = extractArticle("date 2024-05-02\nNIAMEY, May 2 (AFP) - Colonel Mamadou Sangare toured the camps on Thursday. According to the commander of the Sahel Joint Force (SJF), Mamadou Sangare, the operation was a success.");
    expect(rel(x, "LEADS", "Mamadou Sangare", "Sahel Joint Force")).toBeDefined();
  });
});

describe("a body 'led by' a person described before the name", () => {
  it("reads past an article, describing words and a demonym, and a unit named by its kind", () => {
    const x = extractArticle("date 2024-05-02\nRAIPUR, May 2 (Reuters) - The PLGA battalion, headed by the elusive commander Ramesh Kunjam, ambushed a patrol on Thursday. The Sahel Liberation Front, led by the veteran Malian fighter Colonel Ahmed Maiga, claimed the attack.");
    expect(rel(x, "LEADS", "Ramesh Kunjam", "PLGA")).toBeDefined();
    expect(rel(x, "LEADS", "Ahmed Maiga", "Sahel Liberation Front")).toBeDefined();
  });
  it("does not read a people after a demonym as the body's leader", () => {
    const x = extractArticle("date 2024-05-02\nGOMA, May 2 (Reuters) - The March 23 Movement (M23), which is led by Congolese Tutsis, seized the town on Thursday.");
    expect(x.relations.some((r) => r.type === "LEADS")).toBe(false);
  });
});

describe("a country ruled in a relative clause about the person", () => {
  it("reads 'X, who ruled Chad for decades' as leading the state", () => {
    const x = extractArticle("date 2024-05-02\nN'DJAMENA, May 2 (Reuters) - General Idriss Kaba, 70, who ruled Chad for two decades, was buried on Thursday.");
    expect(rel(x, "LEADS", "Idriss Kaba", "Chad")).toBeDefined();
  });
  it("does not read a country only visited in the clause as led", () => {
    const x = extractArticle("date 2024-05-02\nN'DJAMENA, May 2 (Reuters) - General Idriss Kaba, 70, who visited Chad for two days, was received on Thursday.");
    expect(rel(x, "LEADS", "Idriss Kaba", "Chad")).toBeUndefined();
  });
});

describe("the states a member shares a body with", () => {
  it("reads the states listed after 'with' as members too", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - Kenya is a member of the East African Standby Force alongside Uganda, Rwanda and Ethiopia.");
    expect(rel(x, "MEMBER_OF", "Kenya", "East African Standby Force")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Uganda", "East African Standby Force")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Ethiopia", "East African Standby Force")).toBeDefined();
  });
  it("does not read a place named after 'with' as a member", () => {
    const x = extractArticle("date 2024-05-02\nNAIROBI, May 2 (Reuters) - Kenya is a member of the East African Standby Force with troops in Somalia.");
    expect(rel(x, "MEMBER_OF", "Somalia", "East African Standby Force")).toBeUndefined();
  });
});

describe("a body's mission named after the place it serves in", () => {
  it("reads the mission named after a comma or in brackets as a part of the body", () => {
    const x = extractArticle("date 2024-05-02\nMOGADISHU, May 2 (Reuters) - Troops of the African Union stabilisation mission in Somalia, AUSTAB, repelled an attack on Thursday. The East African Community (EAC) force in Congo (EACRF) withdrew.");
    expect(rel(x, "MEMBER_OF", "AUSTAB", "African Union")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "EACRF", "East African Community")).toBeDefined();
  });
  it("does not read a state named after the comma as the mission", () => {
    const x = extractArticle("date 2024-05-02\nMOGADISHU, May 2 (Reuters) - Troops of the African Union mission in Somalia, Kenya said on Thursday, repelled an attack.");
    expect(rel(x, "MEMBER_OF", "Kenya", "African Union")).toBeUndefined();
  });
});

describe("the main one of a coalition's parties", () => {
  it("reads the main force or largest party in a coalition as its member", () => {
    const x = extractArticle("date 2024-05-02\nGOMA, May 2 (Reuters) - The Kivu Defence Movement is the main armed force in the Great Lakes Alliance, diplomats said. The Patriotic Union, the largest party within the National Salvation Front (NSF) coalition, rejected the deal.");
    expect(rel(x, "MEMBER_OF", "Kivu Defence Movement", "Great Lakes Alliance")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Patriotic Union", "National Salvation Front")).toBeDefined();
  });
  it("does not make the main party of a people a member of it", () => {
    const x = extractArticle("date 2024-05-02\nPRISTINA, May 2 (Reuters) - Serb paramilitaries attacked a police patrol. The Serb Democratic Party (SDS), the main political party of Kosovo Serbs, rejected the deal.");
    expect(x.relations.some((r) => r.type === "MEMBER_OF")).toBe(false);
  });
});

describe("a member in a second apposition", () => {
  it("reads past a first apposition joined by 'and', and a count of the body's members", () => {
    const x = extractArticle("date 2024-05-02\nADDIS ABABA, May 2 (Reuters) - Ethiopia, the region's military heavyweight and the largest member of the 8-nation Horn of Africa Security Alliance (HASA), hosted the summit.");
    expect(rel(x, "MEMBER_OF", "Ethiopia", "Horn of Africa Security Alliance")).toBeDefined();
  });
});

describe("a part named after its owner's possessive and a place word", () => {
  it("reads a branch or affiliate placed by a region or a demonym as part of the possessor", () => {
    const x = extractArticle("date 2024-05-02\nBAMAKO, May 2 (Reuters) - The Katiba Serma Front, al-Qaeda's West African branch, said on Thursday it had ambushed a convoy. The Ansar Brigade, Islamic State's official Nigerian affiliate, denied any role.");
    expect(rel(x, "MEMBER_OF", "Katiba Serma Front", "al-Qaeda")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Ansar Brigade", "Islamic State")).toBeDefined();
  });
  it("reads the part named after 'known as' or 'called' following the noun", () => {
    const x = extractArticle("date 2024-05-02\nKABUL, May 2 (Reuters) - Islamic State's regional affiliate, known as Islamic State Pakistan Province, claimed the bombing on Thursday. Al-Qaeda's Malian branch, called the Macina Liberation Front, said it had not been involved.");
    expect(rel(x, "MEMBER_OF", "Islamic State Pakistan Province", "Islamic State")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Macina Liberation Front", "Al-Qaeda")).toBeDefined();
  });
});

describe("the states a body's troops come from", () => {
  it("reads the states after 'whose troops come from' and 'a coalition of soldiers from' as the body's members", () => {
    const x = extractArticle("date 2024-05-02\nGOMA, May 2 (Reuters) - The East African Community Regional Force (EACRF), whose troops are drawn from Kenya, Uganda and South Sudan, began withdrawing on Friday. The Lake Kivu Joint Brigade, a regional coalition of soldiers from Mali, Chad and Mauritania, struck militant camps last month.");
    for (const state of ["Kenya", "Uganda", "South Sudan"]) expect(rel(x, "MEMBER_OF", state, "East African Community Regional Force")).toBeDefined();
    for (const state of ["Mali", "Chad", "Mauritania"]) expect(rel(x, "MEMBER_OF", state, "Lake Kivu Joint Brigade")).toBeDefined();
  });
});
