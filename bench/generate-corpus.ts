/** npm run gen -- --articles N --out DIR [--seed S]: writes a synthetic corpus (see bench/corpus/). */
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus/write.js";

const { values } = parseArgs({
  options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" } },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !values.out || !Number.isInteger(seed)) {
  console.error("usage: npm run gen -- --articles N --out DIR [--seed S]");
  process.exit(2);
}
await writeCorpus(values.out, articles, seed);
console.log(`wrote ${articles} articles and truth.jsonl to ${values.out} (seed ${seed})`);
