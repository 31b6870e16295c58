/**
 * Support where the recipient comes before the thing given, as translated and formal copy writes it
 * ("delivered to the army ammunition"): the noun after the recipient is what is given, not part of its
 * name. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const names = (x: Extraction) => x.actors.flatMap((a) => [a.name, ...a.aliases]);

describe("a recipient named before what it is given", () => {
  it("reads a state's army after 'to' as the recipient when a noun of materiel follows it", () => {
    const x = extractArticle("date 2023-05-02\nThe Zambian army had earlier delivered to the Angolan army ammunition and fuel, diplomats said.");
    expect(rel(x, "SUPPORTS", "Zambian army", "Angolan army")).toBeDefined();
    expect(names(x).some((n) => /ammunition/.test(n))).toBe(false);
  });
  it("keeps a capital given weapons a party, without the weapons in its name", () => {
    const x = extractArticle("date 2023-05-02\nAnkara has also sold to Tashkent drones and armoured vehicles, according to officials.");
    expect(rel(x, "SUPPORTS", "Turkey", "Uzbekistan")).toBeDefined();
    expect(names(x).some((n) => /drones/.test(n))).toBe(false);
  });
  it("leaves the common order and a capital that is only a destination as they were", () => {
    const x = extractArticle("date 2023-05-02\nThe Zambian army delivered ammunition to the Angolan army. Reinforcements were later sent to Luanda.");
    expect(rel(x, "SUPPORTS", "Zambian army", "Angolan army")).toBeDefined();
    expect(x.locations.some((l) => l.name === "Luanda")).toBe(true);
  });
});

describe("a destination before a compound noun", () => {
  it("keeps a capital before a noun describing another as a place", () => {
    const x = extractArticle("date 2023-05-02\nThe parts were shipped to Tashkent drone factories last year.");
    expect(x.locations.some((l) => l.name === "Tashkent")).toBe(true);
  });
});
