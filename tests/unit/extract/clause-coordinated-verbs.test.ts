/**
 * Verbs joined by "and" share their subject and object, though the tagger may read one of them as a noun or an
 * adjective. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("two verbs joined by 'and' before one object", () => {
  it("reads a past participle after 'and' as the verb its partner is", () => {
    const x = extractArticle("date 2022-05-04\nU.N. investigators say Rwanda trained and armed the M23 before its offensive on Goma.");
    expect(rel(x, "SUPPORTS", "Rwanda", "M23")).toBeDefined();
  });
  it("reads a base form the tagger takes for a noun as the verb it is coordinated with", () => {
    const x = extractArticle("date 2022-05-04\nThe M23 holds Bunagana. Rwanda keeps several hundred officers in Congo, where they guide and arm M23 fighters, the experts said.");
    expect(rel(x, "SUPPORTS", "Rwanda", "M23")).toBeDefined();
  });
  it("reads two verbs in -s between a party and its object, neither tagged a verb", () => {
    const x = extractArticle("date 2022-05-04\nThe M23 holds Bunagana. Rwanda funds and arms the M23, U.N. experts say.");
    expect(rel(x, "SUPPORTS", "Rwanda", "M23")).toBeDefined();
  });
});
