/**
 * Support read from shapes of wire copy left after the first round: forces sent with the recipient
 * implied by the story, verbs of support missing from the vocabulary, relative clauses opening with
 * coordinated participles. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
const story = "MONROVIA, Liberia (Reuters) - Rebels advanced on the capital on Monday.";
const read = (text: string) => extractArticle(`date 2021-05-03\n${story} ${text}`);

describe("forces sent with no destination said, in a story about one country", () => {
  it("reads 'in <year>' and 'in <month>' as when, not where ('deployed troops … in March 2021')", () => {
    const x = read("Accra deployed troops under a defence pact in March 2021 to help hold the airport.");
    expect(rel(x, "SUPPORTS", "Ghana", "Liberia")).toBeDefined();
  });
  it("reads 'began sending advisers in 2019' as help to the story's country", () => {
    const x = read("Guinea began sending military advisers in 2019, officials said.");
    expect(rel(x, "SUPPORTS", "Guinea", "Liberia")).toBeDefined();
  });
  it("passes over a place in a relative clause on the forces ('a contingent that fought … in Lofa county')", () => {
    const x = read("Sierra Leone sent a small contingent that fought the rebels in Lofa county.");
    expect(rel(x, "SUPPORTS", "Sierra Leone", "Liberia")).toBeDefined();
  });
  it("still reads forces sent into a place as going there, not to the story's country", () => {
    const x = read("Sierra Leone sent a small contingent into Lofa county.");
    expect(rel(x, "SUPPORTS", "Sierra Leone", "Liberia")).toBeUndefined();
  });
});

describe("states whose troops serve in a body of states are its members, not backers from outside", () => {
  it("reads troops contributed to a mission as membership only", () => {
    const x = read("Zambia and Namibia contribute soldiers to the SADC mission in the north, officials in Lusaka said.");
    expect(rel(x, "MEMBER_OF", "Zambia", "SADC")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Zambia", "SADC")).toBeUndefined();
    expect(rel(x, "SUPPORTS", "Namibia", "SADC")).toBeUndefined();
  });
  it("reads forces kept in a coalition as membership only", () => {
    const x = read("Canada and Norway, which both have special forces in the French-led coalition, declined to comment.");
    expect(rel(x, "MEMBER_OF", "Norway", "French-led coalition")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Norway", "French-led coalition")).toBeUndefined();
  });
  it("still reads troops sent to an armed group as backing", () => {
    const x = read("Burkina Faso sent advisers to the Northern Liberation Front.");
    expect(rel(x, "SUPPORTS", "Burkina Faso", "Northern Liberation Front")).toBeDefined();
  });
});
