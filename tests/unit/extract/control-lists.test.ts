/**
 * Control of every place a taking verb lists: a list whose items are described at length, "and the
 * <name> crossing" after an apposition, "as well as the town of X"; and no place reached past a
 * predicate of its own. A side's own place taken: by its name after the owner, or the site a base or camp
 * is "at" (not a region it is "in"); a place a side runs (not one a road runs to). The texts are written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("places listed after a control verb", () => {
  it("reads a place listed after a long description of the first", () => {
    const x = extractArticle("date 2022-05-04\nAl-Shabaab fighters on Tuesday captured Bulo Burde, a small market town on the main road along the Shabelle river, and the village of Moqokori after a night of heavy fighting.");
    expect(rel(x, "CONTROLS", "Al-Shabaab", "Bulo Burde")).toBeDefined();
    expect(rel(x, "CONTROLS", "Al-Shabaab", "Moqokori")).toBeDefined();
  });
  it("reads 'and the <name> crossing' after an apposition", () => {
    const x = extractArticle("date 2022-05-04\nThe Tigray People's Liberation Front (TPLF) said it had seized Humera, Ethiopia's main trading post with Sudan, and the Lugdi crossing on the frontier with Sudan.");
    expect(rel(x, "CONTROLS", "Tigray People's Liberation Front", "Lugdi crossing")).toBeDefined();
  });
  it("reads 'as well as the town of X'", () => {
    const x = extractArticle("date 2022-05-04\nThe Ogaden National Liberation Front now holds Degehabur as well as the town of Kebri Dahar across the valley.");
    expect(rel(x, "CONTROLS", "Ogaden National Liberation Front", "Kebri Dahar")).toBeDefined();
  });
  it("reads no place past a predicate of its own", () => {
    const x = extractArticle("date 2022-05-04\nThe Houthi movement attacked Saudi positions on Monday. The Houthis, who control Sanaa and much of the north and whose spokesman, Mohammed Abdulsalam, has long called the government a puppet of Riyadh, rejected the offer.");
    expect(rel(x, "CONTROLS", "Houthi movement", "Sanaa")).toBeDefined();
    expect(rel(x, "CONTROLS", "Houthi movement", "Riyadh")).toBeUndefined();
  });
});

describe("a side's own place taken", () => {
  it("reads the named place after its owner's possessive", () => {
    const x = extractArticle("date 2022-05-04\nHouthi rebels seized the Saudi-led coalition's sprawling Al-Anad air base on Tuesday.");
    expect(rel(x, "CONTROLS", "Houthi rebels", "Al-Anad air base")).toBeDefined();
  });
  it("reads the site a side's camp is at", () => {
    const x = extractArticle("date 2022-05-04\nColombian troops overran the FARC's mountain camp at Casa Verde on Sunday, the army said.");
    expect(rel(x, "CONTROLS", "Colombia", "Casa Verde")).toBeDefined();
  });
  it("reads no region a side's base is in", () => {
    const x = extractArticle("date 2022-05-04\nSomali troops later overran al-Shabaab's bases in Middle Juba, officials said.");
    expect(x.relations.filter((r) => r.type === "CONTROLS")).toEqual([]);
  });
});

describe("a place a side runs", () => {
  it("reads running a place as holding it", () => {
    const x = extractArticle("date 2022-05-04\nWagner fighters attacked Malian villages on Monday. The Wagner Group has run the gold mine at Intahaka since January, the experts said.");
    expect(rel(x, "CONTROLS", "Wagner Group", "Intahaka")).toBeDefined();
  });
  it("reads no control from a line running to a place", () => {
    const x = extractArticle("date 2022-05-04\nEthiopia depends on the railway running to the port of Djibouti, officials said.");
    expect(x.relations.filter((r) => r.type === "CONTROLS")).toEqual([]);
  });
});
