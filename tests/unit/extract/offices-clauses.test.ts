import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);
const LEDE = "N'DJAMENA (Reuters) - Chad's army said on Monday it had repelled a rebel column near Abeche. Chad has fought rebels in the east since 2005. ";

describe("a titled head beside a country acting in a clause of its own", () => {
  it("'Tripoli denies …, but President X has spoken of …': the country in the first clause is the head's own", () => {
    const r = rels(LEDE + "Tripoli denies supplying the rebels with fuel, but President Musa Karim has spoken openly of their grievances.");
    expect(r).toContain("LEADS person:musa-karim state:LBY");
    expect(r).not.toContain("LEADS person:musa-karim state:TCD");
  });

  it("'Moscow signed a deal when President X visited …': the country whose deed the head's visit dates is his", () => {
    const r = rels(LEDE + "Moscow signed an arms agreement with the rebels' neighbours in March when President Oleg Sorokin visited the region.");
    expect(r).toContain("LEADS person:oleg-sorokin state:RUS");
    expect(r).not.toContain("LEADS person:oleg-sorokin state:TCD");
  });

  it("a country acting on the person in the same clause still sets them apart", () => {
    const r = rels(LEDE + "Tripoli has long backed President Musa Karim against the rebels.");
    expect(r).not.toContain("LEADS person:musa-karim state:LBY");
  });
});
