import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("a commander who is one of a body's commanders, not its head", () => {
  it("an indefinite article before the body and the title: 'a wounded M23 commander, X'", () => {
    const text = "GOMA (Reuters) - The M23 rebel group attacked Sake on Friday. A wounded M23 commander, Eric Bisimwa, was taken to a hospital in Kigali, two sources said.";
    expect(rels(text)).toContain("MEMBER_OF person:eric-bisimwa org:m23");
    expect(rels(text)).not.toContain("LEADS person:eric-bisimwa org:m23");
  });

  it("a commander placed somewhere: 'X, the ADF commander in Beni'", () => {
    const text = "KAMPALA (Reuters) - The Allied Democratic Forces (ADF) raided a village near Beni on Monday. Troops killed Musa Baluku Kato, the ADF commander in the area, army officials said.";
    expect(rels(text)).toContain("MEMBER_OF person:musa-baluku-kato org:allied-democratic-forces");
    expect(rels(text)).not.toContain("LEADS person:musa-baluku-kato org:allied-democratic-forces");
  });
});
