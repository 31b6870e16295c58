/**
 * Precision guards, fourth round (session 16): relations read onto the wrong party. The texts are written
 * for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a body's office held by a foreign national", () => {
  it("places 'the body's deputy commander, Canadian General X' in the body, not in the country", () => {
    const x = extractArticle("date 2021-03-04\nThe African Union Mission in Sudan (AMIS) said its patrols would resume on Monday. The AMIS's deputy military commander, Canadian Brigadier General Paul Renard, told reporters the convoys had been attacked twice.");
    expect(rel(x, "MEMBER_OF", "Paul Renard", "Canada")).toBeUndefined();
    expect(x.relations.find((r) => r.source === id(x, "Paul Renard") && r.target === id(x, "African Union Mission in Sudan"))).toBeDefined();
  });
});

describe("a relative clause after an apposition", () => {
  it("is about the name the apposition describes, past a name in brackets before the comma", () => {
    const x = extractArticle("date 2016-06-10\nIn 2015 the Liwa al-Haq and the Saraya al-Ghuraba brigades merged with smaller units into the Coastal Liberation Front (Jabhat Tahrir al-Sahil), a coalition that captured the border town of Kessab after a week of fighting.");
    expect(rel(x, "CONTROLS", "Coastal Liberation Front", "Kessab")).toBeDefined();
    expect(rel(x, "CONTROLS", "Saraya al-Ghuraba", "Kessab")).toBeUndefined();
  });
  it("is about the name before an article-less apposition's 'of' phrase, for verbs joined by 'and' too", () => {
    const x = extractArticle("date 2016-06-10\nUN investigators have documented ties between the militiamen and the private security firm Black Steppe Group, partner of the Islamic Resistance Council (IRC), which reportedly armed and trained fighters of the Popular Defence Militia (PDM).");
    expect(rel(x, "SUPPORTS", "Black Steppe Group", "Popular Defence Militia")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Islamic Resistance Council", "Popular Defence Militia")).toBeUndefined();
  });
});
