/**
 * "the rebels", "the militias", "the separatists", "the fighters": the side the story is about, named by
 * that noun or by none, not an umbrella it belongs to, nor a force of states or a numbered unit of an army.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("which side a noun for fighters points back at", () => {
  it("reads 'the rebels' as the group named with its fighters, not the umbrella it belongs to", () => {
    const x = extractArticle(
      "date 2024-03-02\nBUTEMBO, DR Congo (AFP) - Red Dragons fighters held the market town of Butembo on Saturday after a night of heavy shooting.\n\nRed Dragons fighters also patrolled the road to Beni, residents said.\n\n\"Butembo is ours,\" said Peter Ndifon, spokesman for the Kivu Patriotic Front (KPF), the political umbrella to which the Red Dragons belong.\n\nAid agencies said thousands of people had fled north.\n\nThe fall of Butembo ends a week of fighting that saw the rebels seize Lubero, a key market on the main road.",
    );
    expect(rel(x, "CONTROLS", "Red Dragons", "Lubero")).toBeDefined();
    expect(rel(x, "CONTROLS", "Kivu Patriotic Front", "Lubero")).toBeUndefined();
  });

  it("reads 'the insurgents' as the group named before, not a joint force of states named in the same sentence", () => {
    const x = extractArticle(
      "date 2022-06-14\nAnsaru militants attacked an army base near Malumfashi on Monday, killing 12 soldiers. The Multinational Joint Security Force (MJSF), a regional coalition of troops from Niger and Chad, is based in Diffa and has fought the insurgents along the border since 2018.",
    );
    expect(rel(x, "OPPOSES", "Multinational Joint Security Force", "Ansaru")).toBeDefined();
  });

  it("reads 'the militias' as the side named by its militiamen", () => {
    const x = extractArticle(
      "date 2021-09-20\nMopti, Mali (Reuters) - Dan Na Ambassagou militiamen attacked three villages near Bankass on Sunday, residents said. The army said the militias had also seized the town of Koro last week.",
    );
    expect(rel(x, "CONTROLS", "Dan Na Ambassagou", "Koro")).toBeDefined();
  });

  it("reads 'the separatists' as the side named before, never a numbered unit of a state's army", () => {
    const x = extractArticle(
      "date 2015-02-11\nDONETSK (Reuters) - Kalmius Brigade fighters shelled the rail hub of Debaltseve on Monday. Units of the 8th Army crossed the border overnight, Kiev said. The town of Vuhlehirsk is now held by the separatists, whose leader, Mykola Ostapenko, said it would never be given back.",
    );
    expect(rel(x, "LEADS", "Mykola Ostapenko", "Kalmius Brigade")).toBeDefined();
    expect(rel(x, "LEADS", "Mykola Ostapenko", "8th Army")).toBeUndefined();
  });

  it("makes no alliance of cooperation denied: 'is not coordinating with'", () => {
    const x = extractArticle("date 2019-05-03\nADDIS ABABA (AFP) - Officials in the capital insist the African Union is not coordinating with the Oromo Liberation Army.");
    expect(rel(x, "ALLIED_WITH", "African Union", "Oromo Liberation Army")).toBeUndefined();
  });
});
