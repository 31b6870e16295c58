/**
 * MEMBER_OF between bodies (session 17): a coalition listing its members. The texts are written for these tests
 * in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a coalition that includes its members", () => {
  it("reads 'X, a loose alliance of N that includes A, B and C' with every member listed", () => {
    const x = extractArticle("date 2022-05-10\nTIKRIT, May 10 (Reuters) - The bombing was claimed by the Sunni Front of Anbar, a loose alliance of tribal groups that includes the Albu Nimr Brigade, Jaish al-Rashideen and the Anbar Sons Battalion, and which claims to have staged dozens of raids.");
    expect(rel(x, "MEMBER_OF", "Albu Nimr Brigade", "Sunni Front of Anbar")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Jaish al-Rashideen", "Sunni Front of Anbar")).toBeDefined();
  });
  it("reads 'which also includes' after an apposition of common nouns", () => {
    const x = extractArticle("date 2022-05-10\nThe Sunni Front of Anbar, a federation of armed clans which also includes the Albu Nimr Brigade, denied the claim on Tuesday.");
    expect(rel(x, "MEMBER_OF", "Albu Nimr Brigade", "Sunni Front of Anbar")).toBeDefined();
  });
  it("reads members listed with the people they are 'of'", () => {
    const x = extractArticle("date 2022-05-10\nThe Sunni Front of Anbar, a coalition of tribal militias which includes the Albu Nimr Brigade (ANB) of Khalid Nimr, the Anbar Sons Battalion (ASB) of Saad Jubouri and Jaish al-Rashideen, denied the claim.");
    expect(rel(x, "MEMBER_OF", "Anbar Sons Battalion", "Sunni Front of Anbar")).toBeDefined();
  });
  it("makes no member of a party named before a network no one names", () => {
    const x = extractArticle('date 2022-05-10\nThe Albu Nimr Brigade is part of what Tehran calls the "front of steadfastness", a loose network that also includes Jaish al-Rashideen.');
    expect(rel(x, "MEMBER_OF", "Jaish al-Rashideen", "Albu Nimr Brigade")).toBeUndefined();
  });
});

describe("a party apposed as one of a body's groups", () => {
  it("reads 'X, one of the main <body> groupings' as membership", () => {
    const x = extractArticle("date 2022-05-10\nMEKELLE, May 10 (AFP) - The ambush was claimed by the Raya Youth Front (RYF), one of the main Tigray Defence Forces groupings, local officials said.");
    expect(rel(x, "MEMBER_OF", "Raya Youth Front", "Tigray Defence Forces")).toBeDefined();
  });
  it("reads 'X, the largest of the rebel groups in Y' as membership", () => {
    const x = extractArticle("date 2022-05-10\nA spokesman for the Acholi Liberation Movement, the biggest of the armed groups in the Northern Alliance, rejected the truce on Tuesday.");
    expect(rel(x, "MEMBER_OF", "Acholi Liberation Movement", "Northern Alliance")).toBeDefined();
  });
});
