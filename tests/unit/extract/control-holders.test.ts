/**
 * Who holds a place, and which place, in shapes the control rules missed: the speaker of "X say they hold …"
 * (past a relative clause naming another party, or as "X commanders"), and places named by a plural or a
 * kind of relief after their name. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const controls = (x: Extraction, source: string, target: string) => x.relations.some((r) => r.type === "CONTROLS" && r.source === id(x, source) && r.target === id(x, target));

describe("the speaker of 'X say they hold'", () => {
  it("reads the subject past a relative clause that names another party", () => {
    const x = extractArticle("date 2022-05-04\nThe Ogaden National Liberation Front, which entered the district on Monday in a push timed with strikes by the Eritrean army, now say they control the town of Degehabur.");
    expect(controls(x, "Ogaden National Liberation Front", "Degehabur")).toBe(true);
    expect(controls(x, "Eritrean army", "Degehabur")).toBe(false);
  });
  it("reads the subject past a relative clause and an auxiliary", () => {
    const x = extractArticle("date 2022-05-04\nThe Sudan People's Liberation Movement-North, which swept through the hills last week alongside the Justice and Equality Movement, has said it holds the town of Kadugli.");
    expect(controls(x, "Sudan People's Liberation Movement-North", "Kadugli")).toBe(true);
    expect(controls(x, "Justice and Equality Movement", "Kadugli")).toBe(false);
  });
  it("reads an armed group's commanders as the group speaking", () => {
    const x = extractArticle("date 2022-05-04\nEthiopian troops shelled the district on Monday. Ogaden National Liberation Front commanders say they still hold the town of Degehabur.");
    expect(controls(x, "Ogaden National Liberation Front", "Degehabur")).toBe(true);
    expect(controls(x, "Ethiopia", "Degehabur")).toBe(false);
  });
});

describe("places named by a plural, a relief or what they serve", () => {
  it("reads a name before a plural of provinces as the place held", () => {
    const x = extractArticle("date 2022-05-04\nThe Allied Democratic Forces hold Eringeti and much of the Uele provinces.");
    expect(controls(x, "Allied Democratic Forces", "Eringeti")).toBe(true);
    expect(controls(x, "Allied Democratic Forces", "Uele provinces")).toBe(true);
  });
  it("reads a massif and hills after their name", () => {
    const x = extractArticle("date 2022-05-04\nThe Karen National Liberation Army still holds much of the Dawna massif. The Kachin Independence Army says it holds pockets of the Kumon hills.");
    expect(controls(x, "Karen National Liberation Army", "Dawna massif")).toBe(true);
    expect(controls(x, "Kachin Independence Army", "Kumon hills")).toBe(true);
  });
  it("reads the town a hub is of, and the town a named port is of in the list after it", () => {
    const x = extractArticle("date 2022-05-04\nThe Allied Democratic Forces hold the rail hub of Kalunguta and the Lake Albert port of Ntoroko.");
    expect(controls(x, "Allied Democratic Forces", "Kalunguta")).toBe(true);
    expect(controls(x, "Allied Democratic Forces", "Ntoroko")).toBe(true);
    expect(controls(x, "Allied Democratic Forces", "Lake Albert port")).toBe(false);
  });
});
