/**
 * MEMBER_OF from a body's wings, arms and units (session 18): whose part "its" names, and the words for a part.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a part named after 'its … wing,' or 'its … arm,'", () => {
  it("gives the part to the body 'its' stands for, never to a state named in between", () => {
    const x = extractArticle("date 2022-05-10\nThe Patriotic Council of Kivu, an exile body to which France has offered political backing, welcomed the ceasefire, and fighters of its armed wing, the Lake Brigades, have withdrawn from Rutshuru.");
    expect(rel(x, "MEMBER_OF", "Lake Brigades", "Patriotic Council of Kivu")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Lake Brigades", "France")).toBeUndefined();
  });
  it("reads an 'arm' as a part like a wing", () => {
    const x = extractArticle("date 2022-05-10\nThe Northern Liberation Front has administered the province through its civilian arm, the Highland Administration Council, since 2019.");
    expect(rel(x, "MEMBER_OF", "Highland Administration Council", "Northern Liberation Front")).toBeDefined();
  });
});

describe("a part noun joined by 'and'", () => {
  it("makes no member of the clause's subject when 'the faction of' or 'the unit of' is a conjunct", () => {
    const x = extractArticle("date 2022-05-10\nThe Government of Chad and the main faction of the Northern Liberation Front signed a truce in Doha on Sunday. The Falcon Brigade said the raid was carried out by the Lake Squad and the unit of Desert Hawks.");
    expect(rel(x, "MEMBER_OF", "Government of Chad", "Northern Liberation Front")).toBeUndefined();
    expect(rel(x, "MEMBER_OF", "Lake Squad", "Desert Hawks")).toBeUndefined();
  });
});
