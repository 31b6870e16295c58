import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { addRecall, type RecallByType } from "../../bench/corpus/recall.js";
import { extractArticle } from "../../src/extract/index.js";
import type { RelationType } from "../../src/extract/types.js";

describe("the synthetic corpus generator", () => {
  it("gives the same articles and planted relations for the same seed, and others for another", () => {
    const twice = [[...generateCorpus(5, 7)], [...generateCorpus(5, 7)]];
    expect(twice[0]).toEqual(twice[1]);
    expect([...generateCorpus(5, 8)]).not.toEqual(twice[0]);
  });

  it("writes wire copy with a date header and a dateline, and plants relations in it", () => {
    const [article] = [...generateCorpus(1, 1)];
    expect(article!.fileName).toBe("000001.txt");
    expect(article!.text).toMatch(/^date \d{4}-\d{2}-\d{2}\n[A-Z .'-]+, [A-Z][a-z]+ \d{1,2} \(Wire\) - /);
    expect(article!.relations.length).toBeGreaterThan(0);
    for (const relation of article!.relations) {
      expect(article!.text).toContain(relation.source);
      expect(article!.text).toContain(relation.target);
    }
  });

});

describe("the extractor on 20 generated articles", () => {
  const recall: RecallByType = {};
  beforeAll(() => {
    for (const article of generateCorpus(20, 42)) addRecall(recall, article.relations, extractArticle(article.text, { fileName: article.fileName }));
  });
  const recallOf = (type: RelationType) => recall[type]!.found / recall[type]!.planted;

  it.each(["SUPPORTS", "OPPOSES", "CONTROLS", "LEADS"] as const)("recovers at least 80%% of the planted %s relations", (type) => {
    expect(recallOf(type), `planted/found by type: ${JSON.stringify(recall)}`).toBeGreaterThanOrEqual(0.8);
  });
});
