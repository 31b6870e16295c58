/**
 * References the resolver cannot tell are left unresolved rather than given to a wrong party: a pronoun that
 * goes on from a subject that is no party (a place, an unnamed noun) points at nothing. The texts are written
 * for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

// (An id may be given for a state, whose name is also its country's.)
const id = (x: Extraction, n: string) => (n.includes(":") ? n : [...x.locations, ...x.actors].find((e) => e.name === n || e.aliases.includes(n))?.id);
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

describe("a pronoun going on from a subject that is no party", () => {
  it("leaves a sentence-opening 'It' unresolved when the last sentence's subject was no party, not the party it cited", () => {
    const x = extractArticle(
      "date 2024-03-01\nOUAGADOUGOU, Burkina Faso (AP) — Gunmen on motorbikes ambushed a supply convoy near Boulsa on Friday, killing nine soldiers, according to the Sahel Monitoring Network. It was the third deadly ambush on Burkinabe troops this month.",
    );
    expect(id(x, "Sahel Monitoring Network")).toBeDefined();
    expect(rel(x, "OPPOSES", "Sahel Monitoring Network", "state:BFA")).toBeUndefined();
  });

  it("leaves 'it' after ', and' unresolved when the sentence's subject is a place, not the last party named", () => {
    const x = extractArticle(
      "date 2024-03-01\nKalemie remains the last town in the region still in the hands of the national army, which is commanded by General Joseph Mbala, the chairman of the Defence Council, and it has been besieged by the Tanganyika Liberation Front since March.",
    );
    expect(id(x, "Defence Council")).toBeDefined();
    expect(rel(x, "OPPOSES", "Defence Council", "Tanganyika Liberation Front")).toBeUndefined();
  });

  it("still reads a sentence-opening 'It' as the last sentence's subject when that is a party", () => {
    const x = extractArticle(
      "date 2024-03-01\nThe Tanganyika Liberation Front seized two villages near Kalemie on Monday. It has also attacked army posts around Moba.",
    );
    expect(rel(x, "OPPOSES", "Tanganyika Liberation Front", "army:COD")).toBeDefined();
  });
});

describe("'them' after men named by a plural noun", () => {
  it("leaves 'them' unresolved after fighters a party sent, not the party named before them", () => {
    const x = extractArticle(
      "date 2024-03-01\nThe Ansar Brigade, battered by its war with Chad, reportedly sent some 300 fighters to Mongo to help defend Abeche before pulling them out on Friday.",
    );
    expect(rel(x, "SUPPORTS", "Ansar Brigade", "state:TCD")).toBeUndefined();
  });

  it("leaves 'them' unresolved after police and soldiers sent, not the state last named", () => {
    const x = extractArticle(
      "date 2024-03-01\nGhana, which commands the mission, has sent 300 police officers to help Liberia's police, and Togo and Benin have since deployed soldiers to join them, officials said.",
    );
    expect(rel(x, "ALLIED_WITH", "state:TGO", "state:BEN")).toBeUndefined();
    expect(rel(x, "SUPPORTS", "state:TGO", "state:BEN")).toBeUndefined();
  });

  it("leaves 'them' unresolved after militias no name was found for", () => {
    const x = extractArticle(
      "date 2024-03-01\nNigeria has repeatedly accused neighbouring Niger of sending fighters, weapons and money to the herder militias, and says Ansar Brigade militants are fighting alongside them.",
    );
    expect(rel(x, "SUPPORTS", "Ansar Brigade", "state:NER")).toBeUndefined();
  });
});
