import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";

// The shared evaluation set lives beside the project and is never copied into it.
const evalDir = new URL("../../../../shared/eval/", import.meta.url).pathname;
const available = existsSync(join(evalDir, "score.mjs"));

describe.skipIf(!available)("evaluation on the shared articles", () => {
  it("scores relation F1 above the bars, with verbatim evidence", async () => {
    const { score } = (await import(join(evalDir, "score.mjs"))) as { score: (g: unknown, s: unknown, t: string) => { relations: { tp: number; fp: number; fn: number }; evidence: { checked: number; verbatim: number } } };
    let tp = 0, fp = 0, fn = 0, checked = 0, verbatim = 0;
    const perArticle: Record<string, number> = {};
    for (const f of readdirSync(join(evalDir, "gold")).filter((x) => x.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(join(evalDir, "gold", f), "utf8"));
      const text = readFileSync(join(evalDir, "articles", gold.article ?? f.replace(/json$/, "txt")), "utf8");
      const s = score(gold, extractArticle(text), text);
      tp += s.relations.tp; fp += s.relations.fp; fn += s.relations.fn;
      checked += s.evidence.checked; verbatim += s.evidence.verbatim;
      perArticle[f] = (2 * s.relations.tp) / (2 * s.relations.tp + s.relations.fp + s.relations.fn);
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(verbatim).toBe(checked);
    expect(perArticle["00_sirte.json"]).toBeGreaterThanOrEqual(0.95);
    expect(f1).toBeGreaterThanOrEqual(0.85);
  }, 60_000); // the first extraction of a run builds the gazetteer and loads the model: seconds on a busy machine
});
