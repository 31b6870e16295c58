/**
 * A relative pronoun after a count ("both of which", "each of whom", "all three of which") stands for the parties
 * named before the count's comma: the clause's verb and the main verb after it are theirs, not the next party's
 * named inside the clause. A count of people named only by a common noun gives no party. The texts are written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const has = (x: Extraction, type: string, source: string, target: string) => x.relations.some((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a counted relative pronoun after a list", () => {
  const story = "date 2024-03-02\nMOGADISHU (Reuters) - Fighting spread in the south on Sunday.";
  it("gives the main verb after the clause to every party listed, not to the party inside the clause", () => {
    const x = extractArticle(`${story} By nightfall, the Ras Kamboni Brigade and the Darawish Brigade, both of which take orders from the Jubaland Liberation Front, had seized the port of Kismayo.`);
    expect(has(x, "CONTROLS", "Ras Kamboni Brigade", "Kismayo")).toBe(true);
    expect(has(x, "CONTROLS", "Darawish Brigade", "Kismayo")).toBe(true);
    expect(has(x, "CONTROLS", "Jubaland Liberation Front", "Kismayo")).toBe(false);
  });
  it("gives the clause's own verb to every party listed", () => {
    const x = extractArticle(`${story} The Ras Kamboni Brigade and the Darawish Brigade, each of which is armed by Kenya, attacked the Hawiye Defence Front near Afmadow.`);
    expect(has(x, "SUPPORTS", "Kenya", "Ras Kamboni Brigade")).toBe(true);
    expect(has(x, "SUPPORTS", "Kenya", "Darawish Brigade")).toBe(true);
    expect(has(x, "OPPOSES", "Darawish Brigade", "Hawiye Defence Front")).toBe(true);
    expect(has(x, "OPPOSES", "Kenya", "Hawiye Defence Front")).toBe(false);
  });
  it("gives no party to people counted after an 'of' phrase", () => {
    const x = extractArticle(`${story} The Darawish Brigade clashed with guards protecting the tombs of Sheikh Ali Nur and Sheikh Omar Gedi, most of whom belong to the Hawiye Defence Front.`);
    expect(x.relations.some((r) => r.type === "MEMBER_OF" && r.target === id(x, "Hawiye Defence Front"))).toBe(false);
  });
});
