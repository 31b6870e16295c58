/**
 * The gazetteer's country index is built lazily; the first question asked of a fresh module must
 * get the same answer as any later one (an article's first word is often a demonym).
 */
import { describe, expect, it, vi } from "vitest";

describe("country forms", () => {
  it("answers the first lookup in a fresh process as it answers later ones", async () => {
    vi.resetModules();
    const fresh = await import("../../../src/extract/gazetteer.js");
    expect(fresh.countryForm("French")?.country.iso3).toBe("FRA");
    expect(fresh.countryForm("Emirati")?.country.iso3).toBe("ARE");
    expect(fresh.countryForm("Frenchly")).toBeUndefined();
  });
  it("knows the short names English uses beside the ISO names", async () => {
    const { countryForm } = await import("../../../src/extract/gazetteer.js");
    expect(countryForm("Britain")?.country.iso3).toBe("GBR");
    expect(countryForm("Holland")?.country.iso3).toBe("NLD");
    expect(countryForm("Burma")?.country.iso3).toBe("MMR");
  });
  it("takes a demonym in -ean and in -ian alike, whichever the data spells", async () => {
    const { countryForm } = await import("../../../src/extract/gazetteer.js");
    expect(countryForm("Ecuadorian")?.country.iso3).toBe("ECU");
    expect(countryForm("Ecuadorean")?.country.iso3).toBe("ECU");
    expect(countryForm("Nigerien")?.country.iso3).toBe("NER");
    expect(countryForm("Nigerian")?.country.iso3).toBe("NGA");
  });
  it("takes the stem of a country name in -stan as its demonym, but never a stem too short to be one", async () => {
    const { countryForm } = await import("../../../src/extract/gazetteer.js");
    expect(countryForm("Tajik")?.country.iso3).toBe("TJK");
    expect(countryForm("Kyrgyz")?.country.iso3).toBe("KGZ");
    expect(countryForm("Pak")).toBeUndefined();
  });
  it("takes a one-word plural name without its s as an adjective, and no other name that ends in s", async () => {
    const { countryForm } = await import("../../../src/extract/gazetteer.js");
    expect(countryForm("Philippine")).toMatchObject({ form: "demonym", country: { iso3: "PHL" } });
    expect(countryForm("Maldive")?.country.iso3).toBe("MDV");
    expect(countryForm("Mauritiu")).toBeUndefined();
    expect(countryForm("Hondura")).toBeUndefined();
  });
  it("finds a larger place by a transliteration that differs in marks, apostrophes, doubled letters or a final h", async () => {
    const { citiesNamed } = await import("../../../src/extract/gazetteer.js");
    expect(citiesNamed("Misrata")[0]).toMatchObject({ iso2: "LY" });
    expect(citiesNamed("Mekelle")[0]).toMatchObject({ iso2: "ET" });
    expect(citiesNamed("Qwxzzt")).toEqual([]);
  }, 60_000);
});
