/**
 * "which" never stands for a person: after "the government of President X, which …" it is the body
 * the person's name completes. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("a relative 'which' after a person's body", () => {
  const story = "date 2023-04-02\nKINSHASA (AFP) - Talks on the east resumed on Sunday.";
  it("gives the clause's relation to the body, not to the person", () => {
    const x = extractArticle(`${story} The government of President Felix Tshisekedi, which has relied on the backing of the Wazalendo Coalition, rejected the plan.`);
    const backing = x.relations.filter((r) => r.type === "SUPPORTS" && r.source === id(x, "Wazalendo Coalition"));
    expect(backing.map((r) => x.actors.find((a) => a.id === r.target)?.type)).toEqual(["GOVERNMENT"]);
  });
});
