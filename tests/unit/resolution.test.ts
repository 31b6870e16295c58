import { describe, expect, it } from "vitest";
import { lookupKeys } from "../../src/graph/lookup.js";
import { AUTO_MERGE_SCORE, CANDIDATE_FLOOR, candidateQuery, nameSimilarity, resolveActor, resolveRow, type ActorLookup } from "../../src/graph/resolution.js";

const actor = (id: string, name: string, type = "ARMED_GROUP", aliases: string[] = []) => ({ id, name, type, lookupKeys: lookupKeys(name, aliases) });
const candidate = (id: string, name: string, aliases: string[] = []) => ({ id, name, lookupKeys: lookupKeys(name, aliases) });
const lookup = (id: string, extra: Partial<ActorLookup> = {}): ActorLookup => ({ id, redirectedTo: null, aliasedTo: null, known: false, candidates: [], ...extra });

describe("nameSimilarity", () => {
  it("scores the issue's near-misses between the candidate floor and the merge threshold", () => {
    for (const [a, b] of [["Libyan National Army", "Libyan Nation Army"], ["Government of National Accord", "Government of National Agreement"]] as const) {
      const score = nameSimilarity(a, b);
      expect(score).toBeGreaterThanOrEqual(CANDIDATE_FLOOR);
      expect(score).toBeLessThan(AUTO_MERGE_SCORE);
    }
    expect(nameSimilarity("Libyan National Army", "libyan  national army")).toBe(1);
    expect(nameSimilarity("Libyan National Army", "Rapid Support Forces")).toBeLessThan(CANDIDATE_FLOOR);
  });
});

describe("resolveActor", () => {
  const lna = actor("org:lna", "LNA");

  it("follows an analyst's redirect, then an alias, before the actor's own id", () => {
    expect(resolveActor(lna, lookup("org:lna", { redirectedTo: "org:a", aliasedTo: "org:b", known: true })).id).toBe("org:a");
    expect(resolveActor(lna, lookup("org:lna", { aliasedTo: "org:b", known: true })).id).toBe("org:b");
    expect(resolveActor(lna, lookup("org:lna", { known: true }))).toEqual({ id: "org:lna", possiblySameAs: [] });
  });

  it("lands an acronym on the one actor it abbreviates, either way round", () => {
    const army = candidate("org:libyan-national-army", "Libyan National Army");
    expect(resolveActor(lna, lookup("org:lna", { candidates: [army] })).id).toBe(army.id);
    const full = actor("org:libyan-national-army", "Libyan National Army");
    expect(resolveActor(full, lookup(full.id, { candidates: [candidate("org:lna", "LNA")] })).id).toBe("org:lna");
  });

  it("does not guess between two actors with the same acronym: both become candidates", () => {
    const candidates = [candidate("org:libyan-national-army", "Libyan National Army"), candidate("org:lebanese-national-army", "Lebanese National Army")];
    expect(resolveActor(lna, lookup("org:lna", { candidates }))).toEqual({
      id: "org:lna",
      possiblySameAs: [{ id: "org:lebanese-national-army", score: 1 }, { id: "org:libyan-national-army", score: 1 }],
    });
  });

  it("does not take a shared derived acronym for the same actor", () => {
    const lebanese = actor("org:lebanese-national-army", "Lebanese National Army");
    const resolution = resolveActor(lebanese, lookup(lebanese.id, { candidates: [candidate("org:libyan-national-army", "Libyan National Army", ["LNA"])] }));
    expect(resolution.id).toBe(lebanese.id);
    expect(resolution.possiblySameAs.every(({ score }) => score < AUTO_MERGE_SCORE)).toBe(true);
  });

  it("merges an all-but-identical spelling and flags a similar one", () => {
    const typo = actor("org:rapid-suport-forces", "Rapid Suport Forces");
    expect(resolveActor(typo, lookup(typo.id, { candidates: [candidate("org:rsf", "Rapid Support Forces")] })).id).toBe("org:rsf");
    const nation = actor("org:libyan-nation-army", "Libyan Nation Army");
    const resolution = resolveActor(nation, lookup(nation.id, { candidates: [candidate("org:libyan-national-army", "Libyan National Army"), candidate("org:x", "Free Thunder Front")] }));
    expect(resolution).toEqual({ id: nation.id, possiblySameAs: [{ id: "org:libyan-national-army", score: nameSimilarity("Libyan Nation Army", "Libyan National Army") }] });
  });
});

describe("resolveRow", () => {
  it("searches no candidates for country-coded actors, and quotes every key", () => {
    expect(resolveRow(actor("gov:SDN", "Government of Sudan", "GOVERNMENT")).query).toBeNull();
    expect(resolveRow(actor("army:SDN", "Sudanese Armed Forces")).query).toBeNull();
    expect(candidateQuery(actor("org:x", 'The "Free" Front'))).toBe('"the \\"free\\" front" OR (the free~1 front~1)');
    expect(resolveRow(actor("person:x", "Khalifa Haftar", "PERSON")).types).toEqual(["PERSON"]);
  });
});
