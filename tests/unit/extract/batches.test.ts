import { describe, expect, it } from "vitest";
import { extractArticle, extractArticles, type ArticleToExtract } from "../../../src/extract/index.js";

// Seed-like wire copy of different shapes: header or none, a date from the options or the file name,
// datelines, pronouns and titles to resolve, lists, hedges and negations, a header with no body.
const MIXED: ArticleToExtract[] = [
  {
    text: "date 2023-06-14\ntitle Rebels take Kidal\nGAO, Mali (Wire) - The Azawad Liberation Front seized Kidal on Tuesday after days of fighting with the Malian army. The front, which is backed by Algeria according to UN experts, said its fighters took the airport. Its leader, Colonel Ahmed Ag Bakri, said they would hold the town.",
  },
  {
    text: "Russia has sent drones and ammunition to the Sahel Liberation Front, Western officials said. Niger denied supporting the group. The junta in Niamey turned to Moscow for military and financial help last year.",
    opts: { date: "2024-02-01" },
  },
  {
    text: "KHARTOUM (Wire) - The United Arab Emirates has supplied weapons to the Rapid Support Forces, led by Mohamed Hamdan Dagalo, diplomats say. The army, led by General Abdel Fattah al-Burhan, has received drones from Iran and Turkey. Fighters from the Sudan Liberation Movement joined the army in El Fasher.",
    opts: { fileName: "2024-05-02-khartoum.txt" },
  },
  { text: "date 2022-03-10\nBelarus has allowed Russian troops to use its territory to attack Ukraine. Chechen leader Ramzan Kadyrov said his fighters were deployed to support Russian forces. The Azov Regiment, part of Ukraine's National Guard, repelled an assault near Mariupol." },
  { text: "date 2024-01-10\n" },
  {
    text: "date 2021-11-03\nThe Tigray People's Liberation Front (TPLF) took control of Dessie. The TPLF has allied with the Oromo Liberation Army. Ethiopia accuses Sudan of supporting the rebels, who may also have received help from Egypt.",
    opts: { fileName: "dessie.txt", date: "2021-11-04" },
  },
  {
    text: "GOMA, Congo (AP) — Rebels of the March 23 Movement seized Goma. The European Union sanctioned Rwandan general Eric Mwiza, whom it accused of organising support for the rebels. Burundi has sent soldiers to fight the M23 alongside Congo's army.",
  },
  { text: "date 2020-01-07\nFighting continued near Sirte. Turkey has deployed troops to support the Government of National Accord, while Egypt and the United Arab Emirates back the Libyan National Army of Khalifa Haftar." },
  { text: "date 2019-08-29\nThe Houthi movement, an Iran-aligned group, launched missiles at the Saudi city of Jizan. The Saudi-led coalition has carried out airstrikes against the Houthis since 2015." },
  { text: "Hezbollah, which is backed by Iran, fired rockets at Israeli positions. Qatar has bankrolled Hamas for years, Israeli officials said.", opts: { fileName: "2023-10-09-beirut.txt" } },
];

const alone = (article: ArticleToExtract) => JSON.stringify(extractArticle(article.text, article.opts));

describe("extracting a batch of articles stage by stage", () => {
  it("gives each article exactly what it gives alone, in any batch and order", () => {
    const expected = MIXED.map(alone);
    expect(new Set(expected).size).toBe(MIXED.length);
    expect(expected.some((x) => JSON.parse(x).relations.length > 0)).toBe(true);
    const whole = extractArticles(MIXED).map((x) => JSON.stringify(x));
    expect(whole).toEqual(expected);
    const reversed = extractArticles([...MIXED].reverse()).map((x) => JSON.stringify(x));
    expect(reversed).toEqual([...expected].reverse());
    const inThrees: string[] = [];
    for (let at = 0; at < MIXED.length; at += 3) inThrees.push(...extractArticles(MIXED.slice(at, at + 3)).map((x) => JSON.stringify(x)));
    expect(inThrees).toEqual(expected);
  });

  it("gives an article whose extraction throws its error, and the others of its batch their extraction", () => {
    // Not a string: what a caller outside TypeScript might pass, and extraction throws on it.
    const broken = { text: 42 as unknown as string };
    expect(() => extractArticle(broken.text)).toThrow();
    const results = extractArticles([MIXED[0]!, broken, MIXED[2]!, MIXED[3]!]);
    expect(results).toHaveLength(4);
    expect(results[1]).toBeInstanceOf(Error);
    expect([results[0], results[2], results[3]].map((x) => JSON.stringify(x))).toEqual([MIXED[0]!, MIXED[2]!, MIXED[3]!].map(alone));
  });

  it("throws from extractArticle what the same article's slot holds in a batch", () => {
    const broken = { text: null as unknown as string };
    const [slot] = extractArticles([broken]);
    expect(slot).toBeInstanceOf(Error);
    expect(() => extractArticle(broken.text)).toThrow((slot as Error).message);
  });

  it("gives nothing for an empty batch", () => {
    expect(extractArticles([])).toEqual([]);
  });
});
