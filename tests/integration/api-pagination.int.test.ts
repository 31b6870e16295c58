/**
 * Every list of the API is a Relay connection that pages the same way: walking it `first` at a
 * time gives the whole list once, in order; page sizes past the cap and cursors the API did not
 * issue are BAD_USER_INPUT; name-ordered lists page by key, so inserts before a cursor never shift it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";
import { sentencesOf } from "../fixtures/wire.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "./helpers.js";
import { importSeeds } from "./seeds.js";

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await importSeeds(graph);
  api = await createTestApi(graph);
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
});

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, any> }[];
}

const PAGE = "totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...N } }";

/**
 * The lists, each as a query with `$first`/`$after` for it, the path to its connection in the answer,
 * what its nodes are (fragment N) and what tells two nodes apart.
 */
const LISTS: { name: string; query: string; at: string[]; nodeKey: (node: Record<string, any>) => string }[] = [
  { name: "actors", query: `{ actors(first: $first, after: $after) { ${PAGE} } } fragment N on Actor { id name }`, at: ["actors"], nodeKey: (node) => node.id },
  {
    name: "actors of a type",
    query: `{ actors(type: STATE, first: $first, after: $after) { ${PAGE} } } fragment N on Actor { id name }`,
    at: ["actors"],
    nodeKey: (node) => node.id,
  },
  { name: "locations", query: `{ locations(first: $first, after: $after) { ${PAGE} } } fragment N on Location { id name }`, at: ["locations"], nodeKey: (node) => node.id },
  { name: "camps", query: `{ camps(region: "Libya", first: $first, after: $after) { ${PAGE} } } fragment N on Camp { id }`, at: ["camps"], nodeKey: (node) => node.id },
  {
    name: "a camp's members",
    query: `{ camps(first: 1) { edges { node { members(first: $first, after: $after) { ${PAGE} } } } } } fragment N on Actor { id name }`,
    at: ["camps", "edges", "0", "node", "members"],
    nodeKey: (node) => node.id,
  },
  {
    name: "a control history",
    query: `{ location(name: "al-Watiya air base") { history(first: $first, after: $after) { ${PAGE} } } } fragment N on ControlPeriod { actor { id } from }`,
    at: ["location", "history"],
    nodeKey: (node) => `${node.actor.id}@${node.from}`,
  },
];

async function page(list: (typeof LISTS)[number], first: number, after: string | null): Promise<Connection> {
  const data = await api.query(`query ($first: Int, $after: String) ${list.query}`, { first, after });
  return list.at.reduce((value: any, key) => value[key], data) as Connection;
}

/** Every page of `list`, `first` at a time, from the start to the page that says no other follows. */
async function walk(list: (typeof LISTS)[number], first: number): Promise<Connection[]> {
  const pages = [await page(list, first, null)];
  while (pages.at(-1)!.pageInfo.hasNextPage && pages.length <= 100) pages.push(await page(list, first, pages.at(-1)!.pageInfo.endCursor));
  return pages;
}

describe("walking a connection page by page", () => {
  for (const list of LISTS) {
    it(`gives ${list.name} whole, in order, each once`, async () => {
      const whole = await page(list, 200, null);
      expect(whole.pageInfo.hasNextPage).toBe(false);
      expect(whole.edges.length).toBe(whole.totalCount);
      expect(whole.totalCount).toBeGreaterThanOrEqual(2);
      const first = Math.max(1, Math.floor(whole.totalCount / 3));
      const pages = await walk(list, first);
      expect(pages.length).toBe(Math.ceil(whole.totalCount / first));
      for (const [index, walked] of pages.entries()) {
        expect(walked.totalCount).toBe(whole.totalCount);
        expect(walked.edges.length).toBe(index < pages.length - 1 ? first : whole.totalCount - first * index);
        expect(walked.pageInfo.endCursor).toBe(walked.edges.at(-1)!.cursor);
      }
      const keys = pages.flatMap((walked) => walked.edges.map((edge) => list.nodeKey(edge.node)));
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(whole.edges.map((edge) => list.nodeKey(edge.node)));
    });
  }

  it("lists actors and locations by name, then id", async () => {
    const { actors, locations } = await api.query(`{ actors(first: 200) { edges { node { id name } } } locations(first: 200) { edges { node { id name } } } }`);
    for (const connection of [actors, locations]) {
      const keys = connection.edges.map((edge: { node: { id: string; name: string } }) => [edge.node.name, edge.node.id]);
      expect(keys).toEqual([...keys].sort(([nameA, idA], [nameB, idB]) => (nameA < nameB ? -1 : nameA > nameB ? 1 : idA < idB ? -1 : 1)));
    }
  });

  it("ends with an empty page past the end, whose endCursor is null", async () => {
    const [actors] = LISTS;
    const whole = await page(actors!, 200, null);
    const past = await page(actors!, 5, whole.pageInfo.endCursor);
    expect(past).toEqual({ totalCount: whole.totalCount, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });
});

describe("a name-ordered page starts after its cursor's key", () => {
  it("does not shift when actors are added before the cursor, and takes in those added after it", async () => {
    const [actors] = LISTS;
    const first = await page(actors!, 3, null);
    const second = await page(actors!, 3, first.pageInfo.endCursor);
    const before = await page(actors!, 200, null);
    await importActors([
      { id: "group:aaa-first-brigade", name: "AAA First Brigade" },
      { id: "group:zzz-last-brigade", name: "Zzz Last Brigade" },
    ]);
    const again = await page(actors!, 3, first.pageInfo.endCursor);
    expect(again.edges).toEqual(second.edges);
    expect(again.totalCount).toBe(before.totalCount + 2);
    const names = (await page(actors!, 200, first.pageInfo.endCursor)).edges.map((edge) => edge.node.name);
    expect(names).toContain("Zzz Last Brigade");
    expect(names).not.toContain("AAA First Brigade");
  });
});

describe("page sizes and cursors", () => {
  const FIELDS = [
    `actors(first: $first, after: $after) { totalCount }`,
    `locations(first: $first, after: $after) { totalCount }`,
    `camps(first: $first, after: $after) { totalCount }`,
    `camps { edges { node { members(first: $first, after: $after) { totalCount } } } }`,
    `location(name: "al-Watiya air base") { history(first: $first, after: $after) { totalCount } controlledBy(first: $first, after: $after) { totalCount } }`,
  ];
  const ask = (field: string, variables: { first?: number; after?: string }) => api.errors(`query ($first: Int, $after: String) { ${field} }`, variables);

  it("refuses first outside 1..200 exactly as the older connections do", async () => {
    for (const first of [0, -1, 201, 1000]) {
      const [reference] = await api.errors(`{ actor(name: "LNA") { allies(first: ${first}) { totalCount } } }`);
      expect(reference?.extensions?.code).toBe("BAD_USER_INPUT");
      for (const field of FIELDS) {
        const [error] = await ask(field, { first });
        expect(error, `${field} first: ${first}`).toMatchObject({ message: reference!.message, extensions: { code: "BAD_USER_INPUT" } });
      }
    }
    for (const field of FIELDS) expect(await ask(field, { first: 200 }), field).toEqual([]);
  });

  it("refuses a cursor it did not issue, or issued for another kind of list, with a clear message", async () => {
    const { actors, camps } = await api.query(`{ actors(first: 1) { pageInfo { endCursor } } camps(first: 1) { pageInfo { endCursor } } }`);
    const garbage = ["garbage", "", Buffer.from("pk1:not json").toString("base64url"), Buffer.from('pk1:["only a name"]').toString("base64url"), Buffer.from("pg1:-3").toString("base64url")];
    for (const field of FIELDS) {
      const otherKind = field.startsWith("actors") || field.startsWith("locations") || field.includes("members") ? camps.pageInfo.endCursor : actors.pageInfo.endCursor;
      for (const after of [...garbage, otherKind]) {
        const [error] = await ask(field, { first: 1, after });
        expect(error, `${field} after: ${after}`).toMatchObject({
          message: `after: "${after}" is not a cursor from this API`,
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
    }
  });
});

/** Actors that one article mentions, with no claims: all the lists need is their names. */
async function importActors(actors: { id: string; name: string }[]): Promise<void> {
  const text = `${actors.map((actor) => actor.name).join(" and ")} were named.`;
  const extraction: Extraction = {
    title: null,
    date: "2024-01-01",
    actors: actors.map((actor) => ({ ...actor, aliases: [], type: "ARMED_GROUP" })),
    locations: [],
    relations: [],
    sentences: sentencesOf(text),
  };
  await importArticle(graph, { text, extraction, source: "pagination-test" });
}
