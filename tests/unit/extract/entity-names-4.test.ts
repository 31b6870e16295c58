/**
 * Names of people and bodies that were cut, merged or missed: ranks that open a person's name, and the like.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const typeOf = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n))?.type;

describe("an air force rank before a name", () => {
  it("reads 'Squadron Leader X of the Y Air Force' as a person serving in the force, not one long unit's name", () => {
    const x = extractArticle("date 2024-05-02\nDHAKA, May 2 (Reuters) - Squadron Leader Tanvir Rahman of the Bangladesh Air Force told reporters on Thursday that two drones had been shot down near the border.");
    expect(typeOf(x, "Tanvir Rahman")).toBe("PERSON");
    expect(id(x, "Bangladesh Air Force")).toBeDefined();
    expect(x.actors.some((a) => a.name.startsWith("Squadron Leader"))).toBe(false);
  });
});

describe("a mission's name that holds where it serves", () => {
  it("reads 'X Mission in <country>' as one body, though the name ends in a country", () => {
    const x = extractArticle("date 2024-05-02\nMONROVIA, May 2 (Reuters) - The United Nations Mission in Liberia said on Thursday that its patrols had found two mass graves near the border.");
    expect(typeOf(x, "United Nations Mission in Liberia")).toBe("ORGANIZATION");
  });
  it("reads 'X Mission to <country>' as one body that a state sends troops to", () => {
    const x = extractArticle("date 2024-05-02\nBUJUMBURA, May 2 (Reuters) - Zambia will send another battalion to the African Union Mission to Burundi, its defence ministry said on Thursday.");
    expect(typeOf(x, "African Union Mission to Burundi")).toBe("ORGANIZATION");
    expect(x.actors.some((a) => a.name === "African Union Mission")).toBe(false);
  });
  it("keeps a people's word that opens the name and the country after 'to' inside it", () => {
    const x = extractArticle("date 1951-05-02\nATHENS, May 2 (AP) - The Canadian Mission for Reconstruction to Greece, headed by Paul Tremblay, said on Wednesday that it would rebuild forty bridges.");
    expect(typeOf(x, "Canadian Mission for Reconstruction to Greece")).toBe("ORGANIZATION");
    expect(x.relations.some((r) => r.type === "LEADS" && r.source === id(x, "Paul Tremblay") && r.target === id(x, "Canadian Mission for Reconstruction to Greece"))).toBe(true);
    expect(x.relations.some((r) => r.type === "LEADS" && r.source === id(x, "Paul Tremblay") && r.target === id(x, "Greece"))).toBe(false);
  });
});
