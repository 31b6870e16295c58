/**
 * Actors the extractor never output at all: people named with the party or body they belong to,
 * people under titles the vocabulary lacked, and bodies named in ways it did not know.
 * The texts are written for these tests in the style of wire copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("a person, then 'of the' a party or body", () => {
  it("splits an untitled person from the party named after them, and the party from its acronym", () => {
    const x = extractArticle("date 2024-02-01\nThe accord was signed by the heads of the ruling coalition, Tomas Verlaan of the Social Democratic Union of Wessmark (SDUW) and Ilse Korrin of the Party for Civic Renewal.");
    expect(actor(x, "Tomas Verlaan")?.type).toBe("PERSON");
    expect(actor(x, "Social Democratic Union of Wessmark")).toBeDefined();
    expect(actor(x, "SDUW")).toBe(actor(x, "Social Democratic Union of Wessmark"));
    expect(actor(x, "Ilse Korrin")?.type).toBe("PERSON");
    expect(actor(x, "Party for Civic Renewal")).toBeDefined();
  });
  it("splits a titled person from a body whose name ends past its head noun", () => {
    const x = extractArticle("date 2024-02-01\nPrime Minister Pavel Dorn of the Revolutionary Organization-Democratic Party for National Unity said the talks would resume.");
    expect(actor(x, "Pavel Dorn")?.type).toBe("PERSON");
    expect(actor(x, "Revolutionary Organization-Democratic Party for National Unity")).toBeDefined();
  });
  it("keeps a body's name whole when the words before 'of the' are no person's", () => {
    const x = extractArticle("date 2024-02-01\nThe Supreme Council of the Islamic Revolution said it would take part in the vote.");
    expect(x.actors.find((a) => a.type === "PERSON")).toBeUndefined();
  });
});

describe("groups named with the Arabic and Urdu words for army, movement and party", () => {
  it("takes a name opening with such a word for an armed group, alone or hyphened", () => {
    const x = extractArticle("date 2024-02-01\nPolice raided a seminary linked to Jaish-e-Nasr, a banned outfit. Lashkar commander Farid Omarzai said the raid would not go unanswered.");
    expect(actor(x, "Jaish-e-Nasr")?.type).toBe("ARMED_GROUP");
    expect(actor(x, "Lashkar")?.type).toBe("ARMED_GROUP");
  });
  it("takes no other hyphened name for a group", () => {
    const x = extractArticle("date 2024-02-01\nPolice said the seminary was run by Dar-e-Salim.");
    expect(actor(x, "Dar-e-Salim")?.type).not.toBe("ARMED_GROUP");
  });
});

describe("people under a speaker's title", () => {
  it("reads a chamber's speaker as a person who leads the chamber", () => {
    const x = extractArticle("date 2024-02-01\nNational Assembly speaker Jean-Paul Ravony said 98 of the chamber's 120 members had voted to censure the cabinet.");
    const speaker = actor(x, "Jean-Paul Ravony");
    expect(speaker?.type).toBe("PERSON");
    expect(x.relations.find((r) => r.type === "LEADS" && r.source === speaker?.id && r.target === actor(x, "National Assembly")?.id)).toBeDefined();
  });
  it("reads a house speaker named with a country as one of that state's", () => {
    const x = extractArticle("date 2024-02-01\nU.S. House Speaker Mara Ellison arrived in Taipei on Tuesday.");
    const speaker = actor(x, "Mara Ellison");
    expect(speaker?.type).toBe("PERSON");
    expect(x.relations.find((r) => r.type === "MEMBER_OF" && r.source === speaker?.id && r.target === actor(x, "United States")?.id)).toBeDefined();
  });
});

describe("a faction's word in brackets", () => {
  it("keeps 'the Workers' Party of Zembla (Marxist)' as a name of the party, with its faction word", () => {
    const x = extractArticle("date 2024-02-01\nThe government banned the Workers' Party of Zembla (Marxist) on Tuesday, and its leader Anton Vell went into hiding.");
    expect(actor(x, "Workers' Party of Zembla (Marxist)")).toBeDefined();
  });
  it("takes no country in brackets for a faction", () => {
    const x = extractArticle("date 2024-02-01\nThe Workers' Party (Kenya) said on Tuesday it would boycott the vote.");
    expect(actor(x, "Workers' Party (Kenya)")).toBeUndefined();
  });
});
