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
    const x = extractArticle("date 2021-03-04\nThe Zomi Defence Army (ZDA) is not part of the Northern Alliance, though its units have fought beside it since May. The Lake Guards militia is not a formal member of the Kivu Patriotic Front (KPF), officials said.");
    expect(rel(x, "MEMBER_OF", "Zomi Defence Army", "Northern Alliance")).toBeUndefined();
    expect(rel(x, "MEMBER_OF", "Lake Guards", "Kivu Patriotic Front")).toBeUndefined();
  });
  it("still reads 'X is part of Y' and 'is a member of Y'", () => {
    const x = extractArticle("date 2021-03-04\nThe Zomi Defence Army (ZDA), a smaller ethnic force, is part of the Northern Alliance. The Lake Guards militia is a member of the Kivu Patriotic Front (KPF), officials said.");
    expect(rel(x, "MEMBER_OF", "Zomi Defence Army", "Northern Alliance")).toBeDefined();
    expect(rel(x, "MEMBER_OF", "Lake Guards", "Kivu Patriotic Front")).toBeDefined();
  });
});

describe("a head of state after a sentence about a foreign state", () => {
  it("places no untitled head at home when the home is named only after the foreign state, in what it does or says", () => {
    const x = extractArticle("date 2021-03-04\nLUSAKA (Reuters) - Zambian troops shelled rebel camps near Kasama on Tuesday. Tanzania, whose ports depend on the northern railway, has become the government's closest military partner. President Jakaya Mrema sent 3,000 soldiers to guard the line. Malawi says Zambia started the border war with help from Angola. Prime Minister Peter Banda said on Monday that Malawians would defend their farms.");
    expect(x.relations.filter((r) => r.source === id(x, "Jakaya Mrema") && r.target.endsWith("ZMB"))).toEqual([]);
    expect(x.relations.filter((r) => r.source === id(x, "Peter Banda") && r.target.endsWith("ZMB"))).toEqual([]);
  });
  it("still places one at home after a sentence that opens with the home's government", () => {
    const x = extractArticle("date 2021-03-04\nLUSAKA (Reuters) - Zambian troops shelled rebel camps near Kasama on Tuesday. The Zambian government welcomed the arrival of Tanzanian engineers. President Jakaya Mrema sent 3,000 soldiers to guard the line.");
    expect(x.relations.find((r) => r.source === id(x, "Jakaya Mrema"))?.target).toMatch(/ZMB$/);
  });
});
