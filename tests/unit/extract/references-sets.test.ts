/**
 * Plural references to a set of groups named before: "the two factions", "both groups", "these rebels".
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

describe("a set of groups named together", () => {
  it("reads 'the two groups … each other' as the two groups of the sentence before, not an owner or another name", () => {
    const x = extractArticle(
      "date 2024-03-01\nThe Sahel Liberation Front also faces a challenger in al-Qaeda's regional branch, known as the Mourabitoun Brigade or MB, which claimed an attack on a convoy last week. The two groups have clashed with each other near the border town of Menaka.",
    );
    expect(rel(x, "OPPOSES", "Sahel Liberation Front", "Mourabitoun Brigade")).toBeDefined();
  });

  it("reads 'these rebels' as every group of the coalition named just before", () => {
    const x = extractArticle(
      "date 2024-03-01\nIn March, an alliance of rebels uniting the Movement for Unity and Justice of Ali Hamid and the Front for National Salvation (FNS) of Idris Kaba marched on the capital. Officials in Bangui say Kinshasa has been arming these rebels from camps across the river.",
    );
    const support = (target: string) => rel(x, "SUPPORTS", "Democratic Republic of the Congo", target) ?? rel(x, "SUPPORTS", "Kinshasa", target);
    expect(support("Movement for Unity and Justice")).toBeDefined();
    expect(support("Front for National Salvation")).toBeDefined();
  });

  it("leaves 'the two factions' unresolved when the groups were named more than a sentence before", () => {
    const x = extractArticle(
      "date 2024-03-01\nIn 2019 the Islamic Salvation Army broke away from the Northern Defence Movement. A succession dispute followed the split. The two factions have clashed repeatedly since then.",
    );
    expect(rel(x, "OPPOSES", "Islamic Salvation Army", "Northern Defence Movement")).toBeUndefined();
  });
});
