/**
 * Opposition and support read from further constructions of wire copy ("a rival in X", …).
 * The texts are written for these tests.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) =>
  x.relations.find((r) => r.type === type && ((r.source === id(x, source) && r.target === id(x, target)) || (type === "OPPOSES" && r.source === id(x, target) && r.target === id(x, source))));

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("a rival in someone", () => {
  it("reads the one a subject faces 'a rival in' as its opponent", () => {
    const x = extractArticle("date 2016-03-02\nBUJUMBURA (Reuters) - The FNL rebels now face a rival in the National Forces of Liberation-Icanzo, which has bases in South Kivu, officials said.");
    expect(rel(x, "OPPOSES", "FNL", "National Forces of Liberation-Icanzo")).toBeDefined();
  });
  it("reads a part named after its owner as the rival, not the owner", () => {
    const x = extractArticle("date 2019-05-12\nMAIDUGURI, Nigeria (Reuters) - Ansaru militants also face a rival in Boko Haram's breakaway faction, known as the Bakura Group, which raided a fishing village on Lake Chad last week.");
    expect(rel(x, "OPPOSES", "Ansaru", "Bakura Group")).toBeDefined();
    expect(rel(x, "OPPOSES", "Ansaru", "Boko Haram")).toBeUndefined();
  });
});

describe("the killing of someone by someone", () => {
  it("reads the killers as opposing the party of whom was killed", () => {
    const x = extractArticle("date 2018-09-14\nSRINAGAR, India (Reuters) - The killing of Lashkar-e-Jhangvi commander Abu Talha by Pakistani police last month drew vows of revenge.");
    expect(rel(x, "OPPOSES", "Pakistan", "Lashkar-e-Jhangvi")).toBeDefined();
  });
  it("reads no party where only a person was killed", () => {
    const x = extractArticle("date 2018-09-14\nThe killing of Abu Talha by Pakistani police last month drew vows of revenge.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toEqual([]);
  });
});

describe("coming to the rescue of a side", () => {
  it("reads those who come 'to the rescue of' a side as helping it", () => {
    const x = extractArticle("date 2008-02-04\nUFDD fighters came to the rescue of the Sudanese army near Geneina on Sunday, witnesses said.");
    expect(rel(x, "SUPPORTS", "UFDD", "Sudanese army")).toBeDefined();
  });
  it("reads the party before ', whose' or ', of whom' as the subject, past a source set off by commas", () => {
    const x = extractArticle("date 2008-02-04\nN'Djamena accused Sudan of arming the Union of Forces for Democracy and Development (UFDD), of whom fighters, according to aid workers, came to the rescue of the Sudanese army near Geneina.");
    expect(rel(x, "SUPPORTS", "UFDD", "Sudanese army")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Chad", "Sudanese army")).toBeUndefined();
  });
});

describe("blamed for an attack", () => {
  it("reads whom a side blames for an attack as its enemy", () => {
    const x = extractArticle("date 2021-06-11\nKAMPALA (Reuters) - The Ugandan army blamed the Allied Democratic Forces (ADF) for the bombing of a police post in Kasese.");
    expect(rel(x, "OPPOSES", "Ugandan army", "Allied Democratic Forces")).toBeDefined();
  });
  it("reads the party a describing clause is about ('X, the group Y blames for …')", () => {
    const x = extractArticle("date 2021-06-11\nKampala has long accused Kinshasa of sheltering the Allied Democratic Forces (ADF), the militia Uganda blames for the 2021 Kampala bombings.");
    expect(rel(x, "OPPOSES", "Uganda", "Allied Democratic Forces")).toBeDefined();
  });
  it("reads no enmity where the blame is not for an attack", () => {
    const x = extractArticle("date 2021-06-11\nThe Ugandan army blamed the Allied Democratic Forces (ADF) for the delays in the talks.");
    expect(x.relations.filter((r) => r.type === "OPPOSES")).toEqual([]);
  });
});
