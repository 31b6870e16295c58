/**
 * Entity resolution across articles and the analyst's corrections, on the real database: acronyms land
 * on the actor, near-misses become POSSIBLY_SAME_AS candidates, `kg merge`/`kg alias` are kept as data
 * that later imports respect, and retracting still restores the graph exactly.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/extract/types.js";
import { aliasActor, mergeActors } from "../../src/graph/corrections.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { AUTO_MERGE_SCORE, CANDIDATE_FLOOR } from "../../src/graph/resolution.js";
import { retractArticle } from "../../src/graph/retract.js";
import { relation, sentencesOf } from "../fixtures/wire.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

let graph: Graph;
let repository: GraphRepository;

beforeAll(async () => {
  graph = await openTestGraph();
  repository = new GraphRepository(graph);
  // The first imports into a fresh database plan every statement: on a loaded machine that alone can
  // take a test's whole time budget, so it happens here, under the hook's.
  await importArticle(graph, backing(LNA, "2020-01-01"));
  await importArticle(graph, backing(group("org:lna", "LNA"), "2020-01-02"));
});
afterAll(() => graph?.close());
beforeEach(() => emptyGraph(graph));

const EGYPT: Actor = { id: "state:EGY", name: "Egypt", aliases: [], type: "STATE", country: "EGY" };
const group = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, aliases, type: "ARMED_GROUP" });

/** An article "Egypt backs <name>." whose extraction names the group with the given id. */
function backing(backed: Actor, date: string, source = `${backed.id}-${date}.txt`) {
  const text = `date ${date}\nEgypt backs the ${backed.name}.`;
  const phrase = `Egypt backs the ${backed.name}`;
  return {
    text,
    source,
    extraction: {
      title: null,
      date,
      actors: [EGYPT, backed],
      locations: [],
      sentences: sentencesOf(text),
      relations: [relation(text, "SUPPORTS", EGYPT.id, backed.id, phrase, { date })],
    },
  };
}

const actorIds = async () => (await repository.actors(null, { after: null, first: 100 })).items.map((actor) => actor.id).sort();
const egyptBacks = async () =>
  (await graph.read((tx) => runCypher(tx, "admin/derived-edges"))).filter((edge) => edge.type === "SUPPORTS" && edge.source === EGYPT.id);
const possiblySame = () => graph.read((tx) => runCypher(tx, "admin/possibly-same-as")) as Promise<{ a: string; b: string; score: number }[]>;
async function snapshot() {
  return { ...(await repository.counts()), derivedEdges: await graph.read((tx) => runCypher(tx, "admin/derived-edges")) };
}

const LNA = group("org:libyan-national-army", "Libyan National Army", ["LNA"]);

describe("entity resolution across articles", () => {
  it("lands an actor named by its acronym on the actor, and one edge aggregates both articles", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(group("org:lna", "LNA"), "2020-02-01"));

    expect(await actorIds()).toEqual(["org:libyan-national-army", "state:EGY"]);
    expect(await egyptBacks()).toEqual([expect.objectContaining({ target: LNA.id, props: expect.objectContaining({ claims: 2, articles: 2 }) })]);
  });

  it("keeps a similar name apart, with a POSSIBLY_SAME_AS score between the floor and the merge threshold", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(group("org:libyan-nation-army", "Libyan Nation Army"), "2020-02-01"));

    expect(await actorIds()).toEqual(["org:libyan-nation-army", "org:libyan-national-army", "state:EGY"]);
    const [candidate, ...others] = await possiblySame();
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ a: "org:libyan-nation-army", b: LNA.id });
    expect(candidate!.score).toBeGreaterThanOrEqual(CANDIDATE_FLOOR);
    expect(candidate!.score).toBeLessThan(AUTO_MERGE_SCORE);
  });

  it("links nothing for an unrelated name", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(group("org:rapid-support-forces", "Rapid Support Forces"), "2020-02-01"));
    expect(await possiblySame()).toEqual([]);
  });
});

describe("kg merge", () => {
  const NATION = group("org:libyan-nation-army", "Libyan Nation Army");

  it("moves B onto A, and a re-import of the article naming B still gives one node", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    const nationArticle = backing(NATION, "2020-02-01");
    await importArticle(graph, nationArticle);

    const outcome = await mergeActors(graph, "Libyan National Army", NATION.id);
    expect(outcome).toMatchObject({ merged: { keep: { id: LNA.id }, gone: { id: NATION.id }, claims: 1 } });
    const merged = await snapshot();
    expect(await actorIds()).toEqual([LNA.id, "state:EGY"]);
    expect(await possiblySame()).toEqual([]);
    expect(await egyptBacks()).toEqual([expect.objectContaining({ target: LNA.id, props: expect.objectContaining({ claims: 2, articles: 2 }) })]);
    expect((await repository.actorByName("Libyan Nation Army"))?.id).toBe(LNA.id);

    await importArticle(graph, nationArticle);
    expect(await snapshot()).toEqual(merged);
    // A new article naming B lands on A too.
    await importArticle(graph, backing(NATION, "2020-03-01"));
    expect(await actorIds()).toEqual([LNA.id, "state:EGY"]);
    expect(await egyptBacks()).toEqual([expect.objectContaining({ props: expect.objectContaining({ claims: 3, articles: 3 }) })]);
  });

  it("is idempotent, and names unknown and ambiguous actors", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(NATION, "2020-02-01"));
    await mergeActors(graph, LNA.id, NATION.id);
    const merged = await snapshot();

    expect(await mergeActors(graph, LNA.id, NATION.id)).toMatchObject({ alreadyMerged: { keep: { id: LNA.id }, gone: NATION.id } });
    expect(await snapshot()).toEqual(merged);
    await expect(mergeActors(graph, LNA.id, "Tripoli Brigade")).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/no actor "Tripoli Brigade"/) });
    await expect(mergeActors(graph, LNA.id, "LNA")).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/same actor/) });
  });

  it("still lets a retraction restore the graph exactly", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(NATION, "2020-02-01"));
    await mergeActors(graph, LNA.id, NATION.id);
    const before = await snapshot();

    const later = await importArticle(graph, backing(NATION, "2020-03-01"));
    expect(await snapshot()).not.toEqual(before);
    await retractArticle(graph, later.articleId);
    expect(await snapshot()).toEqual(before);
  });
});

describe("kg alias", () => {
  it("lands a later article using the alias on the actor", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    expect(await aliasActor(graph, "LNA", "Haftar's forces")).toMatchObject({ added: { actor: { id: LNA.id } } });
    expect(await aliasActor(graph, LNA.id, "Haftar's forces")).toMatchObject({ alreadyAlias: { actor: { id: LNA.id } } });
    const before = await snapshot();

    const later = await importArticle(graph, backing(group("org:haftar-forces", "Haftar's forces"), "2020-02-01"));
    expect(await actorIds()).toEqual([LNA.id, "state:EGY"]);
    expect(await egyptBacks()).toEqual([expect.objectContaining({ target: LNA.id, props: expect.objectContaining({ articles: 2 }) })]);

    await retractArticle(graph, later.articleId);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unknown actor and a name that is another actor's alias", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01"));
    await importArticle(graph, backing(group("org:rapid-support-forces", "Rapid Support Forces"), "2020-02-01"));
    await aliasActor(graph, LNA.id, "Haftar's forces");
    await expect(aliasActor(graph, "Wagner", "x")).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(aliasActor(graph, "org:rapid-support-forces", "Haftar's forces")).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringMatching(/already an alias of Libyan National Army/),
    });
  });
});

describe("a changed text from the same source", () => {
  it("replaces the earlier version in one import: the graph is as if only the new text had been imported", async () => {
    const rsf = group("org:rapid-support-forces", "Rapid Support Forces");
    const first = await importArticle(graph, backing(LNA, "2020-01-01", "wire-17.txt"));
    const second = await importArticle(graph, backing(rsf, "2020-01-02", "wire-17.txt"));
    expect(second.replaced).toEqual([first.articleId]);
    const replaced = await snapshot();

    await emptyGraph(graph);
    await importArticle(graph, backing(rsf, "2020-01-02", "wire-17.txt"));
    expect(replaced).toEqual(await snapshot());
    expect(await actorIds()).toEqual(["org:rapid-support-forces", "state:EGY"]);
    expect((await graph.read((tx) => runCypher(tx, "admin/articles"))).map((article) => article.id)).toEqual([second.articleId]);
  });

  it("keeps articles from other sources", async () => {
    await importArticle(graph, backing(LNA, "2020-01-01", "a.txt"));
    await importArticle(graph, backing(LNA, "2020-01-02", "b.txt"));
    expect(await egyptBacks()).toEqual([expect.objectContaining({ props: expect.objectContaining({ articles: 2 }) })]);
  });
});
