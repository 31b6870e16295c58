/**
 * The bad-input corpus through the real `kg import`: each file is either rejected with its name and
 * problem and nothing written, or imported correctly and completely. Each `kg` run costs a process
 * start, so files that should fail the same way share one run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { articleFiles } from "../../src/articleSources.js";
import type { Graph } from "../../src/graph/driver.js";
import { ingestArticles } from "../../src/ingest.js";
import { createTestApi, emptyGraph, openTestGraph, type TestApi } from "../integration/helpers.js";
import { writeBadCorpus } from "./support/badFiles.js";
import { recordFigures } from "./support/figures.js";
import { articleContents, graphSnapshot } from "./support/graphState.js";
import { runKg, type Finished } from "./support/processes.js";
import { takeTurnOnTestGraph } from "./support/turns.js";

let graph: Graph;
let api: TestApi;
let dir: string;
const target = () => inject("neo4j");
const file = (name: string) => path.join(dir, name);

takeTurnOnTestGraph();
beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph);
  dir = await writeBadCorpus(await mkdtemp(path.join(tmpdir(), "proxygraph-bad-")));
});
afterAll(async () => {
  await api?.server.stop();
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface ImportSummary {
  articles: number;
  claims: number;
  failures: { path: string; reason: string }[];
}

function summaryOf(run: Finished): ImportSummary {
  expect(run.signal, run.stderr).toBeNull();
  // A crash prints a stack trace instead of the one-line reasons.
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return JSON.parse(run.stdout) as ImportSummary;
}

const escaped = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("files that are not articles", () => {
  const REJECTED: [string, RegExp][] = [
    ["empty.txt", /^empty: no text to read$/],
    ["header-only.txt", /^no article text after its header$/],
    ["latin1.txt", /^byte 89: not valid UTF-8 text/],
    ["image.txt", /^byte 8: binary data \(NUL byte\)/],
    ["one-line-10mb.txt", /^too large: 10485760 bytes, the limit is 2097152/],
  ];

  it("are each rejected with the file and the problem named, exit code 1, and nothing written", async (context) => {
    await emptyGraph(graph);
    await ingestArticles(graph, await articleFiles([file("unknown-header.txt")]));
    const before = await graphSnapshot(graph);

    const run = await runKg(["import", ...REJECTED.map(([name]) => file(name)), "--json"], target());

    expect(run.code).toBe(1);
    const summary = summaryOf(run);
    expect(summary).toMatchObject({ articles: 0, claims: 0 });
    expect(summary.failures).toHaveLength(REJECTED.length);
    for (const [name, problem] of REJECTED) {
      expect(summary.failures).toContainEqual({ path: file(name), reason: expect.stringMatching(problem) });
    }
    expect(await graphSnapshot(graph)).toEqual(before);
    recordFigures(context, { files: REJECTED.length, rejected: summary.failures.length });
  });
});

describe("unusual but real articles", () => {
  let run: Finished;
  beforeAll(async () => {
    await emptyGraph(graph);
    run = await runKg(["import", file("web-page.txt"), file("unknown-header.txt"), file("ten-thousand-sentences.txt"), "--json"], target());
  });

  it("all import, with exit code 0", async () => {
    expect(run.code, run.stderr).toBe(0);
    expect(summaryOf(run)).toMatchObject({ articles: 3, failures: [] });
  });

  it("a saved web page gives its article, not its script, styles or markup", async (context) => {
    const { actor } = await api.query(`{ actor(name: "M23 Movement") { backers { edges { node { name } path { evidence { text article { source title } } } } } } }`);
    const fromPage = actor.backers.edges.flatMap((edge: any) => edge.path[0].evidence.filter((e: any) => e.article.source === "web-page.txt").map((e: any) => ({ backer: edge.node.name, ...e })));
    expect(fromPage).toEqual([
      { backer: "Rwanda", text: expect.stringContaining("Rwanda has supplied weapons to the M23 Movement"), article: { source: "web-page.txt", title: "Rwanda backs M23" } },
    ]);
    expect(JSON.stringify(fromPage)).not.toMatch(/[<>]/);
    // Iran is named only inside the page's <script>, and the Houthis only there and in the long article.
    const iran = await api.query(`{ actor(name: "Iran") { backing { edges { path { evidence { article { source } } } } } } }`);
    expect(JSON.stringify(iran)).not.toContain("web-page.txt");
    recordFigures(context, { claimsFromPage: (await articleContents(graph)).find((a) => a.source === "web-page.txt")!.claims });
  });

  it("an article under an unknown header gives its body's claims", async (context) => {
    const { actor } = await api.query(`{ actor(name: "M23 Movement") { backers { edges { node { name } path { evidence { text article { source } } } } } } }`);
    const fromHeadered = actor.backers.edges.flatMap((edge: any) => edge.path[0].evidence.filter((e: any) => e.article.source === "unknown-header.txt").map((e: any) => e.text));
    expect(fromHeadered).toEqual([expect.stringMatching(/^KIGALI, Jan 10 \(Wire\) - Rwanda has supplied weapons/)]);
    recordFigures(context, { claims: (await articleContents(graph)).find((a) => a.source === "unknown-header.txt")!.claims });
  });

  it("an article of 10,000 sentences imports whole", async (context) => {
    const summary = summaryOf(run);
    const contents = await articleContents(graph);
    const long = contents.find((a) => a.source === "ten-thousand-sentences.txt")!;
    expect(long.claims).toBeGreaterThan(0);
    // Every claim the run reported is in the graph, each with its evidence.
    expect(contents.reduce((sum, a) => sum + a.claims, 0)).toBe(summary.claims);
    expect(long.evidence).toBeGreaterThanOrEqual(long.claims);
    recordFigures(context, { claims: long.claims, evidenceSentences: long.sentences });
  });
});

describe("a batch of good and bad files", () => {
  it("imports the good ones, lists every bad one with its problem, and exits 1", async (context) => {
    await emptyGraph(graph);
    const good = ["web-page.txt", "unknown-header.txt"];
    const bad = ["empty.txt", "latin1.txt", "image.txt", "header-only.txt", "no-such-file.txt"];
    const run = await runKg(["import", ...[good[0]!, bad[0]!, bad[1]!, good[1]!, ...bad.slice(2)].map(file)], target());

    expect(run.code).toBe(1);
    expect(run.stdout, run.stderr).toMatch(/^2 articles imported, \d+ claims, 5 failed$/m);
    for (const name of bad) expect(run.stdout).toMatch(new RegExp(`^  ${escaped(file(name))}: \\S.+$`, "m"));
    expect((await articleContents(graph)).map((article) => article.source).sort()).toEqual([...good].sort());
    recordFigures(context, { files: good.length + bad.length, imported: good.length, failed: bad.length });
  });

  it("JSON Lines on stdin: bad lines are named by line number, good ones imported", async (context) => {
    await emptyGraph(graph);
    const lines = [
      JSON.stringify({ text: "date 2024-01-10\nRwanda has supplied weapons to the M23 Movement, UN experts said.", source: "wire-1" }),
      "{not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: "\u0000\u0001" }),
      JSON.stringify({ text: "date 2024-01-10" }),
      JSON.stringify({ text: "x".repeat(3 * 1024 * 1024) }),
    ];
    const run = await runKg(["import", "-", "--json"], target(), `${lines.join("\n")}\n`);

    expect(run.code).toBe(1);
    const summary = summaryOf(run);
    expect(summary.articles).toBe(1);
    expect(summary.failures.map((failure) => failure.path).sort()).toEqual(["stdin:2", "stdin:3", "stdin:4", "stdin:5", "stdin:6"]);
    expect((await articleContents(graph)).map((article) => article.source)).toEqual(["wire-1"]);
    recordFigures(context, { lines: lines.length, imported: 1, failed: 5 });
  });
});
