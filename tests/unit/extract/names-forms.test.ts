/**
 * Actors found under the wrong name: a name cut short before its acronym, a short form not linked
 * to the full name. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));

describe("names and their other forms", () => {
  it("spells out a translated name's acronym across 'in the' inside the name", () => {
    const x = extractArticle("date 2024-02-01\nThe Alliance for Democracy in the Central Sahel (ADS) said on Tuesday its fighters had taken the town of Menaka.");
    expect(actor(x, "ADS")?.name).toBe("Alliance for Democracy in the Central Sahel");
  });
  it("spells out an acronym across 'and the' inside a translated name, but not across 'and' after a country", () => {
    const x = extractArticle("date 2024-02-01\nSoldiers clashed with fighters of the Movement for the Unity and the Progress (UPM) near Abeche on Sunday, the army said. Talks between the Government of Chad and the Sahel Resistance Front (FRS) stalled.");
    expect(actor(x, "UPM")?.name).toBe("Movement for the Unity and the Progress");
    expect(actor(x, "FRS")?.name).not.toMatch(/Government/);
  });
  it("keeps a fuller name given later to a group first named by its people's adjective", () => {
    const x = extractArticle("date 2016-10-17\n\nOffensive opens\n\nQUETTA, Pakistan (AFP) - Pakistani forces and Baluchi levies fighters launched a long-awaited offensive on Monday to retake the town of Dera from the Islamic State group.\n\nThe coalition has dozens of advisers embedded with Pakistani and Baluchi units.");
    expect(actor(x, "Baluchi units")?.name).toBe("Baluchi");
  });
});
