/**
 * Extraction → the parameter rows of one import. Pure: it checks the Extraction against its contract
 * and derives every id, so the write transaction only moves rows into Cypher.
 */
import { createHash } from "node:crypto";
import type { Extraction, Relation } from "../extract/types.js";
import { AppError } from "../errors.js";
import { canonicalPair, pairKey, uniquePairs } from "./edges.js";
import { countryByIso3 } from "../extract/gazetteer.js";
import { lookupKeys } from "./lookup.js";
import type { Pair } from "./mappers.js";

export interface ArticleInput {
  text: string;
  extraction: Extraction;
  /** Where the text came from, e.g. the file name. */
  source?: string | null;
}

export interface ImportPlan {
  article: { id: string; sha256: string; title: string | null; date: string | null; source: string | null };
  actors: { id: string; name: string; type: string; country: string | null; aliases: string[]; lookupKeys: string[] }[];
  locations: { id: string; name: string; type: string; country: string | null; lat: number | null; lon: number | null; aliases: string[]; lookupKeys: string[] }[];
  withins: { id: string; within: string }[];
  sentences: { id: string; index: number; text: string; start: number; end: number }[];
  claims: { id: string; source: string; target: string; props: Record<string, unknown>; evidence: { sentenceId: string; text: string; start: number; end: number }[] }[];
  /** The derived edges this article's claims feed. */
  pairs: Pair[];
  /** New actors that may be existing ones (set by entity resolution): (:Actor)-[:POSSIBLY_SAME_AS {score}]->(:Actor). */
  possiblySameAs: { id: string; other: string; score: number }[];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** An article is known by the hash of its text, so the same text is the same article wherever it comes from. */
export function articleIdOf(text: string): string {
  return sha256(text);
}

/** A state is found by every name the data package gives its country, whichever of them the article used (a country's place lists them already). */
function countryNames(iso3: string | undefined): string[] {
  return (iso3 && countryByIso3(iso3)?.names) || [];
}

export function planImport({ text, extraction, source = null }: ArticleInput): ImportPlan {
  const articleId = articleIdOf(text);
  const actorIds = new Set(extraction.actors.map((actor) => actor.id));
  const locationIds = new Set(extraction.locations.map((location) => location.id));
  const sentencesByIndex = new Map(extraction.sentences.map((sentence) => [sentence.index, sentence]));
  const sentenceId = (index: number) => `${articleId}:${index}`;

  extraction.relations.forEach((relation, index) => checkRelation(relation, index, text, actorIds, locationIds, sentencesByIndex));
  const claims = extraction.relations.map((relation) => ({
    id: sha256(JSON.stringify([articleId, relation.type, relation.source, relation.target, relation.negated, relation.evidence.map((e) => [e.start, e.end])])),
    source: relation.source,
    target: relation.target,
    props: { ...claimProps(relation, extraction.date), pairKey: pairKey(canonicalPair(relation)) },
    evidence: relation.evidence.map((e) => ({ sentenceId: sentenceId(e.sentence), text: e.text, start: e.start, end: e.end })),
  }));
  const evidenceSentences = new Set(extraction.relations.flatMap((relation) => relation.evidence.map((e) => e.sentence)));

  return {
    article: { id: articleId, sha256: articleId, title: extraction.title, date: extraction.date, source },
    actors: uniqueInIdOrder(extraction.actors).map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      country: actor.country ?? null,
      aliases: actor.aliases,
      lookupKeys: lookupKeys(actor.name, [...actor.aliases, ...countryNames(actor.type === "STATE" ? actor.country : undefined)]),
    })),
    locations: uniqueInIdOrder(extraction.locations).map((location) => ({
      id: location.id,
      name: location.name,
      type: location.type,
      country: location.country ?? null,
      lat: location.lat ?? null,
      lon: location.lon ?? null,
      aliases: location.aliases,
      lookupKeys: lookupKeys(location.name, location.aliases),
    })),
    withins: extraction.locations.flatMap((location) => (location.within ? [{ id: location.id, within: location.within }] : [])),
    sentences: [...evidenceSentences].sort((a, b) => a - b).map((index) => {
      const sentence = sentencesByIndex.get(index)!;
      return { id: sentenceId(index), index, text: sentence.text, start: sentence.start, end: sentence.end };
    }),
    claims: [...new Map(claims.map((claim) => [claim.id, claim])).values()],
    pairs: uniquePairs(extraction.relations.filter((relation) => !relation.negated).map((relation) => canonicalPair(relation))),
    possiblySameAs: [],
  };
}

function claimProps(relation: Relation, articleDate: string | null): Record<string, unknown> {
  return {
    type: relation.type,
    kinds: relation.kinds,
    kind: relation.kind,
    hedged: relation.hedged,
    negated: relation.negated,
    attributedTo: relation.attributedTo,
    eventDate: relation.eventDate,
    eventUntil: relation.eventUntil,
    date: relation.date ?? articleDate,
  };
}

function checkRelation(
  relation: Relation,
  index: number,
  text: string,
  actorIds: Set<string>,
  locationIds: Set<string>,
  sentences: Map<number, unknown>,
): void {
  const fail = (reason: string) => {
    throw new AppError("INVALID_EXTRACTION", `relation ${index} (${relation.type} ${relation.source} → ${relation.target}): ${reason}`);
  };
  if (!actorIds.has(relation.source)) fail("source is not an actor of this extraction");
  const targetIds = relation.type === "CONTROLS" ? locationIds : actorIds;
  if (!targetIds.has(relation.target)) fail(`target is not ${relation.type === "CONTROLS" ? "a location" : "an actor"} of this extraction`);
  for (const evidence of relation.evidence) {
    if (!sentences.has(evidence.sentence)) fail(`evidence names sentence ${evidence.sentence}, which the extraction does not have`);
    if (text.slice(evidence.start, evidence.end) !== evidence.text) fail(`evidence "${evidence.text}" is not the text at ${evidence.start}..${evidence.end}`);
  }
}

/**
 * Merging an entity locks it until the transaction ends. In id order, every import takes those locks in
 * the same order, so imports at once of articles naming the same entities wait for each other instead of
 * deadlocking (which the driver retries, but under heavy contention not always to success).
 */
function uniqueInIdOrder<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
