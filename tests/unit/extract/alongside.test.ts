/**
 * Fighting beside a side, read by the kind of party: a local militia beside the army of the country the story
 * is about is its ally; a foreign state's troops or fighters named by no word for a militia lend help. A name
 * described as a collection of militias is an armed group, and a relative clause after that description is
 * about the name. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const allied = (x: Extraction, a: string, b: string) => rel(x, "ALLIED_WITH", a, b) ?? rel(x, "ALLIED_WITH", b, a);
const story = "BANGUI, Central African Republic (Reuters) - Fighting flared near the capital on Monday, Central African officials said.";
const read = (text: string) => extractArticle(`date 2022-03-14\n${story} ${text}`);

describe("a local militia fighting beside the home army is its ally", () => {
  it("reads a militia described in apposition as fighting alongside the army as an ally", () => {
    const x = read("The Zandé Guards, a loose coalition of local militias, fought alongside government troops last year.");
    expect(allied(x, "Zandé Guards", "Government of Central African Republic")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Zandé Guards", "Government of Central African Republic")).toBeUndefined();
  });
  it("names a group described as a grouping of quoted militias, and gives it the relative clause after", () => {
    const x = read('Officials praised the Mbororo, a loose grouping of rural "self-defence" militias that have fought beside government soldiers against the UPC since 2019.');
    expect(x.actors.find((a) => a.name === "Mbororo")?.type).toBe("ARMED_GROUP");
    expect(allied(x, "Mbororo", "Government of Central African Republic")).toBeDefined();
    expect(rel(x, "OPPOSES", "Mbororo", "UPC")).toBeDefined();
  });
  it("still reads a named group with no word for a militia beside the army as help", () => {
    const x = read("Fighters of the Sangaris Group fought alongside government troops last year.");
    expect(allied(x, "Sangaris Group", "Government of Central African Republic")).toBeUndefined();
  });
});
