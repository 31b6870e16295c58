import { resolveReferences } from "./coref.js";
import { eventTime, type EventTime } from "./dates.js";
import type { EntityRecord, EntityTable } from "./entities.js";
import { dateFromFileName, parseHeader, type Header } from "./header.js";
import { findRoles } from "./leadership.js";
import { placeLeadersGovernments, placeOffices } from "./offices.js";
import { findMentions, type Mention, type MentionResult } from "./mentions.js";
import { modalityAt, supportKinds, type Modality } from "./modality.js";
import { normalise, toInputSpan, type Normalised } from "./normalise.js";
import { findCrossClauseRelations, findRelations, sentenceViews, type RawRelation } from "./relations/index.js";
import { splitSentences } from "./sentences.js";
import { unnamedSides } from "./unnamed.js";
import { SYMMETRIC_RELATIONS, type Actor, type ActorType, type Extraction, type Location, type LocationType, type Relation, type Sentence, type SupportKind } from "./types.js";
import { listOpenerAt, toWords, type WordSentence } from "./words.js";
import { HYPHEN_PROVENANCE, SUPPORT_PARTICIPLES, WEAPON_HEADS } from "./vocabulary.js";
import { clauseSpan, type View } from "./clauses.js";

export type { Extraction } from "./types.js";

export interface ExtractOptions {
  /** Used when the text has no `date` header. */
  date?: string;
  /** A date in the file name (`2020-01-07-sirte.txt`) is used when there is no header or option. */
  fileName?: string;
}

/** One article to extract: its text and what the text itself may not say. */
export interface ArticleToExtract {
  text: string;
  opts?: ExtractOptions;
}

/**
 * Articles the importer extracts together (`extractArticles`). Measured in one process on the same
 * articles against one at a time: batches of 8 ran 1.13–1.19x (session 10) and 1.09–1.28x (session
 * 11); 4 gained less, 16 and 24 no more than 8, and 32 less (1.07–1.09x), the articles' own data no
 * longer fitting the caches beside the stages' tables. A batch's data also lives through more
 * scavenges, so larger batches also cost more garbage collection.
 */
export const EXTRACTION_BATCH = 8;

/** Text in, claims out: the whole extraction pipeline, pure and synchronous (a batch of one). */
export function extractArticle(input: string, opts: ExtractOptions = {}): Extraction {
  const [extraction] = extractArticles([{ text: input, opts }]);
  if (extraction instanceof Error) throw extraction;
  return extraction;
}

/**
 * The pipeline over a batch of articles, each stage run over every article of the batch before the
 * next stage starts. An article is read by some thirty functions over large tables (wink's model,
 * the gazetteer, the vocabulary), and by the time one article is done the first stage's code and
 * tables are no longer in the CPU caches: taken stage by stage, all but the first article of a batch
 * find them warm. Each article's result is exactly what it gives alone; an article whose extraction
 * throws gets its error in its slot, and the others of the batch go on.
 */
export function extractArticles(batch: readonly ArticleToExtract[]): (Extraction | Error)[] {
  const headed = eachArticle(batch, readHeader);
  // wink-nlp (its tokeniser, tagger and lexicon) apart from the code before and after it.
  const tokenised = eachArticle(headed, (a) => ({ ...a, tokenised: splitSentences(a.norm.text, a.header.bodyStart) }));
  const read = eachArticle(tokenised, ({ tokenised, ...a }): ReadArticle => ({ ...a, sentences: tokenised.map(toWords) }));
  const found = eachArticle(read, (a) => ({ ...a, found: findMentions(a.sentences) }));
  const roled = eachArticle(found, (a) => ({ ...a, roles: findRoles(a.sentences, a.found.mentions, a.found.table) }));
  const referred = eachArticle(roled, resolveArticleReferences);
  const reread = eachArticle(referred, rolesAfterReferences);
  const viewed = eachArticle(reread, (a) => ({ ...a, views: sentenceViews(a.sentences, a.found.mentions, a.found.table) }));
  const local = eachArticle(viewed, (a) => ({ ...a, local: findRelations(a.views) }));
  const related = eachArticle(local, relationsAcrossClauses);
  const placed = eachArticle(related, throughBodiesAndOffices);
  return eachArticle(placed, toExtraction);
}

/** Runs one stage over every article of a batch that has not failed; one that throws keeps its error. */
function eachArticle<A, B>(batch: readonly (A | Error)[], stage: (article: A) => B): (B | Error)[] {
  return batch.map((article) => {
    if (article instanceof Error) return article;
    try {
      return stage(article);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}

// What each stage adds to an article in the making.
type Roles = ReturnType<typeof findRoles>;
interface HeadedArticle {
  input: string;
  norm: Normalised;
  header: Header;
  date: string | null;
}
interface ReadArticle extends HeadedArticle {
  sentences: WordSentence[];
}
interface FoundArticle extends ReadArticle {
  found: MentionResult;
}
interface RoledArticle extends FoundArticle {
  roles: Roles;
}
interface RereadArticle extends RoledArticle {
  resolved: Roles;
  raw: RawRelation[];
}
interface ViewedArticle extends RereadArticle {
  views: View[];
}
interface LocalArticle extends ViewedArticle {
  /** The relations read within sentences, which the cross-clause patterns are read against. */
  local: RawRelation[];
}

function readHeader({ text: input, opts = {} }: ArticleToExtract): HeadedArticle {
  const norm = normalise(input);
  const header = parseHeader(norm.text);
  const date = header.date ?? opts.date ?? (opts.fileName ? dateFromFileName(opts.fileName) : null);
  return { input, norm, header, date };
}

function resolveArticleReferences(a: RoledArticle): RoledArticle {
  const affiliations = new Map(a.roles.relations.filter((r) => r.type === "MEMBER_OF" || r.type === "LEADS").map((r) => [r.source, r.target]));
  resolveReferences(a.sentences, a.found, a.roles.leads, affiliations);
  unnamedSides(a.sentences, a.found);
  return a;
}

const roleKey = (r: RawRelation) => `${r.type}|${r.source}|${r.target}`;

/** Read again once references are resolved: "X, a spokesman for the coalition" names its body only now. */
function rolesAfterReferences(a: RoledArticle): RereadArticle {
  const { roles } = a;
  const known = new Set(roles.relations.map(roleKey));
  const resolved = findRoles(a.sentences, a.found.mentions, a.found.table);
  const resolvedRoles = resolved.relations.filter((r) => !known.has(roleKey(r)));
  const raw = [
    ...roles.relations,
    ...resolvedRoles,
    ...roles.leads.filter((l) => !roles.relations.some((r) => r.type === "LEADS" && r.source === l.person && r.target === l.group)).map((l): RawRelation => ({ type: "LEADS", source: l.person, target: l.group, sentence: l.sentence, trigger: l.start })),
  ];
  return { ...a, resolved, raw };
}

function relationsAcrossClauses({ local, ...a }: LocalArticle): ViewedArticle {
  a.raw.push(...local, ...findCrossClauseRelations(a.views, local));
  return a;
}

function throughBodiesAndOffices(a: ViewedArticle): ViewedArticle {
  actThroughLedBodies(a.raw, a.found.table);
  const { table } = a.found;
  // A head named only as the owner of a government ("President X's government") is placed like any titled head.
  const owners = new Set([...table.records.values()].flatMap((r) => (r.ledBy ? [r.ledBy] : [])));
  const unplaced = [...a.resolved.unplaced, ...a.roles.unplaced.filter((u) => owners.has(u.m.key) && !a.resolved.unplaced.some((x) => x.m.key === u.m.key))];
  unplaced.sort((x, y) => x.s.index - y.s.index || x.at - y.at);
  a.raw.push(...placeOffices(unplaced, a.raw, a.found.mentions, table, a.sentences));
  placeLeadersGovernments(a.raw, a.found.mentions, table);
  return a;
}

function toExtraction({ input, norm, header, date, sentences, found, raw, views }: ViewedArticle): Extraction {
  const outSentences: Sentence[] = sentences.map((s) => {
    const [start, end] = toInputSpan(norm, s.start, s.end);
    return { index: s.index, text: input.slice(start, end), start, end };
  });
  const reporters = mediaOutlets(sentences, found.mentions, found.table);
  const relations = mergeRelations(withoutHeadsAsMembers(raw, found.table).filter((r) => !reporters.has(r.source) && !reporters.has(r.target)), views, found.mentions, outSentences, date);
  const used = new Set<string>();
  for (const r of relations) used.add(r.source).add(r.target);
  for (const ms of found.mentions) for (const m of ms) used.add(m.key);
  const records = [...found.table.records.values()];
  for (const r of records) if (r.within && used.has(r.key)) used.add(r.within);
  const keep = (r: EntityRecord) => used.has(r.key);
  return {
    title: header.title,
    date,
    actors: records.filter((r) => r.kind === "actor" && keep(r)).map(toActor),
    locations: records.filter((r) => r.kind === "location" && keep(r)).map(toLocation),
    relations,
    sentences: outSentences,
  };
}

// "the official news agency ANGOP said", "The New York Times reported": who reports a story is no party to it.
const MEDIA_NAME = /\b(Times|Post|Journal|Gazette|Tribune|Herald|Press|News Agency|Television|Radio)$/;
const MEDIA_NOUNS = new Set(["agency", "broadcaster", "newspaper", "daily", "television", "radio", "channel", "outlet", "website"]);

function mediaOutlets(sentences: WordSentence[], mentions: Mention[][], table: EntityTable): Set<string> {
  const out = new Set<string>();
  for (const ms of mentions) for (const m of ms) {
    const r = table.get(m.key);
    if (r?.kind !== "actor" || r.type === "STATE") continue;
    const words = sentences[m.sentence].words;
    // ("the official Saba agency": a name before "agency" is the agency's, whatever it looked like;
    // not a party's before "television": "speaking on Serb television".)
    const outletAfter = words[m.end]?.lower === "agency" && (r.type === "PERSON" || r.type === "ORGANIZATION");
    if (outletAfter || (r.type !== "PERSON" && (MEDIA_NAME.test(r.name) || MEDIA_NOUNS.has(words[m.start - 1]?.lower ?? "")))) out.add(m.key);
  }
  return out;
}

/**
 * Who heads a body is not also only in it ("the commander of the Guard, Colonel X": the rank is read as
 * membership too), and no party is in a relation with itself (a leader's deeds rewritten onto the body he leads).
 */
function withoutHeadsAsMembers(raw: RawRelation[], table: EntityTable): RawRelation[] {
  const heads = new Set(raw.filter((r) => r.type === "LEADS").map((r) => `${r.source}|${r.target}`));
  // ("U.S. President X defended his decision": an office holder acts for the body he is in, he does not back it.)
  // (A state is no office holder: one in a body of states may still help it, with the troops it contributes.)
  const offices = new Set(raw.filter((r) => (r.type === "LEADS" || r.type === "MEMBER_OF") && table.get(r.source)?.type !== "STATE").map((r) => `${r.source}|${r.target}`));
  return raw.filter((r) => r.source !== r.target && (r.type !== "MEMBER_OF" || !heads.has(`${r.source}|${r.target}`)) && (r.type !== "SUPPORTS" || !offices.has(`${r.source}|${r.target}`)));
}

/**
 * A commander fights and holds ground through the group he leads, and arms sent to a head of
 * state go to the state: such claims are rewritten onto the body the person leads.
 */
function actThroughLedBodies(raw: RawRelation[], table: EntityTable) {
  const ledBy = new Map<string, string>();
  // (Chairing a body of states, "chairman of the SADC", is no force to act through.)
  for (const r of raw) if (r.type === "LEADS" && !ledBy.has(r.source) && table.get(r.target)?.type !== "ORGANIZATION") ledBy.set(r.source, r.target);
  const isPerson = (k: string) => table.get(k)?.type === "PERSON";
  for (const r of raw) {
    if (r.type === "OPPOSES" || r.type === "CONTROLS") {
      if (isPerson(r.source) && ledBy.has(r.source)) r.source = ledBy.get(r.source)!;
      if (isPerson(r.target) && ledBy.has(r.target)) r.target = ledBy.get(r.target)!;
    }
    if (r.type === "SUPPORTS" && isPerson(r.target) && table.get(ledBy.get(r.target) ?? "")?.type === "STATE") r.target = ledBy.get(r.target)!;
  }
}

// A module constant: tsx compiles a literal with \p{…} to `new RegExp(…)`, built again at every evaluation.
const PARTICIPLE_AFTER_HYPHEN = /-(\p{Ll}+)$/u;

function mergeRelations(raw: RawRelation[], views: View[], mentions: Mention[][], out: Sentence[], date: string | null): Relation[] {
  const byKey = new Map<string, Relation>();
  const times: EventTime[] = [];
  // A coordinated list yields several relations from one trigger: its modality and kinds are read once.
  const modalities = new Map<string, Modality>();
  const kindsAt = new Map<string, SupportKind[]>();
  for (const r of raw) {
    const words = views[r.sentence].s.words;
    const at = `${r.sentence}:${r.trigger}`;
    let mod = modalities.get(at);
    if (!mod) modalities.set(at, (mod = modalityAt(words, r.trigger)));
    if (r.byName) mod = { ...mod, hedged: false, negated: false };
    let kinds: SupportKind[] = [];
    if (r.type === "SUPPORTS") {
      const recipientAt = `${at}:${r.target}`;
      const known = kindsAt.get(recipientAt);
      // "Iran-backed militias": a compound says only what its participle says
      // ("Israeli-supplied loitering munitions" says it with the weapon after it).
      const compound = PARTICIPLE_AFTER_HYPHEN.exec(words[r.trigger]?.text ?? "")?.[1];
      if (known) kinds = known;
      // "Turkish-made drones": a maker supplies weapons, whatever else the clause says.
      else if (compound && HYPHEN_PROVENANCE.test(compound) && !SUPPORT_PARTICIPLES.has(compound)) kindsAt.set(recipientAt, (kinds = ["WEAPONS"]));
      else if (compound && SUPPORT_PARTICIPLES.has(compound) && !WEAPON_HEADS.has(words[r.trigger + 1]?.lower ?? "") && !WEAPON_HEADS.has(words[r.trigger + 2]?.lower ?? "")) kindsAt.set(recipientAt, (kinds = supportKinds([{ ...words[r.trigger], lower: compound }], 0, 1, () => false)));
      else {
        // "backs thousands of fighters, including the STC": the fighters named before the list are the recipient too.
        const listedAt = mentions[r.sentence].find((m) => m.key === r.target && m.start > r.trigger)?.start ?? -1;
        const opener = listedAt < 0 ? -1 : words.slice(r.trigger + 1, listedAt).findIndex((_, k) => listOpenerAt(words, r.trigger + 1 + k) > 0);
        const isRecipient = (i: number) => (opener >= 0 && i > r.trigger && i <= r.trigger + 1 + opener) || mentions[r.sentence].some((m) => m.key === r.target && m.start <= i && i < m.end);
        const [a0, b] = clauseSpan(views[r.sentence], r.trigger);
        // "Lebanon's army, which stayed out of the fighting, receives funding": what a clause before the verb says is no kind.
        const comma = words.slice(Math.max(a0, r.trigger - 8), r.trigger).findLastIndex((x) => x.text === "," || x.lower === "but");
        const a = comma >= 0 ? Math.max(a0, r.trigger - 8) + comma + 1 : a0;
        // "Hezbollah, the group backed by Tehran, fired rockets": a passive apposition ends at its comma.
        const apposition = SUPPORT_PARTICIPLES.has(words[r.trigger].lower) && words[r.trigger + 1]?.lower === "by" ? words.findIndex((x, k) => k > r.trigger && x.text === ",") : -1;
        // "…, and EU instructors have trained …": a second coordinated clause names its own kind.
        const nextClause = words.findIndex((x, k) => k > r.trigger && x.text === "," && /^(and|but)$/.test(words[k + 1]?.lower ?? "") && words[k + 2]?.cap === true);
        const end = Math.min(b, apposition > 0 ? apposition : b, nextClause > 0 ? nextClause : b);
        kindsAt.set(recipientAt, (kinds = supportKinds(words, Math.max(a, r.trigger - 8), Math.min(end, r.trigger + 12), isRecipient)));
      }
    }
    // Alliance and opposition run both ways: "A allied with B" and "B with A" are one claim.
    const [x, y] = SYMMETRIC_RELATIONS.has(r.type) && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.type}|${x}|${y}|${mod.negated}`;
    const s = out[r.sentence];
    const evidence = { text: s.text, sentence: s.index, start: s.start, end: s.end };
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.evidence.some((e) => e.sentence === s.index)) seen.evidence.push(evidence);
      for (const k of kinds) if (!seen.kinds.includes(k) && k !== "UNSPECIFIED") seen.kinds = [...seen.kinds.filter((x) => x !== "UNSPECIFIED"), k];
      seen.kind = seen.kinds[0] ?? null;
      seen.hedged = seen.hedged && mod.hedged;
      continue;
    }
    // A claim takes the event date of its first evidence: a sentence whose claims were all made before is not parsed for dates.
    const when = (times[r.sentence] ??= eventTime(views[r.sentence].s.text, date));
    byKey.set(key, {
      type: r.type,
      source: r.source,
      target: r.target,
      kinds: [...kinds],
      kind: kinds[0] ?? null,
      hedged: mod.hedged,
      negated: mod.negated,
      attributedTo: mod.attributedTo,
      eventDate: when.eventDate,
      eventUntil: when.eventUntil,
      date,
      evidence: [evidence],
    });
  }
  return [...byKey.values()];
}

const toActor = (r: EntityRecord): Actor => ({ id: r.key, name: r.name, aliases: [...r.aliases], type: r.type as ActorType, ...(r.country ? { country: r.country } : {}) });
const toLocation = (r: EntityRecord): Location => ({
  id: r.key,
  name: r.name,
  aliases: [...r.aliases],
  type: r.type as LocationType,
  within: r.within ?? null,
  ...(r.country ? { country: r.country } : {}),
  ...(r.lat !== undefined ? { lat: r.lat, lon: r.lon } : {}),
});
