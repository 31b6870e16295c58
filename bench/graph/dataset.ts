/**
 * A benchmark dataset: a generated graph of `edges` SUPPORTS/ALLIED_WITH edges, from a seed. Every
 * dataset lives in the bench database beside the others, as its own connected part: all its ids carry
 * its prefix, so a question about one of its actors never reaches another dataset's nodes.
 */

/** Bumped whenever the generator changes what it writes: a dataset of another version is not reused. */
export const GENERATOR_VERSION = 1;

export interface DatasetSpec {
  edges: number;
  seed: number;
}

/** Actors and locations per edge: about five backers per actor, one location per hundred edges. */
const EDGES_PER_ACTOR = 5;
const EDGES_PER_LOCATION = 100;
const CLAIMS_PER_ARTICLE = 8;

export interface DatasetShape {
  actors: number;
  locations: number;
  articles: number;
}

export function shapeOf({ edges }: DatasetSpec): DatasetShape {
  return {
    actors: Math.max(50, Math.round(edges / EDGES_PER_ACTOR)),
    locations: Math.max(10, Math.round(edges / EDGES_PER_LOCATION)),
    articles: Math.max(10, Math.round((edges * 1.3) / CLAIMS_PER_ARTICLE)),
  };
}

/** "10k" → 10000, "1M" → 1000000, "2500" → 2500. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`a size looks like 10k, 100k, 1M or 2500, got "${text}"`);
  const factor = { "": 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  const size = Math.round(Number(match[1]) * factor);
  if (size < 10) throw new Error(`a dataset needs at least 10 edges, got "${text}"`);
  return size;
}

export function sizeLabel(edges: number): string {
  if (edges >= 1_000_000 && edges % 100_000 === 0) return `${edges / 1_000_000}M`;
  if (edges >= 1_000 && edges % 100 === 0) return `${edges / 1_000}k`;
  return String(edges);
}

export function datasetName(spec: DatasetSpec): string {
  return `${sizeLabel(spec.edges)}-seed${spec.seed}`;
}

/** The id prefix of a dataset ("b10k1"): short, because it is in every id of the dataset. */
export function prefixOf(spec: DatasetSpec): string {
  return `b${sizeLabel(spec.edges)}s${spec.seed}`;
}

export const actorId = (spec: DatasetSpec, index: number) => `${prefixOf(spec)}:group:${index}`;
export const actorName = (spec: DatasetSpec, index: number) => `Group ${index} ${prefixOf(spec)}`;
export const locationId = (spec: DatasetSpec, index: number) => `${prefixOf(spec)}:city:${index}`;
export const locationName = (spec: DatasetSpec, index: number) => `Town ${index} ${prefixOf(spec)}`;

/** Control of every location changes hands on these days; asking as of CONTROL_AS_OF finds the second. */
export const CONTROL_DAYS = ["2016-03-01", "2019-03-01", "2022-03-01"] as const;
export const CONTROL_AS_OF = "2020-06-30";
