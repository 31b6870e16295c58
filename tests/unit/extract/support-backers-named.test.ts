/**
 * Backers named in participle phrases, relative clauses and nominal constructions of wire copy.
 * The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("participles sharing one 'by' where one of them is no verb of support", () => {
  const story = "TRIPOLI, Libya (Reuters) - Fighting flared south of the capital on Tuesday.";
  it("reads 'armed, trained and paid by' a capital as backing by its state", () => {
    const x = extractArticle(`date 2021-03-02\n${story} The attack was led by the Desert Shield Brigade (DSB), a grouping of clan militias armed, trained and paid by Cairo.`);
    expect(rel(x, "SUPPORTS", "Egypt", "Desert Shield Brigade")).toBeDefined();
  });
  it("reads 'which were recruited and funded by' as backing of the relative clause's antecedent", () => {
    const x = extractArticle(`date 2021-03-02\n${story} Most of the gunmen belong to the Desert Shield Brigade, which were recruited and funded by Egypt in 2016.`);
    expect(rel(x, "SUPPORTS", "Egypt", "Desert Shield Brigade")).toBeDefined();
  });
});

describe("a backer named past a description after a passive's 'by'", () => {
  const story = "BAMAKO, Mali (Reuters) - Fighting spread across the centre of the country on Friday.";
  it("reads the party whose strikes back a side ('backed by air strikes from')", () => {
    const x = extractArticle(`date 2022-05-06\n${story} Malian troops and Dozo hunters pushed into the forest near Boni, backed by helicopters and drones from the Wagner Group.`);
    expect(rel(x, "SUPPORTS", "Wagner Group", "Mali")).toBeDefined();
  });
  it("reads the party named among the backers ('backed by militias such as')", () => {
    const x = extractArticle(`date 2022-05-06\n${story} The Malian army, backed by ethnic militias such as Dan Na Ambassagou, retook two villages.`);
    expect(rel(x, "SUPPORTS", "Dan Na Ambassagou", "Malian army")).toBeDefined();
  });
  it("reads a participle opening the sentence as describing the main clause's subject", () => {
    const x = extractArticle(`date 2022-05-06\n${story} Backed by local militias known as Dan Na Ambassagou, the Malian army retook two villages.`);
    expect(rel(x, "SUPPORTS", "Dan Na Ambassagou", "Malian army")).toBeDefined();
  });
  it("reads a demonym before the means as the state backing ('Backed by French warplanes')", () => {
    const x = extractArticle(`date 2022-05-06\n${story} Backed by French warplanes, the Ganda Koy militia retook two villages.`);
    expect(rel(x, "SUPPORTS", "France", "Ganda Koy")).toBeDefined();
  });
});

describe("money paid to a party", () => {
  const story = "MAIDUGURI, Nigeria (Reuters) - Insurgents attacked a military base in the northeast on Sunday. The Hunters Defence Brigade (HDB) guards the roads.";
  it("reads a payer of stipends as backing the party paid", () => {
    const x = extractArticle(`date 2020-02-09\n${story} The Yobe state government pays hundreds of HDB members a monthly allowance of cash.`);
    expect(rel(x, "SUPPORTS", "Government of Yobe", "Hunters Defence Brigade")).toBeDefined();
  });
  it("reads 'admitted to paying' a party a sum as backing by the one who admitted it", () => {
    const x = extractArticle(`date 2020-02-09\n${story} The mining firm Delta Gold Corporation admitted last year to paying the HDB $2 million.`);
    expect(rel(x, "SUPPORTS", "Delta Gold Corporation", "Hunters Defence Brigade")).toBeDefined();
  });
  it("reads no backing in 'paid tribute to'", () => {
    const x = extractArticle(`date 2020-02-09\n${story} The Yobe state government paid tribute to the HDB for millions of lives saved.`);
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});

describe("a body of fighters raised or sent 'to help' a side", () => {
  const story = "LILONGWE, Malawi (Reuters) - Insurgents attacked a border post in the north on Monday.";
  it("reads a mission approved to help a country as help from the body approving it", () => {
    const x = extractArticle(`date 2023-06-05\n${story} The East African Community (EAC) last week approved a regional mission to help Malawi secure the border.`);
    expect(rel(x, "SUPPORTS", "East African Community", "Malawi")).toBeDefined();
  });
  it("reads nothing where only a plan, not a body, is meant to help", () => {
    const x = extractArticle(`date 2023-06-05\n${story} The East African Community (EAC) last week approved a new budget to help Malawi secure the border.`);
    expect(rel(x, "SUPPORTS", "East African Community", "Malawi")).toBeUndefined();
  });
});
