import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatStats } from "../../src/commands/stats.js";
import type { Actor, Extraction } from "../../src/extract/types.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { relation, sentencesOf } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

const NAMES: Record<string, string> = {
  "state:IRN": "Iran",
  "state:SAU": "Saudi Arabia",
  "state:TUR": "Turkey",
  "state:RUS": "Russia",
  "state:OMN": "Oman",
  "group:hezbollah": "Hezbollah",
  "group:houthis": "Houthi movement",
  "gov:YEM": "Government of Yemen",
};

interface Backing {
  backer: string;
  backed: string;
  negated?: boolean;
}

const nameOf = (id: string) => NAMES[id] ?? id.slice(id.indexOf(":") + 1);

/** An article of one "X backs Y." sentence per backing, with the extraction a perfect extractor would give. */
function backingArticle(date: string | null, backings: Backing[]): { text: string; extraction: Extraction } {
  const sentenceOf = ({ backer, backed, negated }: Backing) => `${nameOf(backer)} ${negated ? "does not back" : "backs"} ${nameOf(backed)}.`;
  const text = backings.map(sentenceOf).join(" ");
  const ids = [...new Set(backings.flatMap(({ backer, backed }) => [backer, backed]))];
  const actors: Actor[] = ids.map((id) => ({ id, name: nameOf(id), aliases: [], type: id.startsWith("state:") ? "STATE" : "ARMED_GROUP" }));
  const relations = backings.map((backing) =>
    relation(text, "SUPPORTS", backing.backer, backing.backed, sentenceOf(backing), { negated: backing.negated ?? false, date }),
  );
  return { text, extraction: { title: null, date, actors, locations: [], sentences: sentencesOf(text), relations } };
}

let graph: Graph;
let repository: GraphRepository;

beforeAll(async () => {
  graph = await openTestGraph();
  repository = new GraphRepository(graph);
});
afterAll(() => graph?.close());
beforeEach(() => emptyGraph(graph));

describe("graph stats", () => {
  it("counts articles by month and ranks actors by their distinct backers on non-negated support", async () => {
    const articles = [
      backingArticle("2021-03-05", [{ backer: "state:IRN", backed: "group:houthis" }, { backer: "state:SAU", backed: "gov:YEM" }]),
      // Iran again: still one backer of the Houthis.
      backingArticle("2021-03-20", [{ backer: "state:IRN", backed: "group:houthis" }, { backer: "group:hezbollah", backed: "group:houthis" }]),
      // A denial is no backing.
      backingArticle("2021-04-02", [{ backer: "state:RUS", backed: "group:houthis", negated: true }, { backer: "state:TUR", backed: "gov:YEM" }]),
      // Undated: it backs, but has no month.
      backingArticle(null, [{ backer: "state:OMN", backed: "group:houthis" }]),
    ];
    for (const { text, extraction } of articles) await importArticle(graph, { text, extraction });

    const stats = await repository.stats();

    expect(stats.articlesByMonth).toEqual({ "2021-03": 2, "2021-04": 1 });
    expect(stats.mostBacked).toEqual([
      { id: "group:houthis", name: "Houthi movement", backers: 3 },
      { id: "gov:YEM", name: "Government of Yemen", backers: 2 },
    ]);
    expect(stats.nodes.Article).toBe(4);
    expect(stats.relationships.SUPPORTS).toBe(5);

    const text = formatStats(stats);
    expect(text).toContain("articles by month\n  2021-03  2\n  2021-04  1\n");
    expect(text).toMatch(/most backed actors.*\n {2}Houthi movement \(group:houthis\) {2,}3\n {2}Government of Yemen \(gov:YEM\) {2,}2$/);
  });

  it("lists the ten most backed actors, most backers first", async () => {
    // Front k is backed by k states, for k = 1…12: the list is Fronts 12 down to 3.
    const backings = Array.from({ length: 12 }, (_, k) =>
      Array.from({ length: k + 1 }, (_, b) => ({ backer: `state:S${b + 1}`, backed: `group:F${k + 1}` })),
    ).flat();
    const { text, extraction } = backingArticle("2021-05-01", backings);
    await importArticle(graph, { text, extraction });

    const { mostBacked } = await repository.stats();

    expect(mostBacked).toEqual(Array.from({ length: 10 }, (_, i) => ({ id: `group:F${12 - i}`, name: `F${12 - i}`, backers: 12 - i })));
  });

  it("reports an empty graph as empty", async () => {
    expect(await repository.stats()).toEqual({ nodes: {}, relationships: {}, articlesByMonth: {}, mostBacked: [] });
    expect(formatStats(await repository.stats())).toContain("most backed actors (distinct backers)\n  (none)");
  });
});
