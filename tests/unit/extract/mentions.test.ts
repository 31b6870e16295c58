import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const actor = (x: ReturnType<typeof extractArticle>, name: string) => x.actors.find((a) => a.name === name || a.aliases.includes(name));

describe("mentions", () => {
  const text = `date 2023-08-10
The Popular Defence Brigades (PDB) said on Tuesday they had seized the town of Kadugli. Chadian President Mahamat Deby met Emirati officials in Abu Dhabi, while Nigerien troops crossed into Mali.`;
  const x = extractArticle(text);

  it("finds armed groups by their head noun, with bracketed acronyms as aliases", () => {
    expect(actor(x, "Popular Defence Brigades")).toMatchObject({ type: "ARMED_GROUP", aliases: expect.arrayContaining(["PDB"]) });
  });
  it("knows states, demonyms and leaders' titles from the country data", () => {
    expect(actor(x, "Chad")?.type).toBe("STATE");
    expect(actor(x, "Niger")?.type).toBe("STATE");
    expect(actor(x, "Mahamat Deby")?.type).toBe("PERSON");
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "LEADS", source: actor(x, "Mahamat Deby")!.id, target: actor(x, "Chad")!.id }));
  });
  it("places cities in their country from the gazetteer", () => {
    const kadugli = x.locations.find((l) => l.name === "Kadugli");
    expect(kadugli?.type).toBe("CITY");
    expect(x.locations.find((l) => l.id === kadugli?.within)?.name).toBe("Sudan");
  });
});

describe("places the gazetteer does not know", () => {
  it("does not put a village in a small namesake town abroad", () => {
    const x = extractArticle("date 2021-06-20\nSoldiers from Mali were killed in Moura, the army said.");
    const moura = x.locations.find((l) => l.name === "Moura");
    expect(moura).toBeDefined();
    expect(moura!.within).toBeNull();
  });
});

describe("federal bodies", () => {
  it("gives 'federal forces' and 'the federal government' to the country the article is about", () => {
    const x = extractArticle("date 2022-09-17\nNigeria's army chief visited Nigerian troops. The Borno Front gained ground on federal and Kanuri forces. The federal government condemned the attack.");
    const army = x.actors.find((a) => a.id === "army:NGA");
    expect(army?.aliases).toContain("federal forces");
    expect(x.relations.filter((r) => r.type === "OPPOSES" && r.target === "army:NGA").length).toBe(1);
    expect(x.actors.find((a) => a.id === "gov:NGA")?.aliases).toContain("federal government");
  });
});

describe("names the generator found hard", () => {
  it("reads a dateline as a place, a title-of-country as leadership, and a country with 'and' in its name", () => {
    const x = extractArticle("date 2024-11-22\nNINGBO, November 22 (Wire) - Mongolia sent troops to help the Red Dawn Front.\nPresident Leila Nkurunziza of Seychelles called for a ceasefire.\nThe Blue Front is backed by Trinidad and Tobago and Suriname.");
    expect(x.locations.find((l) => l.name === "Ningbo")?.type).toBe("CITY");
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "SUPPORTS", source: "state:MNG", target: "org:red-dawn-front" }));
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "LEADS", source: "person:leila-nkurunziza", target: "state:SYC" }));
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "SUPPORTS", source: "state:TTO", target: "org:blue-front" }));
  });
});

describe("weapons' model names", () => {
  it("are no parties, while a group named before its fighters still is one", () => {
    const x = extractArticle("date 2023-03-02\nNorway will send Vanguard air defence systems and Sentinel-9 fighter jets, Defence Minister Ola Berg said. Kivu Front fighters fired Grad rockets at the town, the army said.");
    expect(actor(x, "Vanguard")).toBeUndefined();
    expect(actor(x, "Sentinel-9")).toBeUndefined();
    expect(actor(x, "Grad")).toBeUndefined();
    expect(actor(x, "Kivu Front")?.type).toBe("ARMED_GROUP");
    // The minister serves the country the story is about; the weapons serve no one.
    expect(x.relations.filter((r) => r.type === "MEMBER_OF").map((r) => `${r.source} ${r.target}`)).toEqual(["person:ola-berg state:NOR"]);
  });
});

describe("names with 'and' inside", () => {
  it("keep two common nouns joined by 'and' before a head as one name, and two names as two", () => {
    const x = extractArticle("date 2023-03-02\nFighters of the Peace and Reconciliation Movement clashed with the army. Hamas and Islamic Jihad fighters fired rockets.");
    expect(actor(x, "Peace and Reconciliation Movement")?.type).toBe("ARMED_GROUP");
    expect(actor(x, "Reconciliation Movement")).toBeUndefined();
    expect(actor(x, "Hamas and Islamic Jihad")).toBeUndefined();
  });
  it("reads an honorific before a name as a title, not part of the name", () => {
    const x = extractArticle("date 2025-05-10\nThe interim government led by Chief Adviser Professor Muhammad Yunus said the camps were full.");
    expect(actor(x, "Muhammad Yunus")?.type).toBe("PERSON");
    expect(x.actors.some((a) => /professor/i.test(a.name))).toBe(false);
  });
  it("reads 'Secretary of State' whole as a title", () => {
    const x = extractArticle("date 2025-05-10\nU.S. Secretary of State Marco Rubio warned Venezuela on Thursday.");
    expect(actor(x, "Marco Rubio")?.type).toBe("PERSON");
    expect(x.relations.find((r) => r.type === "MEMBER_OF" && r.source === actor(x, "Marco Rubio")?.id)?.target).toBe("state:USA");
  });
});

describe("sites named after a town", () => {
  it("reads 'Kandahar international airport' and 'the Bentiu military barracks' as sites, not as the towns", () => {
    const x = extractArticle("date 2019-03-02\nFighters of the Northern Front (NF) seized Kandahar international airport on Friday. Mutinous soldiers of the Unity Defence Force (UDF) took control of the Bentiu military barracks, officials said.");
    const airport = x.locations.find((l) => l.name === "Kandahar international airport");
    const barracks = x.locations.find((l) => l.name === "Bentiu military barracks");
    expect(airport?.type).toBe("SITE");
    expect(airport?.aliases).not.toContain("Kandahar");
    expect(x.locations.find((l) => l.id === airport?.within)?.name).toBe("Afghanistan");
    expect(barracks?.type).toBe("SITE");
    expect(x.actors.map((a) => a.name)).not.toContain("Bentiu military");
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "CONTROLS", source: actor(x, "Northern Front")!.id, target: airport!.id }));
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "CONTROLS", source: actor(x, "Unity Defence Force")!.id, target: barracks!.id }));
  });
});

describe("country names with an elided French article", () => {
  it("reads 'Cote d'Ivoire' and 'Côte d’Ivoire' as the state, not as a stray capitalised word", () => {
    const x = extractArticle("date 2003-06-12\nMONROVIA (Reuters) - Rebels of the Movement for Democracy in Liberia (MODEL) have the backing of Cote d'Ivoire, diplomats in Accra say. Côte d’Ivoire has denied arming them.");
    expect(actor(x, "Cote d'Ivoire")?.type).toBe("STATE");
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "SUPPORTS", source: actor(x, "Cote d'Ivoire")!.id, target: actor(x, "Movement for Democracy in Liberia")!.id }));
  });
});
