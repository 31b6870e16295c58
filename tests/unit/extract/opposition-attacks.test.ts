/**
 * Opposition read from an attack named for its owner ("the Kenyan incursion", "Uganda's offensive") as the
 * object of a verb of fighting, stopping or losing, and from "help X repel Y". The texts are written for these
 * tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const opposes = (x: Extraction, a: string, b: string) =>
  x.relations.some((r) => r.type === "OPPOSES" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("an attack named for its owner", () => {
  it("reads stopping a state's offensive, named by its possessive, as opposing the state", () => {
    const x = extractArticle("date 2021-03-02\nThe Lord's Liberation Front (LLF) dug trenches around Kitgum on Tuesday in an effort to halt Uganda's two-week-old offensive.");
    expect(opposes(x, "Lord's Liberation Front", "Uganda")).toBe(true);
  });
  it("reads repelling an aggression named by a demonym as opposing that state, and the helper as fighting it too", () => {
    const x = extractArticle("date 2021-03-02\nEthiopian troops crossed the frontier on Friday to help the Somali National Army repel what Mogadishu called the Kenyan incursion near Dolow.");
    expect(opposes(x, "Somali National Army", "Kenya")).toBe(true);
    expect(opposes(x, "Ethiopia", "Kenya")).toBe(true);
  });
  it("reads losing ground to a state's offensives as opposing the state", () => {
    const x = extractArticle("date 2021-03-02\nAl-Shabaab lost most of its strongholds to Somali and AU-backed Kenyan offensives during 2012.");
    expect(opposes(x, "Al-Shabaab", "Kenya")).toBe(true);
  });
});
