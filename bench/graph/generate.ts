/**
 * Generates a benchmark dataset as the importer would have left it: Article, Sentence and Claim nodes
 * (SOURCE, TARGET, IN, EVIDENCED_BY with the evidence text and offsets), and the derived edges between
 * actors (and to locations) carrying the aggregates src/graph/edges.ts computes from those claims.
 * Pure and deterministic: the same spec gives the same steps, so a half-loaded dataset resumes where it
 * stopped. Each step is one parameterised statement of cypher/bench/load/ and its rows.
 */
import { createHash } from "node:crypto";
import { SUPPORT_KINDS, type RelationType, type SupportKind } from "../../src/extract/types.js";
import { aggregateClaims, canonicalPair } from "../../src/graph/edges.js";
import { lookupKeys } from "../../src/graph/lookup.js";
import type { ClaimFacts, Row } from "../../src/graph/mappers.js";
import { seededRandom, type Random } from "../corpus/random.js";
import {
  actorId,
  actorName,
  CONTROL_DAYS,
  locationId,
  locationName,
  shapeOf,
  type DatasetSpec,
  type DatasetShape,
} from "./dataset.js";

export interface LoadStep {
  statement: string;
  rows: Row[];
}

const NODE_BATCH = 5_000;
const EDGE_BATCH = 2_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3_650;
const DAY_MS = 86_400_000;
/** A share of the actor-actor edges are alliances; every fourth edge has a second claim, every twentieth a negated one. */
const ALLIANCE_SHARE = 0.15;
const SPECIFIC_KINDS = SUPPORT_KINDS.filter((kind) => kind !== "UNSPECIFIED");

export function* datasetSteps(spec: DatasetSpec): Generator<LoadStep> {
  const shape = shapeOf(spec);
  const random = seededRandom(spec.seed);
  yield* batched("bench/load/actors", NODE_BATCH, range(shape.actors).map((i) => entityRow(actorId(spec, i), actorName(spec, i), i % 10 === 0 ? "STATE" : "ARMED_GROUP")));
  yield* batched("bench/load/locations", NODE_BATCH, range(shape.locations).map((i) => entityRow(locationId(spec, i), locationName(spec, i), "CITY")));
  yield* batched("bench/load/articles", NODE_BATCH, range(shape.articles).map((i) => articleRow(spec, i)));

  const claims = new ClaimWriter(spec, shape, random);
  const taken = new Set<string>();
  for (let start = 0; start < spec.edges; start += EDGE_BATCH) {
    const edges: { type: RelationType; source: number; target: number; facts: ClaimFacts[] }[] = [];
    for (let k = start; k < Math.min(spec.edges, start + EDGE_BATCH); k++) {
      const type: RelationType = random.next() < ALLIANCE_SHARE ? "ALLIED_WITH" : "SUPPORTS";
      const [source, target] = freshPair(spec, shape, random, type, taken);
      const count = k % 4 === 0 ? 2 : 1;
      const facts = range(count).map(() => claims.actorClaim(type, source, target, false));
      if (k % 20 === 7) claims.actorClaim(type, source, target, true);
      edges.push({ type, source, target, facts });
    }
    yield { statement: "bench/load/actor-claims", rows: claims.take() };
    for (const [type, statement] of [["SUPPORTS", "bench/load/supports"], ["ALLIED_WITH", "bench/load/allied-with"]] as const) {
      const rows = edges
        .filter((edge) => edge.type === type)
        .map((edge) => ({ source: actorId(spec, edge.source), target: actorId(spec, edge.target), props: aggregateClaims(type, edge.facts) }));
      if (rows.length > 0) yield { statement, rows };
    }
  }

  for (let start = 0; start < shape.locations; start += EDGE_BATCH) {
    const controls: Row[] = [];
    for (let i = start; i < Math.min(shape.locations, start + EDGE_BATCH); i++) {
      const controllers = distinctInts(random, shape.actors, CONTROL_DAYS.length);
      CONTROL_DAYS.forEach((day, n) => {
        const facts = claims.controlClaim(controllers[n]!, i, day);
        controls.push({ source: actorId(spec, controllers[n]!), target: locationId(spec, i), props: aggregateClaims("CONTROLS", [facts]) });
      });
    }
    yield { statement: "bench/load/location-claims", rows: claims.take() };
    yield { statement: "bench/load/controls", rows: controls };
  }
}

/** Claims with their article and evidence sentence, collected until the next step takes them. */
class ClaimWriter {
  private rows: Row[] = [];
  private next = 0;

  constructor(
    private readonly spec: DatasetSpec,
    private readonly shape: DatasetShape,
    private readonly random: Random,
  ) {}

  actorClaim(type: RelationType, source: number, target: number, negated: boolean): ClaimFacts {
    const article = this.random.int(0, this.shape.articles - 1);
    const kinds: SupportKind[] = type === "SUPPORTS" ? this.random.sample(SPECIFIC_KINDS, this.random.int(1, 2)) : [];
    const verb = type === "SUPPORTS" ? `${negated ? "denied sending" : "sent"} ${kinds.map((kind) => kind.toLowerCase().replace(/_/g, " ")).join(" and ")} to` : "fought alongside";
    const text = `${actorName(this.spec, source)} ${verb} ${actorName(this.spec, target)}, officials said.`;
    const hedged = this.random.next() < 0.2;
    return this.add(article, actorId(this.spec, source), actorId(this.spec, target), text, {
      type,
      kinds,
      kind: kinds[0] ?? null,
      hedged,
      negated,
      attributedTo: this.random.next() < 0.3 ? "officials" : null,
      eventDate: null,
      eventUntil: null,
    });
  }

  controlClaim(actor: number, location: number, day: string): ClaimFacts {
    // The article nearest the event reports it, a few days later.
    const offset = (Date.parse(day) - FIRST_DAY) / DAY_MS + this.random.int(1, 20);
    const article = Math.min(this.shape.articles - 1, Math.floor((offset / DAYS) * this.shape.articles));
    const text = `${actorName(this.spec, actor)} took control of ${locationName(this.spec, location)} on ${day}.`;
    return this.add(article, actorId(this.spec, actor), locationId(this.spec, location), text, {
      type: "CONTROLS",
      kinds: [],
      kind: null,
      hedged: false,
      negated: false,
      attributedTo: null,
      eventDate: day,
      eventUntil: null,
    });
  }

  take(): Row[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  private add(article: number, source: string, target: string, text: string, props: Row): ClaimFacts {
    const index = this.next++;
    const articleId = articleIdOf(this.spec, article);
    const date = dayOf(article, this.shape.articles);
    const start = (index % 40) * 120;
    this.rows.push({
      articleId,
      source,
      target,
      claim: { id: sha256(`${articleId}:claim:${index}`), ...props, date },
      sentence: { id: `${articleId}:${index}`, index, text, start, end: start + text.length },
    });
    return {
      kinds: props.kinds as SupportKind[],
      hedged: props.hedged as boolean,
      eventDate: props.eventDate as string | null,
      eventUntil: null,
      date,
      articleId,
    };
  }
}

function freshPair(spec: DatasetSpec, shape: DatasetShape, random: Random, type: RelationType, taken: Set<string>): [number, number] {
  for (;;) {
    const a = random.int(0, shape.actors - 1);
    const b = random.int(0, shape.actors - 1);
    if (a === b) continue;
    const pair = canonicalPair({ type, source: actorId(spec, a), target: actorId(spec, b) });
    const key = `${type}|${pair.source}|${pair.target}`;
    if (taken.has(key)) continue;
    taken.add(key);
    // Alliances are stored from the smaller id, as the importer stores them.
    return pair.source === actorId(spec, a) ? [a, b] : [b, a];
  }
}

function entityRow(id: string, name: string, type: string): Row {
  const keys = lookupKeys(name, []);
  return { id, name, type, aliases: [], lookupKeys: keys, lookupText: keys.map((key) => `${key}\n`).join("") };
}

function articleRow(spec: DatasetSpec, index: number): Row {
  const id = articleIdOf(spec, index);
  return { id, sha256: id, title: `Wire report ${index}`, date: dayOf(index, shapeOf(spec).articles), source: `bench/${index}.txt` };
}

function articleIdOf(spec: DatasetSpec, index: number): string {
  return sha256(`${spec.edges}:${spec.seed}:article:${index}`);
}

/** Articles are spread evenly over ten years, oldest first. */
function dayOf(article: number, articles: number): string {
  return new Date(FIRST_DAY + Math.floor((article / articles) * DAYS) * DAY_MS).toISOString().slice(0, 10);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function distinctInts(random: Random, below: number, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < count) picked.add(random.int(0, below - 1));
  return [...picked];
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

function* batched(statement: string, size: number, rows: Row[]): Generator<LoadStep> {
  for (let start = 0; start < rows.length; start += size) yield { statement, rows: rows.slice(start, start + size) };
}
