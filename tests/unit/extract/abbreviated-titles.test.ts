import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

const rels = (text: string) => extractArticle(text).relations.map((r) => `${r.type} ${r.source} ${r.target}`);

describe("ranks abbreviated in wire style, which wink ended a sentence at", () => {
  it("a spokesman named after a rank wink does not know ('Maj. Gen.', 'Cmdr.') serves the state", () => {
    expect(rels("date 2024-03-02\nACCRA (Reuters) - Ghanaian army spokesman Maj. Gen. Kofi Mensah said troops had pushed the insurgents back from the border.")).toContain("MEMBER_OF person:kofi-mensah state:GHA");
    expect(rels("date 2024-03-02\nACCRA (Reuters) - Ghana's navy fought pirates off Takoradi. Ghanaian navy spokesman Cmdr. Esi Boateng said two boats were seized.")).toContain("MEMBER_OF person:esi-boateng state:GHA");
  });

  it("a rank hyphened in British style ('Maj-Gen', 'Lt.-Col.') is a rank, not part of the name", () => {
    expect(rels("date 2024-03-02\nACCRA (Reuters) - Ghanaian army spokesman Maj-Gen Kofi Mensah said troops had pushed the insurgents back.")).toContain("MEMBER_OF person:kofi-mensah state:GHA");
  });

  it("a retired officer no longer serves in the service named with the rank", () => {
    const text = "date 2024-03-02\nACCRA (Reuters) - The Volta Liberation Front attacked a police post near Ho on Monday. A company founded by retired Ghana Air Force Col. Kwame Asante sold rifles to the Volta Liberation Front, officials said.";
    expect(rels(text).filter((r) => r.startsWith("MEMBER_OF person:kwame-asante"))).toEqual([]);
  });
});

describe("'…, among them' after a plural noun", () => {
  it("counts the things just named, not the last party before them, so the relative after it is not that party's", () => {
    const text = "date 2024-03-02\nACCRA (Reuters) - The Liberation Front for Volta attacked a police post near Ho on Monday. The Ghanaian Defence Ministry condemned the raid. Auditors are examining a chain of trading houses, among them shops run by retired army Col. Yaw Darko, that allegedly sold rifles to the rebels.";
    expect(rels(text)).not.toContain("SUPPORTS org:ghanaian-defence-ministry org:liberation-front-for-volta");
    expect(rels(text)).toContain("SUPPORTS person:yaw-darko org:liberation-front-for-volta");
  });
});
