/**
 * Names no data package knows, made parties where only a party can stand, and the people named with
 * them. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));
const place = (x: Extraction, n: string) => x.locations.find((e) => e.name === n || e.aliases.includes(n));
const related = (x: Extraction, type: string, a: string, b: string) => x.relations.some((r) => r.type === type && r.source === actor(x, a)?.id && r.target === (actor(x, b) ?? place(x, b))?.id);

describe("a name where only a party can stand", () => {
  it("makes a party of a name that owns an office, and its minister a member", () => {
    const x = extractArticle("date 2024-03-01\nKalvoria's hardline interior minister, Tomas Brecht, told a rally in the capital that the province would never bow to the federal government.");
    expect(actor(x, "Kalvoria")).toBeDefined();
    expect(related(x, "MEMBER_OF", "Tomas Brecht", "Kalvoria")).toBe(true);
  });
  it("makes a party of a name someone heads", () => {
    const x = extractArticle("date 2024-03-01\nThe cleric Omar Sadiq heads Dar al-Khair, a charity that Washington calls a front for militants. Police raided Dar al-Khair offices on Monday.");
    expect(actor(x, "Dar al-Khair")).toBeDefined();
    expect(related(x, "LEADS", "Omar Sadiq", "Dar al-Khair")).toBe(true);
  });
  it("makes a party of a name conjoined with an armed group", () => {
    const x = extractArticle("date 2024-03-01\nIn May the Salam Front and Kurrat Hawla joined other factions in the Northern Coalition, an alliance of rebel groups.");
    expect(actor(x, "Kurrat Hawla")).toBeDefined();
  });
  it("makes no party of a name conjoined with a state", () => {
    const x = extractArticle("date 2024-03-01\nEthiopia and Wolkait were the scene of heavy fighting in May, residents said.");
    expect(actor(x, "Wolkait")).toBeUndefined();
  });
});

describe("the people named beside a party", () => {
  it("takes the person named after a body's office as the subject, not the body", () => {
    const x = extractArticle("date 2024-03-01\nThe Lamu Liberation Front's best-known commander, Yusuf Darwish, holds most of the Tana Valley, having fought off three army offensives there.");
    expect(related(x, "CONTROLS", "Yusuf Darwish", "Tana Valley")).toBe(true);
    expect(related(x, "CONTROLS", "Lamu Liberation Front", "Tana Valley")).toBe(false);
  });
  it("pairs bodies and leaders named respectively", () => {
    const x = extractArticle("date 2024-03-01\nThe two largest factions, the Salam Brigade and the Hawla Front, are led respectively by Tariq Mansour and Abu Yahya al-Dulaimi, who also sits on the council.");
    expect(related(x, "LEADS", "Tariq Mansour", "Salam Brigade")).toBe(true);
    expect(related(x, "LEADS", "Abu Yahya al-Dulaimi", "Hawla Front")).toBe(true);
    expect(related(x, "LEADS", "Tariq Mansour", "Hawla Front")).toBe(false);
  });
  it("reads both leaders of a militia described by a hyphened word, and no family name as one of them", () => {
    const x = extractArticle("date 2024-03-01\nThe raid was carried out by gunmen from the Dimakuta group, an island clan-based force led by brothers Amir and Farouk Dimakuta.");
    expect(related(x, "LEADS", "Amir", "Dimakuta")).toBe(true);
    expect(related(x, "LEADS", "Farouk Dimakuta", "Dimakuta")).toBe(true);
    expect(actor(x, "Farouk Dimakuta")?.aliases).not.toContain("Dimakuta");
  });
});
