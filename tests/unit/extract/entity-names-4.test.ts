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
