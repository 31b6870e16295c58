/**
 * An infinitive right after a verb ("has deployed to fight") has that verb's subject, the party named
 * just before it, even when the verb sits in a clause inside another clause's object ("many of the drones
 * Somalia has deployed to fight …"): the outer clause's subject does not do the fighting.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n))?.id;
const opposes = (x: Extraction, a: string, b: string) => x.relations.some((r) => r.type === "OPPOSES" && ((r.source === id(x, a) && r.target === id(x, b)) || (r.source === id(x, b) && r.target === id(x, a))));

describe("the subject of an infinitive after a verb in an inner clause", () => {
  it("is the party before that verb, not the outer clause's subject", () => {
    const x = extractArticle(
      "date 2024-03-02\nMOGADISHU (Reuters) - Turkey and its Qatari partners have delivered many of the drones Somalia has deployed to fight al-Shabaab's insurgents, officials said.",
    );
    expect(opposes(x, "Somalia", "al-Shabaab")).toBe(true);
    expect(opposes(x, "Turkey", "al-Shabaab")).toBe(false);
  });
});
