/**
 * Two names a story gives one party side by side — ", or KLF", ", known as UNMIF", "KLF - the Kivu
 * Liberation Front -", "who are officially known as Ansar al-Haqq" — are one party: what is said of either
 * name (that it is an armed group, that "the group" is it) is said of the party.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("names given side by side for one party", () => {
  it("joins an acronym given after ', known as' to the name before it", () => {
    const x = extractArticle(
      "date 2023-05-09\nGOMA, DR Congo (Reuters) - Militias attacked two villages near Bunia.\n\nThe United Nations Observer Mission in Ituri, known as UNOMI, has about 3,000 troops and has been headed since 2021 by Senegalese diplomat Awa Ndiaye. Its mandate ends next year.",
    );
    expect(id(x, "UNOMI")).toBe(id(x, "United Nations Observer Mission in Ituri"));
    expect(rel(x, "LEADS", "Awa Ndiaye", "UNOMI")).toBeDefined();
  });

  it("gives a state's army the acronym it is known by, so what is said of the acronym is said of the army", () => {
    const x = extractArticle(
      "date 2024-03-02\nBANGUI (AFP) - Fighting spread north of the capital.\n\nThe Chadian army, known as the ANT, has sent two battalions to the border. The ANT said it had driven the rebels out of Tissi, which the FACT had held since January.",
    );
    expect(id(x, "ANT")).toBe(id(x, "Chadian army"));
    expect(x.actors.filter((a) => a.name === "ANT")).toHaveLength(0);
  });

  it("reads an acronym set off by a dash at a sentence's start as the name after it, not a dateline town", () => {
    const x = extractArticle(
      "date 1988-03-01\nThe war in the north has lasted a decade.\n\nKALIF - the Kalindi Liberation Front, known at first by another name - was founded in 1978 by exiles in the capital. It has fought the army ever since.",
    );
    expect(x.locations.find((l) => l.name.toUpperCase() === "KALIF")).toBeUndefined();
    expect(id(x, "KALIF")).toBe(id(x, "Kalindi Liberation Front"));
  });

  it("joins a name the relative clause says a group is formally known as, so that 'the group' is that group", () => {
    const x = extractArticle(
      "date 2022-11-04\nJets strike Zaydi targets in the north\n\nMUKALLA, Yemen (Reuters) - Blasts were heard overnight in Harib and in Marran, the group's mountain stronghold, residents said.\n\nThe Zaydis, who have held Marran since 2009 and are officially known as Ansar al-Haqq, have fired rockets at army posts since June. Riyadh accuses Tehran of arming the Zaydis.",
    );
    expect(id(x, "Zaydis")).toBe(id(x, "Ansar al-Haqq"));
    expect(rel(x, "CONTROLS", "Ansar al-Haqq", "Marran")).toBeDefined();
  });
});
