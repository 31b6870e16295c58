/**
 * Relations that depend on how sentences are put together rather than on one verb: coordinated
 * clauses with their own subjects, pronouns, and bodies named by a common noun ("the junta").
 * The texts are written for these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const sources = (x: Extraction, type: string, target: string) => x.relations.filter((r) => r.type === type && r.target === id(x, target)).map((r) => r.source).sort();

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("relations across clauses and references", () => {
  it("gives each coordinated clause its own subject and its own kinds of support", () => {
    const x = extractArticle("date 2024-02-01\nThe army of Chad has lost ground in the north. Libya has supplied the junta with armoured vehicles, and Sudan has given it diplomatic cover.");
    expect(rel(x, "SUPPORTS", "Libya", "Government of Chad")?.kinds).toEqual(["MATERIEL_LOGISTICS"]);
    expect(rel(x, "SUPPORTS", "Sudan", "Government of Chad")?.kinds).toEqual(["POLITICAL"]);
    expect(x.relations.find((r) => r.source === "state:LBY" && r.target === "state:SDN")).toBeUndefined();
  });
  it("reads 'the junta' with no government named before as the rulers of the country the story is about", () => {
    const x = extractArticle("date 2024-02-01\nFighting spread across Niger this week as rebels advanced on Niamey. Algeria has armed the junta, diplomats say.");
    expect(rel(x, "SUPPORTS", "Algeria", "Government of Niger")).toBeDefined();
  });
});
