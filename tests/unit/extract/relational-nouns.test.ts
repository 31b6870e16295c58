/**
 * Relations stated by a noun rather than a verb: "X, Y's main backer", "the chief arms supplier to Y",
 * "X and its NATO allies". The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a capital set off by an apposition that names it a backer or ally", () => {
  const story = "YEREVAN, Armenia (Reuters) - Shelling resumed along the border on Thursday.";
  it("reads 'Moscow, Yerevan's main military backer,' as the state backing", () => {
    const x = extractArticle(`date 2021-06-03\n${story} Moscow, Yerevan's main military backer, has called for calm.`);
    expect(rel(x, "SUPPORTS", "Russia", "Armenia")).toBeDefined();
  });
  it("reads a capital whose apposition names it a patron", () => {
    const x = extractArticle(`date 2021-06-03\n${story} Ankara, the Polisario Front's chief patron and the source of its drones, said nothing.`);
    expect(rel(x, "SUPPORTS", "Turkey", "Polisario Front")).toBeDefined();
  });
  it("keeps a capital described as a city a place", () => {
    const x = extractArticle(`date 2021-06-03\n${story} Moscow, the country's largest city, was quiet.`);
    expect(x.actors.find((a) => a.name === "Russia")).toBeUndefined();
  });
});

describe("a noun of backing heading an apposition or taking 'to'", () => {
  const story = "NAIROBI, Kenya (Reuters) - Fighting spread in the north on Monday.";
  it("reads the party before the comma as the backer, not the clause's subject", () => {
    const x = extractArticle(`date 2019-04-08\n${story} Ethiopia blamed the raid on Eritrea and Qatar, the chief sponsors of the Ogaden National Liberation Front.`);
    expect(rel(x, "SUPPORTS", "Ethiopia", "Ogaden National Liberation Front")).toBeUndefined();
    expect(rel(x, "SUPPORTS", "Qatar", "Ogaden National Liberation Front")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Eritrea", "Ogaden National Liberation Front")).toBeDefined();
  });
  it("reads whom a supplier supplies after 'to'", () => {
    const x = extractArticle(`date 2019-04-08\n${story} Belarus, the main arms supplier to both Sudan and Chad, said nothing.`);
    expect(rel(x, "SUPPORTS", "Belarus", "Sudan")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Belarus", "Chad")).toBeDefined();
  });
  it("reads a plural's possessive before the noun ('the rebels' main backer')", () => {
    const x = extractArticle(`date 2019-04-08\n${story} The Ogaden National Liberation Front said on Sunday that Eritrea had been the ONLF's patron for years. Qatar has been the Ogaden fighters' main backer since 2017.`);
    expect(x.relations.filter((r) => r.type === "SUPPORTS" && r.source === id(x, "Qatar")).length).toBeGreaterThan(0);
  });
});

describe("'X and its NAME allies' where the name is a body of states", () => {
  it("reads X as a member of the body, not its ally", () => {
    const x = extractArticle("date 2016-09-12\nRIGA, Latvia (Reuters) - Norway and its NATO allies have sent 1,200 troops to the Baltic states since March.");
    expect(rel(x, "MEMBER_OF", "Norway", "NATO")).toBeDefined();
    expect(rel(x, "ALLIED_WITH", "Norway", "NATO")).toBeUndefined();
  });
});
