import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

type X = ReturnType<typeof extractArticle>;
const actor = (x: X, name: string) => x.actors.find((a) => a.name === name || a.aliases.includes(name));
const rel = (x: X, type: string, from: string, to: string) => x.relations.find((r) => r.type === type && r.source === actor(x, from)?.id && r.target === actor(x, to)?.id);

describe("a state's units named by its demonym", () => {
  it("reads 'Tanzanian units', 'a Kenyan force', 'Ugandan paratroopers' and 'Ethiopian battalions' as the state acting, by those names", () => {
    const x = extractArticle(`date 2019-02-11
Tanzanian units attacked the Allied Democratic Forces near Beni on Sunday. A Kenyan force moved north. Ugandan paratroopers were flown to the border. Belgian advisers have trained several Ethiopian battalions since March.`);
    for (const [name, state] of [["Tanzanian units", "Tanzania"], ["Kenyan force", "Kenya"], ["Ugandan paratroopers", "Uganda"], ["Ethiopian battalions", "Ethiopia"]]) {
      const a = actor(x, name);
      expect(a?.type, name).toBe("STATE");
      expect(a?.name, name).toBe(state);
    }
    expect(rel(x, "OPPOSES", "Tanzania", "Allied Democratic Forces") ?? rel(x, "OPPOSES", "Allied Democratic Forces", "Tanzania")).toBeDefined();
    expect(rel(x, "SUPPORTS", "Belgium", "Ethiopia")).toBeDefined();
  });
});

describe("a state called by a former name's people", () => {
  it("makes a demonym of a former one-word name ('Abyssinian', 'Moldavian') and reads a describing word opening the sentence apart from it", () => {
    const x = extractArticle(`date 1978-05-02
Regular Abyssinian units attacked the Eritrean Liberation Front near Keren on Monday. Moldavian troops were sent to the border. Elite Ghanaian troops crossed the river.`);
    for (const [name, state] of [["Abyssinian units", "Ethiopia"], ["Moldavian troops", "Moldova"], ["Ghanaian troops", "Ghana"]]) {
      const a = actor(x, name);
      expect(a?.type, name).toBe("STATE");
      expect(a?.name, name).toBe(state);
    }
    expect(x.actors.find((a) => a.name.startsWith("Regular") || a.name.startsWith("Elite"))).toBeUndefined();
  });
  it("reads a people's adjective before a body of water as a place, not the state ('Persian Gulf', 'Indian Ocean')", () => {
    const x = extractArticle(`date 2020-01-14
British frigates escorted tankers through the Persian Gulf on Tuesday. Somali pirates seized a trawler in the Indian Ocean.`);
    expect(x.actors.find((a) => a.name === "Iran" || a.name === "India")).toBeUndefined();
  });
});

describe("'its own' after a state's army that speaks", () => {
  it("gives 'its own operations against X' to the army that said so, not to the country named in between", () => {
    const x = extractArticle(`date 2021-03-09
Uganda's military said on Monday that talks with Rwanda had been "constructive" and that its own campaign against the Allied Democratic Forces would go on.`);
    const army = x.actors.find((a) => a.id === "army:UGA");
    const adf = actor(x, "Allied Democratic Forces");
    expect(x.relations.find((r) => r.type === "OPPOSES" && [r.source, r.target].includes(army!.id) && [r.source, r.target].includes(adf!.id))).toBeDefined();
    expect(x.relations.find((r) => r.type === "OPPOSES" && [r.source, r.target].includes(actor(x, "Rwanda")?.id ?? "-"))).toBeUndefined();
  });
});

describe("a group's name lower-cased between a people's word and a noun for fighters", () => {
  it("reads 'Amhara fano fighters' as the Fano the story names elsewhere", () => {
    const x = extractArticle(`date 2021-11-02
Federal troops and Amhara fano fighters launched an assault on the Tigray People's Liberation Front near Dessie on Tuesday. Fano militiamen later withdrew to the south.`);
    const fano = actor(x, "Fano");
    expect(fano?.aliases).toContain("Amhara fano fighters");
    expect(x.relations.find((r) => r.type === "OPPOSES" && [r.source, r.target].includes(fano!.id) && [r.source, r.target].includes(actor(x, "Tigray People's Liberation Front")?.id ?? "-"))).toBeDefined();
  });
});
