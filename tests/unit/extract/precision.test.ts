/**
 * Precision guards: relations read from constructions that state none, or state a past or denied
 * one. The texts are written for these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("a past head", () => {
  it("reads no leader from 'once led by X'", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front, the militia once led by Colonel Amos Tiber, seized two border posts on Friday.");
    expect(rel(x, "LEADS", "Amos Tiber", "Northern Liberation Front")).toBeUndefined();
  });
  it("still reads the leader from 'led by X'", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front, the militia led by Colonel Amos Tiber, seized two border posts on Friday.");
    expect(rel(x, "LEADS", "Amos Tiber", "Northern Liberation Front")).toBeDefined();
  });
});

describe("a name owning what a side takes", () => {
  it("makes no place of the owner in 'stormed X's compound'", () => {
    const x = extractArticle("date 2019-04-02\nRebel fighters stormed Jonas Mbeki's fortified hilltop residence in the capital on Monday.");
    expect(x.locations.some((l) => l.name === "Jonas Mbeki")).toBe(false);
  });
});

describe("an apposition whose group noun describes another noun", () => {
  it("makes no armed group of 'X, the rebel stronghold'", () => {
    const x = extractArticle("date 2019-04-02\nThe commander of the Northern Liberation Front spoke in Gulu, the rebel stronghold in the north, on Sunday.");
    expect(x.actors.some((a) => a.name === "Gulu")).toBe(false);
  });
  it("still reads 'X, the rebel group' as an armed group", () => {
    const x = extractArticle("date 2019-04-02\nTelemba, the rebel group active in the north, attacked the town on Sunday.");
    expect(x.actors.find((a) => a.name === "Telemba")?.type).toBe("ARMED_GROUP");
  });
});

describe("a state's army named with its country after 'of'", () => {
  it("reads 'the Forces of Defense of the People of X' as X's army, never as the rebels", () => {
    const x = extractArticle("date 2019-04-02\nTroops of the Forces of Defense of the People of Kenya (KDPF) joined the offensive near the border. The rebels accuse Kenya of shelling their camps.");
    expect(x.actors.find((a) => a.aliases.includes("Forces of Defense of the People of Kenya"))?.id).toBe("army:KEN");
    expect(rel(x, "OPPOSES", "Kenya", "Forces of Defense of the People of Kenya")).toBeUndefined();
  });
});

describe("the forces of a man", () => {
  it("are called by the names he goes by", () => {
    const x = extractArticle("date 2019-04-02\nGovernment troops retook the town from forces loyal to General Joseph Kabarebe on Sunday. Kabarebe said the retreat was tactical.");
    expect(x.actors.find((a) => a.name === "forces loyal to Joseph Kabarebe")?.aliases).toContain("forces loyal to Kabarebe");
  });
});

describe("a campaign named by its noun", () => {
  it("makes no allies of those it is waged against", () => {
    const x = extractArticle("date 2019-04-02\nKenya's army said its offensive against both the Northern Liberation Front and the Southern People's Army would go on.");
    expect(rel(x, "OPPOSES", "Kenyan army", "Northern Liberation Front")).toBeDefined();
    expect(rel(x, "ALLIED_WITH", "Northern Liberation Front", "Southern People's Army")).toBeUndefined();
  });
  it("still makes co-belligerents of those a verb attacks together", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front ambushed Kenyan soldiers and Southern People's Army fighters near the border.");
    expect(rel(x, "ALLIED_WITH", "Kenya", "Southern People's Army")).toBeDefined();
  });
});

describe("an office holder and his own body", () => {
  it("reads no support of the government a minister is in", () => {
    const x = extractArticle("date 2019-04-02\nKenyan President Daniel Arap said he stood by Kenya's decision to leave the mission.\nDefence Minister Amos Kibet has backed the Kenyan government in its row with Somalia.");
    expect(rel(x, "MEMBER_OF", "Amos Kibet", "Government of Kenya")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Amos Kibet", "Government of Kenya")).toBeUndefined();
  });
});

describe("one sent to a body", () => {
  it("is no member of the body he is a representative at", () => {
    const x = extractArticle("date 2019-04-02\nThe Northern Liberation Front walked out of the talks on Monday. Amos Kibet, the front's representative at the United Nations, told reporters the ceasefire was over.");
    expect(rel(x, "MEMBER_OF", "Amos Kibet", "United Nations")).toBeUndefined();
  });
});

describe("an envoy of another's office", () => {
  it("neither leads the body whose officer sent him nor is in the country he is an envoy for", () => {
    const x = extractArticle("date 2019-04-02\nAmos Kibet, the UN secretary-general's special envoy for Burundi, arrived in Kigali on Monday.");
    expect(rel(x, "LEADS", "Amos Kibet", "UN")).toBeUndefined();
    expect(rel(x, "MEMBER_OF", "Amos Kibet", "UN")).toBeDefined();
    expect(x.relations.filter((r) => r.source === id(x, "Amos Kibet") && r.target === id(x, "Burundi"))).toHaveLength(0);
  });
});
