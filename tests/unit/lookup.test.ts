import { describe, expect, it } from "vitest";
import { acronymOf, fulltextPhrase, lookupKeys, normaliseName } from "../../src/graph/lookup.js";

describe("name lookup", () => {
  it("derives acronyms from multi-word names, skipping function words", () => {
    expect(acronymOf("Government of National Accord")).toBe("GNA");
    expect(acronymOf("Libyan National Army")).toBe("LNA");
    expect(acronymOf("United Arab Emirates")).toBe("UAE");
    expect(acronymOf("Turkey")).toBeNull();
  });

  it("keys a name, its aliases and their acronyms, lower-cased and unique", () => {
    expect(lookupKeys("Libyan National Army", ["LNA", "Haftar's forces"])).toEqual(["libyan national army", "lna", "haftar's forces", "hf"]);
  });

  it("normalises case and spacing", () => {
    expect(normaliseName("  Sirte   Protection\tForce ")).toBe("sirte protection force");
  });

  it("quotes a key into one Lucene phrase", () => {
    expect(fulltextPhrase('al-"qardabiya" \\ AND *')).toBe('"al-\\"qardabiya\\" \\\\ AND *"');
  });
});
