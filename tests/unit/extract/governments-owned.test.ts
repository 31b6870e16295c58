import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);
const LEDE = "DODOMA (Reuters) - Tanzania's army said on Tuesday it had pushed gunmen back from two villages near the Mozambican border. Tanzania has fought the insurgents along the Ruvuma river since 2020. ";

describe("'President X's government' of a head placed nowhere when it is read", () => {
  it("is the government of the state where the head's office is placed ('Norway …, although Prime Minister X's government …')", () => {
    const r = rels(LEDE + "Norway, the main donor, keeps paying for the border clinics, although Prime Minister Anders Lunde's government faces questions at home over the cost.");
    expect(r).toContain("LEADS person:anders-lunde gov:NOR");
    expect(r).not.toContain("LEADS person:anders-lunde gov:TZA");
  });

  it("is a government of its own where another head leads the home state", () => {
    const r = rels(
      LEDE +
        "President Samia Hassan told parliament on Monday that the army would stay in the south. " +
        "Officials say the gunmen buy rifles across the border with the help of President Tomas Chivambo's government.",
    );
    expect(r).toContain("LEADS person:tomas-chivambo org:chivambo");
    expect(r).not.toContain("LEADS person:tomas-chivambo gov:TZA");
  });

  it("is the home government where nothing places the head elsewhere, and a country it accuses is the other party", () => {
    const r = rels(LEDE + "President Juma Mrisho's government accuses neighbouring Mozambique of sheltering the gunmen.");
    expect(r).toContain("LEADS person:juma-mrisho gov:TZA");
    expect(r).not.toContain("LEADS person:juma-mrisho gov:MOZ");
  });
});
