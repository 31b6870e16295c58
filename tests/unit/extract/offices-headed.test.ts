import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("a second head placed at home only because the story is set there", () => {
  it("is not the head of a government another titled head already leads", () => {
    const text = "BAMAKO (Reuters) - Malian government soldiers retook the town of Kidal on Tuesday, state television said, days after the army of President Oumar Sangare launched a new offensive. The government has been fighting separatists since 2012. The offensive began weeks after President Harlan Brooks withdrew American advisers from the region.";
    const r = rels(text);
    expect(r).toContain("LEADS person:oumar-sangare gov:MLI");
    expect(r).not.toContain("LEADS person:harlan-brooks gov:MLI");
  });

  it("nor where the other head is named with the government he leads", () => {
    const text = "SKOPJE (AFP) - Allied jets struck army depots in the north overnight in a bid to force President Dragan Lukic to pull his troops back from the border with Macedonia. The government of Prime Minister Ilir Bexheti says it will shelter the refugees. Macedonia has taken in 40,000 people.";
    const r = rels(text);
    expect(r).toContain("LEADS person:ilir-bexheti gov:MKD");
    expect(r).not.toContain("LEADS person:dragan-lukic gov:MKD");
  });

  it("an untitled past head named with the government leaves the titled one at home", () => {
    const text = "BOGOTA (Reuters) - Colombia's army said on Monday it had killed a rebel commander. Thousands of fighters disarmed under a deal with the government of Andres Pastrana in 2001. President Camilo Rojas signed a new accord with the rebels in November.";
    expect(rels(text)).toContain("LEADS person:camilo-rojas gov:COL");
  });
});
