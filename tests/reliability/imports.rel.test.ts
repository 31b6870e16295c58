/**
 * Imports under faults and races, through the real `kg import` on a generated batch: a process killed
 * with SIGKILL mid-batch leaves no half article and a re-run finishes the job; two overlapping batches
 * imported at once leave exactly what one clean import leaves.
 */
import { readdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeCorpus } from "../../bench/corpus/write.js";
import { articleFiles } from "../../src/articleSources.js";
import type { Graph } from "../../src/graph/driver.js";
import { GraphRepository } from "../../src/graph/repository.js";
import { ingestArticles } from "../../src/ingest.js";
import { emptyGraph, openTestGraph } from "../integration/helpers.js";
import { recordFigures } from "./support/figures.js";
import { apartFromSuggestions, articleContents, duplicates, graphSnapshot, type ArticleContents } from "./support/graphState.js";
import { finished, runKg, spawnKg } from "./support/processes.js";
import { takeTurnOnTestGraph } from "./support/turns.js";

const ARTICLES = 240;

let graph: Graph;
let dir: string;
let files: string[];
let clean: { snapshot: Awaited<ReturnType<typeof graphSnapshot>>; contents: Map<string, ArticleContents> };
const target = () => inject("neo4j");

takeTurnOnTestGraph();
beforeAll(async () => {
  graph = await openTestGraph();
  dir = await mkdtemp(path.join(tmpdir(), "proxygraph-batch-"));
  await writeCorpus(dir, ARTICLES, 7);
  files = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort().map((name) => path.join(dir, name));
  // The reference: the whole batch imported once, alone, without interruption.
  await emptyGraph(graph);
  const summary = await ingestArticles(graph, await articleFiles(files));
  expect(summary).toMatchObject({ articles: ARTICLES, failures: [] });
  clean = { snapshot: await graphSnapshot(graph), contents: new Map((await articleContents(graph)).map((a) => [a.id, a])) };
});
afterAll(async () => {
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function articleCount(): Promise<number> {
  return (await new GraphRepository(graph).counts()).nodes.Article ?? 0;
}

describe("an import killed with SIGKILL mid-batch", () => {
  it("leaves only whole articles, and re-running the batch gives the same graph as a clean run", async (context) => {
    await emptyGraph(graph);
    const child = spawnKg(["import", dir, "--json"], target());
    const done = finished(child);
    child.stdin!.end();
    let exited = false;
    void done.then(() => (exited = true));
    // Killed once a quarter of the batch is in: articles are committing around it.
    while (!exited && (await articleCount()) < ARTICLES / 4) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal, "the import finished before it could be killed").toBe("SIGKILL");

    const survivors = await articleContents(graph);
    expect(survivors.length).toBeGreaterThan(0);
    expect(survivors.length).toBeLessThan(ARTICLES);
    for (const article of survivors) expect(article).toEqual(clean.contents.get(article.id));
    expect(await duplicates(graph)).toEqual({ duplicateNodes: 0, duplicateRelationships: 0 });

    const rerun = await runKg(["import", dir, "--json"], target());
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ articles: ARTICLES, failures: [] });
    const after = apartFromSuggestions(await graphSnapshot(graph));
    expect(after.graph).toEqual(apartFromSuggestions(clean.snapshot).graph);
    recordFigures(context, {
      batch: ARTICLES,
      wholeArticlesAtKill: survivors.length,
      graphAfterRerunEqualsCleanRun: true,
      possiblySameAsClean: apartFromSuggestions(clean.snapshot).possiblySameAs,
      possiblySameAsAfterRerun: after.possiblySameAs,
    });
  });
});

describe("two imports of overlapping batches at once", () => {
  it("leave no duplicate node or relationship, and once finished the same graph as one clean import", async (context) => {
    await emptyGraph(graph);
    const first = files.slice(0, (ARTICLES * 2) / 3);
    const second = files.slice(ARTICLES / 3);
    const runs = await Promise.all([runKg(["import", ...first, "--json"], target()), runKg(["import", ...second, "--json"], target())]);

    // An article may lose to lock contention even after the driver's retries; it must then be reported
    // as such (and left out whole), so that re-running it finishes the batch.
    const failures = runs.flatMap((run) => {
      expect(run.signal, run.stderr).toBeNull();
      const summary = JSON.parse(run.stdout) as { failures: { path: string; reason: string }[] };
      expect(run.code).toBe(summary.failures.length > 0 ? 1 : 0);
      return summary.failures;
    });
    for (const failure of failures) expect(failure.reason).toMatch(/Neo\.TransientError\.Transaction\.DeadlockDetected/);
    expect(await duplicates(graph)).toEqual({ duplicateNodes: 0, duplicateRelationships: 0 });
    if (failures.length > 0) {
      const rerun = await runKg(["import", ...failures.map((failure) => failure.path), "--json"], target());
      expect(rerun.code, rerun.stderr).toBe(0);
    }
    expect(await duplicates(graph)).toEqual({ duplicateNodes: 0, duplicateRelationships: 0 });
    const after = apartFromSuggestions(await graphSnapshot(graph));
    expect(after.graph).toEqual(apartFromSuggestions(clean.snapshot).graph);
    recordFigures(context, {
      possiblySameAsClean: apartFromSuggestions(clean.snapshot).possiblySameAs,
      possiblySameAsAfter: after.possiblySameAs,
      overlap: first.length + second.length - ARTICLES,
      articlesLostToDeadlocks: failures.length,
      nodes: Object.values(clean.snapshot.nodes).reduce((sum, n) => sum + n, 0),
    });
  });
});
