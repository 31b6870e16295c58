/**
 * Wire-copy sentences, each with the relations it states. The relations are the ground truth the
 * extractor is scored against, so a template states its relations plainly, the way wires do.
 */
import type { RelationType, SupportKind } from "../../src/extract/types.js";
import type { Random } from "./random.js";

export interface PlantedRelation {
  type: RelationType;
  /** Names as written (groups without "the"). */
  source: string;
  target: string;
  /** For SUPPORTS: the kind the sentence states. */
  kind?: SupportKind;
}

/** Who and where one article is about. */
export interface Cast {
  group: string;
  rival: string;
  backers: [string, string, string];
  president: { name: string; country: string };
  cities: [string, string];
}

export interface TemplateSentence {
  text: string;
  relations: PlantedRelation[];
}

export type Template = (cast: Cast) => TemplateSentence;

export const RELATION_TEMPLATES: Record<string, Template> = {
  backedBy: ({ group, backers: [first, second] }) => ({
    text: `The ${group} is backed by ${first} and ${second}, officials said.`,
    relations: [
      { type: "SUPPORTS", source: first, target: group, kind: "UNSPECIFIED" },
      { type: "SUPPORTS", source: second, target: group, kind: "UNSPECIFIED" },
    ],
  }),
  sentTroops: ({ group, backers: [, , third] }) => ({
    text: `${third} sent troops to help the ${group}.`,
    relations: [{ type: "SUPPORTS", source: third, target: group, kind: "TROOPS" }],
  }),
  clashedWith: ({ group, rival, cities: [near] }) => ({
    text: `The ${group} clashed with the ${rival} near ${near}.`,
    relations: [{ type: "OPPOSES", source: group, target: rival }],
  }),
  captured: ({ rival, cities: [, captured] }) => ({
    text: `The ${rival} captured ${captured}.`,
    relations: [{ type: "CONTROLS", source: rival, target: captured }],
  }),
  president: ({ president }) => ({
    text: `President ${president.name} of ${president.country} called for a ceasefire.`,
    relations: [{ type: "LEADS", source: president.name, target: president.country }],
  }),
};

const FILLERS: readonly ((cast: Cast) => string)[] = [
  ({ cities: [near] }) => `Aid agencies warned of food shortages in ${near}.`,
  () => "Markets were closed for the holiday.",
  () => "The talks are expected to resume next week.",
  () => "Residents reported power cuts overnight.",
  () => "Officials gave no casualty figures.",
  () => "Fuel prices have doubled since January.",
  () => "Schools in the area have been shut for a month.",
  () => "A spokesman declined to comment on the report.",
];

/** Sentences that state nothing the graph keeps. */
export function fillerSentences(cast: Cast, random: Random, count: number): TemplateSentence[] {
  return random.sample(FILLERS, count).map((filler) => ({ text: filler(cast), relations: [] }));
}
