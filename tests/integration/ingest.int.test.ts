import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleFiles, jsonLineArticles } from "../../src/articleSources.js";
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { ingestArticles } from "../../src/ingest.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await openTestGraph();
  dir = await mkdtemp(join(tmpdir(), "proxygraph-ingest-"));
  await writeFile(join(dir, "2024-01-10-good.txt"), "date 2024-01-10\nThe Kivu Defence Force is backed by Rwanda and Uganda, according to UN experts.\n");
  await writeFile(join(dir, "binary.txt"), Buffer.from([0x54, 0x65, 0x00, 0x01, 0x02]));
  await writeFile(join(dir, "latin1.txt"), Buffer.from([0x52, 0xe9, 0x62, 0x65, 0x6c, 0x73, 0x20]));
  await writeFile(join(dir, "empty.txt"), "   \n");
});
afterAll(async () => {
  await graph?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => emptyGraph(graph));

const linesOf = (text: string) => createInterface({ input: Readable.from([text]), crlfDelay: Infinity });

describe("importing a folder with bad files in it", () => {
  it("imports the good article, names each bad file and its problem, and writes nothing for them", async () => {
    const summary = await ingestArticles(graph, await articleFiles([dir, join(dir, "missing.txt")]));
    expect(summary.articles).toBe(1);
    expect(summary.claims).toBeGreaterThanOrEqual(2);
    expect(summary.failures.map((f) => `${f.path}: ${f.reason}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/binary\.txt: byte 2: binary data/),
        expect.stringMatching(/latin1\.txt: byte 1: not valid UTF-8/),
        expect.stringMatching(/empty\.txt: empty/),
        expect.stringMatching(/missing\.txt: no such file/),
      ]),
    );
    const stats = await new GraphRepository(graph).counts();
    expect(stats.nodes.Article).toBe(1);
  });
});

describe("importing more articles than one extraction batch", () => {
  it("imports every good article, names each bad one wherever it falls, and reports each article once", async () => {
    const folder = await mkdtemp(join(tmpdir(), "proxygraph-ingest-batches-"));
    try {
      const places = ["Goma", "Bunia", "Rutshuru", "Beni", "Butembo", "Uvira", "Bukavu", "Kalehe", "Masisi", "Walikale", "Lubero", "Kiwanja", "Sake", "Minova", "Kitshanga", "Nyiragongo", "Mweso", "Pinga"];
      await Promise.all(places.map((place, k) => writeFile(join(folder, `a${String(k).padStart(2, "0")}.txt`), `date 2024-02-${String(k + 1).padStart(2, "0")}\nThe March 23 Movement, which is backed by Rwanda, seized ${place} on Monday.\n`)));
      await writeFile(join(folder, "a03b-binary.txt"), Buffer.from([0x54, 0x00, 0x01]));
      await writeFile(join(folder, "a09b-header-only.txt"), "date 2024-03-01\n");
      await writeFile(join(folder, "a16b-empty.txt"), "  \n");
      const reported: string[] = [];
      const summary = await ingestArticles(graph, await articleFiles([folder]), (outcome) => reported.push(outcome.path));

      expect(summary.articles).toBe(places.length);
      expect(summary.failures.map((f) => `${f.path.slice(folder.length + 1)}: ${f.reason}`).sort()).toEqual([
        expect.stringMatching(/^a03b-binary\.txt: byte 1: binary data/),
        "a09b-header-only.txt: no article text after its header",
        expect.stringMatching(/^a16b-empty\.txt: empty/),
      ]);
      expect(reported).toHaveLength(places.length + 3);
      expect(new Set(reported).size).toBe(places.length + 3);
      const stats = await new GraphRepository(graph).counts();
      expect(stats.nodes.Article).toBe(places.length);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("importing JSON Lines", () => {
  it("imports each good line, names each bad line by its number, and goes on after it", async () => {
    const lines = [
      JSON.stringify({ text: "The Kivu Defence Force is backed by Rwanda and Uganda, according to UN experts.", date: "2024-01-10", source: "kivu.txt" }),
      "{not json",
      "",
      JSON.stringify({ title: "no text here" }),
      JSON.stringify({ text: "KHARTOUM (Wire) - The United Arab Emirates has supplied weapons to the Rapid Support Forces.", title: "UAE arms RSF" }),
    ].join("\n");
    const summary = await ingestArticles(graph, await jsonLineArticles(linesOf(lines), "stdin"));

    expect(summary.articles).toBe(2);
    expect(summary.failures).toEqual([
      { path: "stdin:2", reason: expect.stringMatching(/^not JSON/) },
      { path: "stdin:4", reason: 'missing "text" (a string)' },
    ]);
    const articles = await graph.read((tx) => runCypher(tx, "admin/articles"));
    expect(articles).toEqual([
      { id: expect.any(String), source: "kivu.txt", date: "2024-01-10", title: null },
      { id: expect.any(String), source: null, date: null, title: "UAE arms RSF" },
    ]);
  });
});
