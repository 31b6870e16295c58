/**
 * Precision guards, third round (session 15): relations the extractor read that the sentence does not
 * state. The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a membership the writer denies", () => {
  it("makes no member of 'X is not part of Y' or 'is not a formal member of Y'", () => {
    const x = extractArticle("date 2021-03-04\nThe Zomi Defence Army (ZDA), a smaller ethnic force, is not part of the Northern Alliance but has fought beside it since May. The Lake Guards militia is not a formal member of the Kivu Patriotic Front (KPF), officials said.");
    expect(rel(x, "MEMBER_OF", "Zomi Defence Army", "Northern Alliance")).toBeUndefined();
    expect(rel(x, "MEMBER_OF", "Lake Guards", "Kivu Patriotic Front")).toBeUndefined();
  });
  it("still reads 'X is part of Y' and 'is a member of Y'", () => {
    const x = extractArticle("date 2021-03-04\nThe Zomi Defence Army (ZDA), a smaller ethnic force, is part of the Northern Alliance. The Lake Guards militia is a member of the Kivu Patriotic Front (KPF), officials said.");
    expect(rel(x, "MEMBER_OF", "Zomi Defence Army", "Northern Alliance")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Lake Guards", "Kivu Patriotic Front")).toBeDefined();
  });
});
