/** The seed articles through the real extractor, as `npm start` imports them. */
import { readFile, readdir } from "node:fs/promises";
import { extractArticle } from "../../src/extract/index.js";
import type { Graph } from "../../src/graph/driver.js";
import { importArticle } from "../../src/graph/importer.js";

const SEEDS = new URL("../../seeds/", import.meta.url);

export interface SeedArticle {
  file: string;
  text: string;
  id: string;
}

export async function importSeeds(graph: Graph): Promise<SeedArticle[]> {
  const files = (await readdir(SEEDS)).filter((file) => file.endsWith(".txt")).sort();
  const seeds: SeedArticle[] = [];
  for (const file of files) {
    const text = await readFile(new URL(file, SEEDS), "utf8");
    const { articleId } = await importArticle(graph, { text, extraction: extractArticle(text, { fileName: file }), source: file });
    seeds.push({ file, text, id: articleId });
  }
  return seeds;
}

export const LNA = "org:libyan-national-army";
export const GNA = "org:government-of-national-agreement";
export const WAGNER = "org:wagner-group";
export const RUSSIA = "state:RUS";
export const TURKEY = "state:TUR";
export const UAE = "state:ARE";
export const SPF = "org:sirte-protection-force";
