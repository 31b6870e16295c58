import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { findArticleFiles, ingestFiles } from "../../src/ingest.js";
import { emptyGraph, openTestGraph } from "./helpers.js";

let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
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

describe("importing a folder with bad files in it", () => {
  it("imports the good article, names each bad file and its problem, and writes nothing for them", async () => {
    const { files, failures } = await findArticleFiles([dir, join(dir, "missing.txt")]);
    const summary = await ingestFiles(graph, files);
    expect(summary.articles).toBe(1);
    expect(summary.claims).toBeGreaterThanOrEqual(2);
    const reasons = [...failures, ...summary.failures].map((f) => `${f.path}: ${f.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/binary\.txt: byte 2: binary data/),
        expect.stringMatching(/latin1\.txt: byte 1: not valid UTF-8/),
        expect.stringMatching(/empty\.txt: empty/),
        expect.stringMatching(/missing\.txt: no such file/),
      ]),
    );
    const stats = await new GraphRepository(graph).stats();
    expect(stats.labels.Article).toBe(1);
  });
});
