import type { EntityRecord, EntityTable } from "./entities.js";
import { slug } from "./entities.js";
import type { Mention, MentionResult } from "./mentions.js";
import { APPOINTED, ARMY_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS, OPPOSE_NOUNS, PLACE_HEADS, SPEECH_VERBS, STATE_FORCE_NOUNS, SUPPORT_NOUNS, SUPPORT_VERBS, RIVAL_NOUNS, HELD_NOUNS, SOURCE_NOUNS, TITLES, MILITARY_RULE, ARMED_DESCRIPTORS, COALITION_NOUNS, DESCRIBING_NOUNS, HYPHEN_BACKED, IRREGULAR_NOUNS, HIRED_NOUNS, HYPHEN_PROVENANCE, ALLY_WORDS, PART_NOUNS, PARTITIVES, PORTFOLIO_WORDS, STATE_OPPONENT_WORDS } from "./vocabulary.js";
import { insideQuote, POSSESSIVE, QUOTE_MARK, surfaceOf, type Word, type WordSentence } from "./words.js";
import { longestTitle } from "./spans.js";
import { governmentOf, leaderGovernment } from "./bodies.js";
import { countryByIso3, countryForm, hyphenedCountry } from "./gazetteer.js";
import { onlyGroupCalled } from "./knowledge.js";
import { homeInDoubt } from "./offices.js";
import { describedAs } from "./mentions.js";
import { sortByStart } from "./mentionContext.js";

/**
 * Coreference-lite: the words that point at an entity without naming it. "forces loyal to
 * Haftar" and "Haftar's fighters" are the group Haftar leads; "they", "its forces", "the group"
 * the nearest compatible actor; "the city", "the base" the nearest place of that kind.
 */
export interface Leadership {
  person: string;
  group: string;
  sentence: number;
  start: number;
  end: number;
}

// What sets off the first pass over a sentence's words: a title that heads a body or "members" ("a
// commander of X"), a noun for fighters ("forces loyal to X") and a possessive ("Haftar's forces").
const MEMBER_OR_OWNER_CUES = new Set([...[...TITLES].filter(([, t]) => t.leads).map(([title]) => title), "members", ...GROUP_NOUNS, "'s"]);
const PRONOUNS = new Map<string, "group" | "person">(Object.entries({ they: "group", their: "group", them: "group", it: "group", its: "group", he: "person", his: "person", she: "person", her: "person" }));
// What can point back at an entity in the second pass: a pronoun, "the …" and a noun for fighters.
const REFERRING_CUES = new Set([...PRONOUNS.keys(), "the", "both", "these", "those", ...GROUP_NOUNS]);
// Both lists in one table, a bit for each: every word is looked up once for both passes.
const MEMBER_OR_OWNER = 1;
const REFERRING = 2;
const CUES = new Map<string, number>();
for (const cue of MEMBER_OR_OWNER_CUES) CUES.set(cue, MEMBER_OR_OWNER);
for (const cue of REFERRING_CUES) CUES.set(cue, (CUES.get(cue) ?? 0) | REFERRING);
// ("The three countries pledged to fight the jihadists": a party or an alliance of states is none.)
const JIHADIST_NOUNS = new Set(["jihadists", "extremists", "militants", "insurgents"]);
const VAGUE_PLACES = new Set(["area", "zone"]);
/** Nouns for a set of states named before: "the three countries", "both nations". */
const STATE_SET_NOUNS = new Set(["countries", "states", "nations", "neighbours", "neighbors"]);
const SET_SIZES = new Map([["two", 2], ["three", 3], ["four", 4], ["2", 2], ["3", 3], ["4", 4]]);

/** "the three countries" → [3, 3 words]; "both countries" → [2, 2 words]; else undefined. */
function stateSetAt(words: Word[], i: number): [size: number, length: number] | undefined {
  if (words[i].lower === "both" && STATE_SET_NOUNS.has(words[i + 1]?.lower ?? "")) return [2, 2];
  const size = words[i].lower === "the" ? SET_SIZES.get(words[i + 1]?.lower ?? "") : undefined;
  return size && STATE_SET_NOUNS.has(words[i + 2]?.lower ?? "") ? [size, 3] : undefined;
}
/** Plural nouns for a set of armed groups named before: "the two factions", "both groups", "these rebels". */
const GROUP_SET_NOUNS = new Set(["groups", "factions", "movements", "militias", "rebels", "insurgents", "militants", "guerrillas"]);

/**
 * "the two factions" → [2, 3 words]; "both rebel groups" → [2, 3 words]; "these rebels" → [0 (as many
 * as were named together), 2 words]; else undefined.
 */
function groupSetAt(words: Word[], i: number): [size: number, length: number] | undefined {
  const w = words[i].lower;
  const size = w === "both" ? 2 : w === "these" || w === "those" ? 0 : w === "the" ? SET_SIZES.get(words[i + 1]?.lower ?? "") : undefined;
  if (size === undefined) return undefined;
  let k = w === "the" ? i + 2 : i + 1;
  // ("the two rebel groups": a describing word may come before the noun.)
  if (ARMED_DESCRIPTORS.has(words[k]?.lower ?? "") && GROUP_SET_NOUNS.has(words[k + 1]?.lower ?? "")) k++;
  return GROUP_SET_NOUNS.has(words[k]?.lower ?? "") ? [size, k + 1 - i] : undefined;
}
const LOYAL = /^(loyal|aligned|affiliated|allied)$/;
// "the group", "the rebels": a side named before, the story's most-named fitting one.
const REFERRING_NOUNS = /^(group|militia|bloc|movement|rebels|militants|insurgents|jihadists|extremists|paramilitaries|coalition|alliance|cartel|gang|faction|militias|separatists|guerrillas|gangs|fighters|outfit|organisation|organization|sect|jihadis|network)$/;
// ("Fano militiamen" are "the militias".)
const singular = (noun: string) => (noun === "militiamen" ? "militia" : noun.replace(/s$/, ""));
// "the division", "the brigade": a unit named before by a name ending in the word.
const UNIT_NOUNS = new Set(["division", "brigade", "battalion", "regiment", "command"]);
// "the front", "the party", "the union": a body named before with the word in its name ("the armed
// wing of the front" after the Uganda National Liberation Front; "accuse the party" after the
// Kurdistan Democratic Party). ("at the front" is where the fighting is.)
const NAME_NOUNS = new Set(["front", "party", "union", "force", "league", "agency"]);
const hasWord = (name: string, noun: string) => name.toLowerCase().split(/\s+/).includes(noun);
const groupLike = (r: EntityRecord | undefined) => !!r && r.kind === "actor" && r.type !== "PERSON";

/**
 * `affiliations`: person → the body they speak for or belong to, so that "a spokesman for the
 * LNA said fighters captured …" gives the LNA's fighters.
 */
/**
 * "the rebels", "the group": of the fitting entities named in the last few sentences, the one the
 * article names most (the story's subject), the latest on a tie; failing those, the latest ever
 * named ("the government" may have been introduced in the opening caption). A party is counted by all of
 * its `counted` mentions: "M23 fighters" named twice makes the M23 the story's "rebels", though only its
 * bare name fits the noun, before "the AFC" named twice in one sentence as its umbrella.
 */
function salient(recent: Mention[], fits: (m: Mention) => boolean, counted: (m: Mention) => boolean = fits): Mention | undefined {
  const last = recent[0]?.sentence ?? 0;
  const counts = new Map<string, number>();
  for (const m of recent) if (counted(m)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const fitting = recent.filter(fits);
  const close = fitting.filter((m) => m.sentence >= last - 3);
  const nearby = close.length ? close : fitting.slice(0, 1);
  let best: Mention | undefined;
  for (const m of nearby) if (!best || counts.get(m.key)! > counts.get(best.key)!) best = m;
  return best;
}

/**
 * "the city", "the town": the last one named if it was in this sentence or the two before; from
 * further back, the one the story names most ("Riots hit Honiara … said an analyst in Sydney … police
 * regained control of most of the city": the story's city, not the last one quoted).
 */
function placeMeant(recent: Mention[], sentence: number, fits: (m: Mention) => boolean): Mention | undefined {
  const last = recent.find(fits);
  if (!last || last.sentence >= sentence - 2) return last;
  const counts = new Map<string, number>();
  for (const m of recent) if (fits(m)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best = last;
  for (const m of recent) if (fits(m) && counts.get(m.key)! > counts.get(best.key)!) best = m;
  return best;
}

// The loop over words calls these rather than holding their closures: a closure over the loop's
// index would make a context for every word.
/** "several members of the gang" at `i`: the group (not a person or a state) named within two words after "of". */
const groupOfMembers = (own: Mention[], table: MentionResult["table"], i: number) =>
  own.find((x) => x.kind === "actor" && x.start > i + 1 && x.start <= i + 3 && table.get(x.key)?.type !== "PERSON" && table.get(x.key)?.type !== "STATE");

/** Verbs whose object is what a blow falls on: "bombed its forces", "overran their positions". */
const STRUCK_OBJECT_VERBS = new Set(["bomb", "bombard", "pound", "shell", "strafe", "target", "ambush", "raid", "attack", "strike", "hit", "overrun", "storm", "besiege", "encircle", "rout", "dislodge", "overpower", "pummel"]);

/** The party right before the verb at `v` (past auxiliaries and adverbs: "warplanes had bombed"): who strikes. */
function strikerBefore(own: Mention[], extra: Mention[], words: Word[], v: number): string | undefined {
  let k = v - 1;
  while (k > 0 && (words[k].pos === "AUX" || words[k].pos === "ADV")) k--;
  return [...own, ...extra].find((m) => m.kind === "actor" && m.end === k + 1)?.key;
}

/** Where, among the three words after the possessive at `i`, a noun for fighters heads the phrase, or -1. */
const possessedGroupNoun = (words: Word[], i: number) => words.slice(i + 1, i + 4).findIndex((x, k) => GROUP_NOUNS.has(x.lower) && words[i + 2 + k]?.pos !== "NOUN");

/**
 * "shops and warehouses, some of them linked to …": a count of "them" set off after a plural noun
 * counts those things or people, not the last party named before them; so does "…, among them"
 * ("a network of companies, among them firms set up by X").
 */
const partitiveOfThings = (words: Word[], i: number) => {
  if (words[i].lower !== "them") return false;
  const comma = words[i - 1]?.lower === "among" ? i - 2 : words[i - 1]?.lower === "of" && PARTITIVES.test(words[i - 2]?.lower ?? "") ? i - 3 : -1;
  if (comma < 0 || words[comma]?.text !== ",") return false;
  const noun = words[comma - 1];
  return noun?.pos === "NOUN" && noun.lemma !== noun.lower && !GROUP_NOUNS.has(noun.lower);
};
/** The sentence's mentions, found and resolved so far, that end before word `i`, in order. */
const mentionsBefore = (own: Mention[], extra: Mention[], i: number) => sortByStart([...own, ...extra].filter((m) => m.end <= i));

/** The mention covering word `i` of a sentence. */
const mentionAt = (own: Mention[], i: number) => own.find((m) => m.start <= i && i < m.end);

/** The place named from word `i` on (apart from the loop over mentions, whose mention no closure may capture). */
const placeAt = (own: Mention[], i: number) => own.find((o) => o.start === i && o.kind === "location");

/** Everything named so far, latest first: built only for the words that look back. */
const recentMentions = (history: Mention[], before: Mention[]) => [...history, ...before].reverse();

/**
 * Everything named since sentence `from`, latest first. The history holds each sentence's
 * mentions in the order of the sentences, so only its tail is read (a pronoun looks back a few
 * sentences; copying the whole history at each one grew with the article).
 */
function namedSince(history: Mention[], before: Mention[], from: number): Mention[] {
  const out: Mention[] = [];
  for (let k = before.length - 1; k >= 0; k--) if (before[k].sentence >= from) out.push(before[k]);
  for (let k = history.length - 1; k >= 0 && history[k].sentence >= from; k--) out.push(history[k]);
  return out;
}

/** "the internationally recognised government": an adverb and a participle describe it too. */
const describes = (x: Word | undefined) => !!x && (x.pos === "ADJ" || /-/.test(x.text) || (x.pos === "ADV" && /ly$/.test(x.lower)) || (x.pos === "VERB" && /(ed|en)$/.test(x.lower)));

const WHITESPACE = /\s/;

/**
 * The words of a name that say what it names: the last ("Three Brotherhood Alliance"), the first
 * ("Coalition Government of Democratic Kampuchea" is "the coalition") and the one before its first
 * "of" or "for" ("Movement for Democratic Change"); not one inside ("Myanmar National Democratic
 * Alliance Army" is no alliance).
 */
function headWords(name: string): string[] {
  const words = name.toLowerCase().split(" ");
  const of = words.findIndex((x) => x === "of" || x === "for");
  return [words[0], words[words.length - 1], ...(of > 0 ? [words[of - 1]] : [])];
}

/** The last word of a name (what `name.split(/\s+/).pop()` gives, without the array). */
function lastWord(name: string): string {
  let k = name.length - 1;
  while (k >= 0 && !WHITESPACE.test(name[k])) k--;
  return name.slice(k + 1);
}

/**
 * Whether what a possessive at `i` owns says something of the owner: its fighters, attacks,
 * backing, allies, positions or rivals. "its leader Hassan Nasrallah": a title owned by the
 * group names whom it is led by.
 */
function possessesMeaningfully(words: Word[], i: number): boolean {
  // "its own operations against …": "own" only stresses whose the noun after it is.
  if (words[i + 1]?.lower === "own" && words[i + 2]) return possessesMeaningfully(words.slice(0, i + 1).concat(words.slice(i + 2)), i);
  const possessed = words[i + 1]?.lower ?? "";
  // "its leader Hassan Nasrallah", "its spokesman X": a title owned by the group names whom it is led by, or who speaks for it.
  // ("his military spokesman" is a title: the group noun must head the phrase.)
  // ("its young fighters": a describing word before the noun.)
  const described = words[i + 1]?.pos === "ADJ" && GROUP_NOUNS.has(words[i + 2]?.lower ?? "") && words[i + 3]?.pos !== "NOUN";
  return (GROUP_NOUNS.has(possessed) && (words[i + 2]?.pos !== "NOUN" || GROUP_NOUNS.has(words[i + 2].lower))) || described || namesPart(words, i + 1) || OPPOSE_NOUNS.has(possessed) || SUPPORT_NOUNS.has(possessed) || ALLY_WORDS.has(possessed) || (words[i + 1]?.pos === "NOUN" && ALLY_WORDS.has(words[i + 2]?.lower ?? "")) || HELD_NOUNS.has(possessed) || RIVAL_NOUNS.has(possessed) || namesTitleHolder(words, i + 1) || namesMembers(words, i + 1) || possessed === "party"
    // ("its Russian-supplied S-400 systems": weapons owned by their maker's name arm the owner.)
    || !!hyphenedCountry(words, i + 1, HYPHEN_PROVENANCE);
}

/** "Among its members are …", "Nigeria, its largest member,": who the owner's members are. */
function namesMembers(words: Word[], p: number): boolean {
  while (p < words.length - 1 && words[p].pos === "ADJ") p++;
  return /^members?$/.test(words[p]?.lower ?? "");
}

/** "Its armed wing, the Kuki National Army": a part the owner has, named after a comma. */
function namesPart(words: Word[], p: number): boolean {
  while (p < words.length - 1 && words[p].pos === "ADJ") p++;
  return PART_NOUNS.has(words[p]?.lower ?? "") && words[p + 1]?.text === "," && (words[p + 2]?.cap === true || words[p + 2]?.lower === "the");
}

/** "its leader Hassan Nasrallah", "Its director general, Rafael Grossi": a title of one to three words, then a name. */
function namesTitleHolder(words: Word[], p: number): boolean {
  // ("its intelligence chief Pottu Amman": a portfolio may come before a group's title; "his military spokesman" is the man's own.)
  const group = /^(its|their)$/.test(words[p - 1]?.lower ?? "");
  for (let k = 0; group && k < 2 && PORTFOLIO_WORDS.has(words[p]?.lower ?? "") && !longestTitle(words, p, words.length); k++) p++;
  // ("Its historic leader, X", "its long-time chief X": a describing word before the title.)
  // (A former or late one is no holder: "His former deputy, X".)
  for (let k = 0; k < 2 && words[p]?.pos === "ADJ" && !/^(former|late|then|ex)$/.test(words[p].lower) && !longestTitle(words, p, words.length); k++) p++;
  const title = longestTitle(words, p, words.length);
  const after = p + (title?.n ?? 0);
  return title !== null && (words[after]?.cap === true || (words[after]?.text === "," && words[after + 1]?.cap === true));
}

/**
 * "the group's military spokesman", "the group's leader in Gaza": whether the possessive at `k` owns an
 * office (a title, past a portfolio or a describing word or two; not a former one's).
 */
function ownsOffice(words: Word[], k: number): boolean {
  if (!POSSESSIVE.test(words[k]?.text ?? "")) return false;
  let p = k + 1;
  for (let n = 0; n < 2 && !longestTitle(words, p, words.length) && (PORTFOLIO_WORDS.has(words[p]?.lower ?? "") || words[p]?.pos === "ADJ") && !/^(former|late|then|ex)$/.test(words[p].lower); n++) p++;
  return longestTitle(words, p, words.length) !== null;
}

/** "the operation", "the offensive": an operation a side was said to launch, pointing back at the side. */
const OPERATION_NOUNS = new Set(["operation", "offensive", "campaign"]);
/** The words an operation is first told by ("launched an offensive", "carried out dozens of strikes"). */
const LAUNCHED_OPERATIONS = new Set([...OPERATION_NOUNS, "operations", "offensives", "campaigns"]);
/** Failing one, the strikes or raids it was made of ("carried out dozens of strikes … support for the operation"). */
const LAUNCHED_ATTACKS = new Set(["strikes", "airstrikes", "assault", "raids"]);

/**
 * "provided support for the operation", "are supporting the operation", "took part in the offensive": help
 * given to an operation (the "the" at `i`), which is help to whoever is waging it.
 */
function helpsOperation(words: Word[], i: number): boolean {
  const p = words[i - 1];
  if (!p || !OPERATION_NOUNS.has(words[i + 1]?.lower ?? "") || words[i + 2]?.lower === "of") return false;
  if (SUPPORT_VERBS.has(p.lemma) || /^(join|back)$/.test(p.lemma)) return true;
  const before = words[i - 2];
  return /^(for|to|in)$/.test(p.lower) && !!before && (SUPPORT_NOUNS.has(before.lower) || /^(participate|part|contribute)$/.test(before.lemma));
}

/**
 * Who launched the operation told of last, within `back` sentences: the subject of the last sentence
 * that introduces one ("Iraqi forces and Kurdish fighters launched an offensive", not "the offensive"),
 * with a party joined to it by "and".
 */
function operationWagers(sentences: WordSentence[], history: Mention[], sentence: number, back: number, nouns: ReadonlySet<string>): string[] | undefined {
  for (let k = sentence - 1; k >= 0 && k >= sentence - back; k--) {
    const words = sentences[k].words;
    const at = words.findIndex((x, j) => nouns.has(x.lower) && !words.slice(Math.max(0, j - 4), j).some((y) => /^(the|this|that|these|its|their)$/.test(y.lower)));
    if (at < 0) continue;
    const ms = history.filter((m) => m.sentence === k);
    const subject = subjectMention(ms, words);
    if (!subject || subject.start > at) return undefined;
    const joined = ms.find((m) => m.kind === "actor" && m !== subject && words[subject.end]?.lower === "and" && (m.start === subject.end + 1 || (m.start === subject.end + 2 && words[subject.end + 1].lower === "the")));
    return joined ? [subject.key, joined.key] : [subject.key];
  }
  return undefined;
}

/** A sentence's subject, roughly: its first actor not governed by a preposition. */
function subjectMention(ms: Mention[], words: Word[]): Mention | undefined {
  const sorted = sortByStart([...ms]);
  const first = sorted.find((m) => m.kind === "actor");
  // "The UN's nuclear watchdog, the IAEA, said": a possessor only says whose the subject is; the body named in apposition is it.
  const setOff = (m: Mention) => words[m.start - 1]?.text === "," || (words[m.start - 1]?.pos === "DET" && words[m.start - 2]?.text === ",");
  const owned = first && POSSESSIVE.test(words[first.end]?.text ?? "") ? sorted.find((m) => m.kind === "actor" && m.start > first.end && m.start <= first.end + 6 && (m.start === first.end + 1 || setOff(m))) : undefined;
  if (owned) return owned;
  const governed = (m: Mention) => words[m.start - 1]?.pos === "ADP" || (words[m.start - 1]?.pos === "DET" && words[m.start - 2]?.pos === "ADP");
  if (first && !governed(first)) return first;
  // "Created in 2016 by dissidents of the UFDD, the FACT has installed …", "Before DAG, Maputo turned to …": past a
  // phrase opening the sentence, the party right after its comma is the subject.
  const comma = first && /^(ADP|SCONJ|VERB)$/.test(words[0]?.pos ?? "") ? words.findIndex((x, k) => k >= first.end && x.text === ",") : -1;
  const after = comma > 0 ? sorted.find((m) => m.kind === "actor" && (m.start === comma + 1 || (m.start === comma + 2 && words[comma + 1].pos === "DET"))) : undefined;
  return after && !sorted.some((m) => m.kind === "actor" && m.start > first!.end && m.end <= comma && !governed(m) && m.key !== first!.key) ? after : undefined;
}

/** Whether the title before a person's name is an office of state ("President", "Defence Minister"), not a rebel's or a party's. */
function holdsStateOffice(words: Word[], m: Mention): boolean {
  const titleWords = words.slice(m.title!.start, m.start).map((x) => x.lower);
  return titleWords.some((x) => (TITLES.get(x)?.ofState && x !== "leader") || /minister/.test(x)) && !titleWords.some((x) => STATE_OPPONENT_WORDS.has(x) || /^(party|tribal|former)$/.test(x));
}

/** A sentence opening with "The/A" and a common noun no party was found in, then its verb: "The ministerial team was sent …". */
function unnamedOpening(words: Word[], ms: Mention[]): boolean {
  if (words[0]?.pos !== "DET" || !/^(the|a|an)$/.test(words[0].lower)) return false;
  let k = 1;
  while (k < 5 && (words[k]?.pos === "ADJ" || words[k]?.pos === "NOUN") && !words[k].cap) k++;
  return k > 1 && words[k - 1].pos === "NOUN" && /^(VERB|AUX)$/.test(words[k]?.pos ?? "") && !ms.some((m) => m.start < k);
}

/** "Russian fighters", "Tuareg separatist rebels": the lower-case noun a party is named by, if any. */
function groupNounOf(sentences: WordSentence[], m: Mention): string | undefined {
  const last = sentences[m.sentence].words[m.end - 1];
  // ("a Chechen unit of the Russian army": a noun for fighters in the singular too.)
  return last && !last.cap && (GROUP_NOUNS.has(last.lower) || GROUP_NOUNS.has(`${last.lower}s`)) ? last.lower : undefined;
}

// The tests below are module functions over their arguments rather than closures made at every
// reference: tsx's keep-names helper wraps each named closure as it is made (about 0.4 µs apiece),
// and a pronoun made seven of them.

/** The noun a party is named by, singular ("rebels" → "rebel"). */
function headOf(sentences: WordSentence[], m: Mention): string | undefined {
  const n = groupNounOf(sentences, m);
  return n && singular(n);
}

/** Called so before: "the coalition" is the one described as an umbrella, even if its name says "Resistance". */
function calledSo(calledAs: Map<string, Set<string>>, wanted: string, m: Mention): boolean {
  if (!m.key.startsWith("org:")) return false;
  for (const x of calledAs.get(m.key) ?? []) if (x === wanted || (COALITION_NOUNS.has(wanted) && COALITION_NOUNS.has(x))) return true;
  return false;
}

// "the insurgents" are never a party called soldiers, nor "the troops" one called rebels.
// Hired guns ("Russian paramilitaries") are never "the jihadists" either.
// ("a Chechen unit of the Russian army": a state's noun in the singular too.)
const irregular = (n: string | undefined) => (n === undefined ? undefined : IRREGULAR_NOUNS.has(n) ? true : STATE_FORCE_NOUNS.has(n) || STATE_FORCE_NOUNS.has(`${n}s`) || ARMY_NOUNS.has(n) || HIRED_NOUNS.has(n) ? false : undefined);

/**
 * "the Joint Rwanda-Mozambique Security Forces", "the Multinational Joint Task Force", "the Vostok battalion":
 * a force of states by its name, which "the insurgents" or "the fighters" never are.
 */
function statesForce(name: string): boolean {
  const words = name.split(" ");
  const tail = words[words.length - 1];
  // ("the 58th Army", "the 201st Division": a unit numbered in a state's order of battle.)
  if (/^\d+(st|nd|rd|th)$/.test(words[0]) && words.length > 1) return true;
  if (tail !== tail.toLowerCase()) return /^(Force|Forces)$/.test(tail) && words.some((x) => /^(Joint|Multinational)$/.test(x));
  return irregular(tail) === false;
}

/** Whether a party is on the side the noun says: regulars for "the troops", irregulars for "the insurgents". */
function sameSide(sentences: WordSentence[], noun: string, m: Mention): boolean {
  const a = irregular(groupNounOf(sentences, m)), b = irregular(noun);
  return a === undefined || b === undefined || a === b;
}

/** A pronoun being resolved, as the tests of what it may point at read it. */
interface Pronoun {
  table: EntityTable;
  sentences: WordSentence[];
  s: WordSentence;
  /** The pronoun's place in the sentence. */
  i: number;
  own: Mention[];
  /** The sentence's mentions before the pronoun. */
  before: Mention[];
  want: "group" | "person";
  /** "it" or "its". */
  itself: boolean;
}

/** Whether `m` is what the pronoun may point at. */
function fitsPronoun(p: Pronoun, m: Mention): boolean {
  return p.want === "person" ? p.table.get(m.key)?.type === "PERSON" : groupLike(p.table.get(m.key)) && !(p.itself && plural(p.sentences, m)) && !placeOwner(p, m) && !cites(p.sentences, m, p.table);
}

/** "it" is never "Russian fighters": a party named by a plural noun is "they". */
const plural = (sentences: WordSentence[], m: Mention) => groupNounOf(sentences, m)?.endsWith("s") === true;

/** "Russia's Kursk region, where they …": a place's possessor only says whose place it is. */
const placeOwner = (p: Pronoun, m: Mention) => m.sentence === p.s.index && p.s.words[m.end]?.text === "'s" && p.own.some((o) => o.start === m.end + 1 && o.kind === "location");

/** "U.S. officials say": a state that only says whose the sources are is no one's antecedent. */
// ("UCK commanders say they still hold …": an armed group's commanders speak for it.)
const cites = (sentences: WordSentence[], m: Mention, table: EntityTable) => SOURCE_NOUNS.has(sentences[m.sentence].words[m.end]?.lower ?? "") && table.get(m.key)?.type === "STATE";

/** "Sudan's Rapid Support Forces said they …": the possessed body speaks, not its possessor. */
const possessor = (p: Pronoun, m: Mention) => p.s.words[m.end]?.text === "'s" && p.before.some((o) => o.start > m.end && o.start <= m.end + 3 && fitsPronoun(p, o));

/**
 * "In a joint statement with Qatar and Turkey, the U.S. said they will …": a state is "it";
 * "they" after one is the state with the parties it spoke with.
 */
function companions(p: Pronoun, m: Mention): string[] | undefined {
  const { table, before } = p;
  const words = p.s.words;
  if (!/^(they|them|their)$/.test(words[p.i].lower) || table.get(m.key)?.type !== "STATE") return undefined;
  const withAt = words.slice(0, m.start).findIndex((x) => x.lower === "with");
  // The list is the phrase after "with", however long, up to the first verb.
  const verbAfterWith = words.slice(withAt + 1, m.start).findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
  const listEnd = verbAfterWith < 0 ? m.start : withAt + 1 + verbAfterWith;
  const listed = withAt < 0 ? [] : before.filter((o) => o !== m && o.start > withAt && o.end <= listEnd && table.get(o.key)?.type === "STATE");
  return listed.length ? [...new Set(listed.map((o) => o.key))].filter((k) => k !== m.key) : undefined;
}

/** Whether `m` is named in the pronoun's own clause (no comma or connecting word between them). */
const sameClause = (p: Pronoun, m: Mention) => m.sentence === p.s.index && !p.s.words.slice(m.end, p.i).some((x) => /^(,|;|and|but|that|which|who)$/.test(x.lower));

/** Plural nouns for armed men or a state's forces ("fighters", "clan militias", "police officers"). */
const PEOPLE_PLURALS = new Set([...GROUP_NOUNS, ...STATE_FORCE_NOUNS, ...IRREGULAR_NOUNS, ...HIRED_NOUNS].filter((x) => /(s|men)$/.test(x) || x === "police"));
/** Whether words from..to hold such a noun that no party was found in or right before ("Eastern Front fighters" are the party's). */
const peopleSince = (words: Word[], own: Mention[], extra: Mention[], from: number, to: number) =>
  words.slice(from, to).some((x, k) => x.pos === "NOUN" && PEOPLE_PLURALS.has(x.lower) && ![from + k, from + k - 1].some((j) => mentionAt(own, j) || mentionAt(extra, j)));

export function resolveReferences(sentences: WordSentence[], found: MentionResult, leads: Leadership[], affiliations: Map<string, string>): void {
  const { table, mentions } = found;
  const history: Mention[] = [];
  // The last `size` distinct states named in this sentence and the three before, or none when fewer were
  // ("Kyrgyzstan and Tajikistan … [two sentences of the leaders' calls] … Both countries are members of the CSTO").
  const lastStates = (size: number, before: Mention[], sentence: number): string[] | undefined => {
    const states: string[] = [];
    for (let k = before.length - 1; k >= 0 && states.length < size; k--) {
      const m = before[k];
      if (m.sentence < sentence - 3) break;
      const r = table.get(m.key);
      const c = r && (r.type === "STATE" || r.type === "COUNTRY" || r.type === "GOVERNMENT") && r.country ? countryByIso3(r.country) : undefined;
      // ("Mali and Niger expelled French troops. The two countries …": the countries named, not a state's forces.)
      // ("The authorities of Djibouti accused Eritrea …. The two countries": or a government named for its country.)
      const surface = surfaceOf(sentences[m.sentence].words, m.start, m.end);
      const byName = countryForm(r?.type === "GOVERNMENT" ? surface.split(" ").pop()! : surface)?.form === "name";
      if (c && byName && !states.includes(`state:${c.iso3}`)) states.push(table.state(c, m.sentence).key);
    }
    return states.length === size ? states : undefined;
  };
  // The armed or political groups named in the last sentence that names two or more, or none when
  // that sentence is more than one back or names other than `size` of them (0: any number from two).
  // A group named as another's owner ("Islamic State's local affiliate") or as another name for the
  // one before ("Islamic State Khorasan or IS-K") is not one of the set.
  // ("these rebels" after "the UFDD and the RFC": a party known only by its letters may be one of them.)
  const lastGroups = (size: number, before: Mention[], sentence: number, irregularNoun: boolean): string[] | undefined => {
    let groups: string[] = [];
    let at = -1;
    for (let k = before.length - 1; k >= 0; k--) {
      const m = before[k];
      if (at >= 0 && m.sentence !== at) {
        if (groups.length >= 2) break;
        groups = [];
      }
      if (m.sentence < sentence - 1) break;
      at = m.sentence;
      const t = table.get(m.key)?.type;
      if (m.kind !== "actor" || (t !== "ARMED_GROUP" && t !== "POLITICAL_GROUP" && !(irregularNoun && t === "ORGANIZATION" && m.key.startsWith("org:")))) continue;
      const words = sentences[m.sentence].words;
      if (POSSESSIVE.test(words[m.end]?.text ?? "") || words[m.start - 1]?.lower === "or") continue;
      if (!groups.includes(m.key)) groups.unshift(m.key);
    }
    return groups.length >= 2 && (size === 0 || groups.length === size) ? groups : undefined;
  };
  // "Defence Minister Magnus Malan said his troops …": an office holder's forces are the state's, never a
  // band of his own; with no state known here, they are left unresolved.
  const officeHolders = new Set(mentions.flat().filter((m) => m.title && holdsStateOffice(sentences[m.sentence].words, m)).map((m) => m.key));
  const groupOf = (personKey: string, s: number, start: number, end: number): string | undefined => {
    const known = leads.find((l) => l.person === personKey);
    if (known) return known.group;
    // ("Gaddafi, who has ruled Libya …, Gaddafi's troops": a man the story has heading a state or a government
    // commands its forces, no band of his own; so does an office holder the story places, "Azerbaijani President
    // X said his troops".)
    const served = table.get(affiliations.get(personKey) ?? "");
    if (served?.type === "STATE" || served?.type === "GOVERNMENT") return served.key;
    if (officeHolders.has(personKey)) return undefined;
    const person = table.get(personKey)!;
    // (Called also by the names the man goes by: "forces loyal to Machar".)
    const r = table.upsert({ key: `org:forces-of-${slug(person.name)}`, kind: "actor", type: "ARMED_GROUP", name: `forces loyal to ${person.name}`, aliases: [...person.aliases].map((x) => `forces loyal to ${x}`) }, s);
    leads.push({ person: personKey, group: r.key, sentence: s, start, end });
    return r.key;
  };
  // What each party has been called: its name's last word ("Viv Ansanm coalition") or an apposition
  // ("the Islamic Resistance in Iraq, an umbrella of armed groups").
  const calledAs = new Map<string, Set<string>>();
  const calledByName = new Set<string>();
  const call = (key: string, noun: string | undefined) => { if (noun) (calledAs.get(key) ?? calledAs.set(key, new Set()).get(key)!).add(singular(noun)); };
  // The parties ever named with a noun for a state's forces ("Zairean troops", "Kenyan soldiers").
  const namedAsForce = new Set<string>();
  /**
   * "the rebels" is the side once called rebels, not "Russian mercenaries" named since: a party
   * named by its noun is only what that noun says.
   */
  const referent = (recent: Mention[], noun: string, fitsNoun: (m: Mention) => boolean, opening: Mention | undefined, officeIn?: number) => {
    const wanted = singular(noun);
    // "The Zaireans", named by no noun here, were "Zairean troops" before: never "the rebels".
    const fits = irregular(noun) || noun === "fighters" ? (m: Mention) => fitsNoun(m) && !namedAsForce.has(m.key) && !statesForce(table.get(m.key)?.name ?? "") : fitsNoun;
    if (!GROUP_NOUNS.has(noun) && !DESCRIBING_NOUNS.has(noun)) return salient(recent, fits);
    // "… Kataib Hezbollah has received weapons from Iran. The group announced …": an opening reference continues the last subject
    // (called so, or fitting and named by no other noun).
    if (opening && (calledSo(calledAs, wanted, opening) || (fits(opening) && (headOf(sentences, opening) ?? wanted) === wanted))) return opening;
    const called = salient(recent, (m) => calledSo(calledAs, wanted, m));
    // "the group's military spokesman, X" (in sentence `officeIn`): an office is owned by the party just spoken of, the
    // last named in this sentence or the one before, not by the story's most-named. "The group" says nothing of the
    // kind of party (an organisation too: "… raided X's offices, where the group's leader …"); a noun that does
    // ("the movement's leader" after "the Y network … its leader") is left to the order below.
    const owner = officeIn !== undefined && !called && wanted === "group" ? recent.find((m) => m.sentence >= officeIn - 1 && (fits(m) || (m.key.startsWith("org:") && table.get(m.key)?.type === "ORGANIZATION"))) : undefined;
    // The party called so; else the office's owner; else one named by the noun; else one named by no other noun; else one at least on the same side.
    return (
      called ??
      owner ??
      salient(recent, (m) => fits(m) && headOf(sentences, m) === wanted, fits) ??
      salient(recent, (m) => fits(m) && (headOf(sentences, m) ?? wanted) === wanted, fits) ??
      salient(recent, (m) => fits(m) && sameSide(sentences, noun, m), fits)
    );
  };
  // What a word that passes the loops' tests below sets off, read apart from them: a closure over
  // a loop's index makes a context at every word, these at the words that need them.
  /** A reference over words start..end of a sentence: it replaces the mentions found inside it. */
  const put = (s: WordSentence, own: Mention[], extra: Mention[], start: number, end: number, key: string) => {
    const r = table.get(key)!;
    for (let k = own.length - 1; k >= 0; k--) if (own[k].start >= start && own[k].end <= end) own.splice(k, 1);
    extra.push({ sentence: s.index, start, end, key, kind: r.kind });
  };
  /** "forces loyal to X", "the forces of the renegade general of Libya, Khalifa Haftar" */
  const ownerOfForces = (s: WordSentence, own: Mention[], extra: Mention[], i: number) => {
    const { words } = s;
    const w = words[i];
    const link = words[i + 1]?.lower;
    const of = link === "of" || link === "from";
    if (link && (LOYAL.test(link) || of)) {
      const verb = words.findIndex((x, k) => k > i + 1 && /^(VERB|AUX)$/.test(x.pos));
      const window = own.filter((m) => m.start >= i + 2 && m.start < Math.min(i + 12, verb < 0 ? Infinity : verb));
      const person = of ? window.find((m) => table.get(m.key)?.type === "PERSON" && !words.slice(i + 2, m.start - 1).some((x) => x.text === ",")) : undefined;
      for (let j = person ? person.start : i + 2; j < Math.min(words.length, i + 12); j++) {
        // The owner is inside the noun phrase: a verb ends the search ("Soldiers from Mali were killed").
        if (/^(VERB|AUX)$/.test(words[j].pos) && !mentionAt(own, j)) break;
        // So does a comma, unless a name is set off by it ("the forces of the renegade general of Libya, Khalifa Haftar";
        // not "the main forces of the boyeviks, among them detachments of field commander X").
        if (words[j].text === "," && !mentionAt(own, j + 1)) break;
        const m = mentionAt(own, j);
        if (!m) continue;
        const first = i > 0 && /^(the|their)$/.test(words[i - 1].lower) ? i - 1 : i;
        // "troops from Rwanda" are Rwanda's: a country a state's forces come from is that state.
        if (m.kind !== "actor" && of && STATE_FORCE_NOUNS.has(w.lower) && table.get(m.key)?.type === "COUNTRY") {
          put(s, own, extra, first, m.end, table.actorFor(m.key, s.index));
          break;
        }
        if (m.kind !== "actor") { if (!of) break; continue; }
        const r = table.get(m.key)!;
        // ("guerrillas of Jonas Savimbi's UNITA": the body the man owns, named after him, is whose they are.)
        const owned = r.type === "PERSON" && POSSESSIVE.test(words[m.end]?.text ?? "") ? own.find((x) => x.start === m.end + 1 && x.kind === "actor" && table.get(x.key)?.type !== "PERSON") : undefined;
        if (owned) {
          put(s, own, extra, first, m.start - 1, owned.key);
          break;
        }
        const key = r.type === "PERSON" ? groupOf(m.key, s.index, first, m.end) : m.key;
        if (key) put(s, own, extra, first, m.end, key);
        // ("Soldiers loyal to Mobutu", "the forces of Khalifa Haftar": the band of the man's own is called so too.)
        const band = key ? table.get(key) : undefined;
        if (band && key!.startsWith("org:forces-of-") && m.start <= i + 3) band.aliases.add(surfaceOf(words, i, m.end));
        break;
      }
    }
  };
  /** "Kurdish fighters of the People's Protection Units", "Russian mercenaries from the Wagner Group": the named group's. */
  const groupNamedAfter = (s: WordSentence, own: Mention[], extra: Mention[], i: number) => {
    const named = own.find((m) => m.start > i + 1 && m.start <= i + 4 && table.get(m.key)?.kind === "actor" && table.get(m.key)?.type !== "PERSON" && table.get(m.key)?.type !== "STATE");
    if (named) put(s, own, extra, mentionAt(own, i)!.start, named.end, named.key);
  };
  /** "… said fighters captured", "our forces": the speaker's own fighters. */
  const speakersOwn = (s: WordSentence, own: Mention[], extra: Mention[], i: number) => {
    const speaker = own.find((m) => m.end <= i && table.get(m.key)?.kind === "actor");
    const body = speaker && (table.get(speaker.key)?.type === "PERSON" ? affiliations.get(speaker.key) ?? leads.find((l) => l.person === speaker.key)?.group : speaker.key);
    if (body) extra.push({ sentence: s.index, start: i, end: i + 1, key: body, kind: "actor" });
  };
  /** Whether a person is named anywhere with a title of one who leads ("Warlord", "Chechen leader"). */
  const titledLeader = (key: string) => mentions.some((ms) => ms.some((m) => m.key === key && (m.title?.leads === true || TITLES.get(sentences[m.sentence].words[m.start - 1]?.lower ?? "")?.leads === true)));
  /** A pronoun: "they", "its forces", "his fighters". */
  const resolvePronoun = (s: WordSentence, own: Mention[], extra: Mention[], i: number, want: "group" | "person") => {
    const { words } = s;
    const w = words[i];
    const possessed = words[i + 1]?.lower ?? "";
    // "Nigeria, its largest member,": an apposition's "its" is never the name it describes.
    // ('"Chad is no monarchy," said its spokesman': nor is a name inside the words quoted before it.)
    const quoted = (k: number) => insideQuote(words, k);
    // "Emirati warplanes had bombed its forces", "Jubaland troops overran their positions": what a blow falls on
    // is never the striker's own, so the possessive goes back past the verb's subject.
    const striker = /^(its|their)$/.test(w.lower) && STRUCK_OBJECT_VERBS.has(words[i - 1]?.lemma ?? "") ? strikerBefore(own, extra, words, i - 1) : undefined;
    const before = mentionsBefore(own, extra, i).filter((m) => !(words[i - 1]?.text === "," && m.end === i - 1 && /^(its|their)$/.test(w.lower)) && (quoted(i) || !quoted(m.start)) && m.key !== striker);
    if (partitiveOfThings(words, i)) return;
    // A pronoun reaches back a few sentences at most; "the government" may name one set up long before.
    const nearby = namedSince(history, before, s.index - 2);
    // After "X said", "they"/"it" is X speaking about itself.
    const verb = words.slice(Math.max(0, i - 4), i).findLastIndex((x) => SPEECH_VERBS.has(x.lower));
    const quiet = verb >= 0 && !before.some((m) => m.start > Math.max(0, i - 4) + verb);
    const p: Pronoun = { table, sentences, s, i, own, before, want, itself: /^(it|its)$/.test(w.lower) };
    // The speaker is the party right before the verb: "Israeli jets struck …, a day after the group confirmed its …".
    const verbAt = Math.max(0, i - 4) + verb;
    // "The Front, an alliance of the Kivu Brigade and militias, said its …": not inside the apposition.
    // ("The rebels, who poured into the capital …, now say they …", "…, have said they": nor when an adverb or an
    // auxiliary comes between the apposition or relative clause and the verb.)
    let beforeVerb = verbAt - 1;
    while (beforeVerb > 0 && (words[beforeVerb].pos === "ADV" || words[beforeVerb].pos === "AUX")) beforeVerb--;
    const apposition = words[beforeVerb]?.text === "," ? words.slice(0, beforeVerb).findLastIndex((x) => x.text === ",") : -1;
    // "the GNA of Libya, internationally recognized, said they …": a country qualifying a name does not speak.
    const speaker = quiet ? before.filter((m) => m.end <= (apposition >= 0 ? apposition : verbAt) && fitsPronoun(p, m) && !possessor(p, m) && words[m.start - 1]?.lower !== "of").pop() : undefined;
    // "The rebels say they …" with the rebels unresolved: the speaker is unknown, so is "they".
    if (quiet && before.length === 0 && !QUOTE_MARK.test(words[0]?.text ?? "")) return;
    // A possessive looks back to the sentence's subject: "the RSF accused Egypt of bombing its positions".
    // "…, a day after the militant group confirmed its leader …": the subject of the possessive's own clause first.
    const clauseStart = words.slice(0, i).findLastIndex((x) => /^(,|;|after|before|when|while|as|because|since|that|which|who)$/.test(x.lower));
    const ownClause = before.filter((m) => m.start > clauseStart && groupLike(table.get(m.key)))[0];
    // A clause whose subject is a noun no entity was found for ("the group said its …") leaves "its" unknown.
    const unnamedSubject = clauseStart >= 0 && !ownClause && !striker && words.slice(clauseStart + 1, i).some((x) => x.pos === "NOUN" && GROUP_NOUNS.has(x.lower));
    if (/^(its|their)$/.test(w.lower) && unnamedSubject) return;
    // ("Putin called Erdoğan and expressed his support": "his" in a clause that goes on from its subject is the subject's.)
    const goesOn = /^(his|her)$/.test(w.lower) && words.slice(0, i).some((x) => x.lower === "and") && !words.slice(0, i).some((x) => x.text === "," || SPEECH_VERBS.has(x.lower) || /^(that|who|which|when|while|after|before)$/.test(x.lower));
    // "meant to force Israel to end its offensive", "urged Kenya to withdraw its troops": whom the verb before
    // the infinitive bids act is its subject, and owns what it names.
    const bidden = /^(its|their)$/.test(w.lower) && words[i - 1]?.pos === "VERB" && words[i - 2]?.lower === "to" ? before.find((m) => m.end === i - 2 && fitsPronoun(p, m)) : undefined;
    const subject = /^(its|their)$/.test(w.lower) ? bidden ?? ownClause ?? before.find((m) => groupLike(table.get(m.key))) : goesOn ? before.find((m) => table.get(m.key)?.type === "PERSON") : undefined;
    // "China has provided it with cover": an object pronoun is never its own clause's subject.
    // ("al-Shabab militants are fighting alongside them": nor one a preposition of its clause governs.)
    const object = /^(it|them|him|her)$/.test(w.lower) && (/^(VERB|AUX)$/.test(words[i - 1]?.pos ?? "") || (words[i - 1]?.pos === "ADP" && words[i - 1].lower !== "of"));
    // "The alliance … launched the offensive. It has taken control of …": a sentence-opening
    // pronoun continues the last sentence's subject, not its last-named party.
    // ("Among its members are …": a pronoun after an opening preposition too.)
    // ('"…," said its spokesman': a pronoun right after the words quoted and their verb opens the sentence too.)
    const afterQuote = QUOTE_MARK.test(words[0]?.text ?? "") && !quoted(i) && before.length === 0;
    const opens = (i === 0 || (i === 1 && words[0].pos === "ADP") || afterQuote) && want === "group";
    const previousSubject = opens ? subjectMention(history.filter((m) => m.sentence === s.index - 1), sentences[s.index - 1]?.words ?? []) : undefined;
    const continued = previousSubject && fitsPronoun(p, previousSubject) ? previousSubject : undefined;
    if (afterQuote && quiet && !continued) return;
    // "The ministerial team was sent by … It met …": the last sentence's subject was never named.
    // ("… in Tapoa province, according to ACLED. It was the second assault …", "… a place no party holds. It …":
    // nor was it a party that fits, and a subject pronoun opening the sentence goes on from that subject, so it
    // is left unresolved rather than given to whichever party the last sentence happened to name.)
    if (opens && /^(it|they)$/.test(w.lower) && !continued) return;
    // "The group has sent fighters to Mali and Chad, and it has fought beside …": a subject pronoun after ", and"
    // goes on from the sentence's subject (here no party), not from its last-named party.
    // ("The town remains in army hands, and it is besieged by …": nor from one when that subject is a place.)
    const goesOnFrom = /^(it|they)$/.test(w.lower) && words[i - 1]?.lower === "and" && words[i - 2]?.text === ",";
    if (goesOnFrom && unnamedOpening(words, before)) return;
    const opening = goesOnFrom ? subjectMention(before, words) : undefined;
    if (goesOnFrom && !(opening && fitsPronoun(p, opening))) return;
    const hit = speaker ?? subject ?? opening ?? continued ?? nearby.find((m) => fitsPronoun(p, m) && !(object && sameClause(p, m)));
    // "sent some 2,000 fighters to Qusayr before pulling them out", "deployed soldiers and police to join them": "them"
    // taken from the nearest party may well be the men a plural noun named since, who are no party; left unresolved.
    if (hit && hit !== speaker && hit !== subject && hit !== opening && hit !== continued && w.lower === "them" && peopleSince(words, own, extra, hit.sentence === s.index ? hit.end : 0, i)) return;
    // "Bahceli said that his party stands by …": the party a person leads, once it is known.
    const party = hit && words[i + 1]?.lower === "party" && /^(his|her)$/.test(w.lower) ? leads.find((l) => l.person === hit.key && /^(POLITICAL_GROUP|ORGANIZATION)$/.test(String(table.get(l.group)?.type))) : undefined;
    if (party) extra.push({ sentence: s.index, start: i, end: i + 2, key: party.group, kind: "actor" });
    else if (hit) {
      const noun = words[i + 1] !== undefined && GROUP_NOUNS.has(words[i + 1].lower) && /^(its|their|his|her)$/.test(w.lower);
      // "his fighters" are the group he leads, not the man: one known to be his ("Haftar's fighters",
      // "forces loyal to Haftar"), or a band of his own for a man titled as a leader and named before it in the
      // sentence ("Warlord X said his fighters", "Chechen leader X"). Of anyone else, or from further back
      // ("Kony … Pushed out in 2006, his fighters scattered"), it would be a party the story never names.
      const person = noun && table.get(hit.key)?.type === "PERSON";
      const namedFirst = hit.sentence === s.index && hit.end <= i;
      const key = person ? (titledLeader(hit.key) && namedFirst ? groupOf(hit.key, s.index, i, i + 2) : leads.find((l) => l.person === hit.key)?.group) : hit.key;
      if (!key) return;
      // ("its own operations": the mention takes "own" in, so that the noun after it is what the party has.)
      extra.push({ sentence: s.index, start: i, end: noun || words[i + 1]?.lower === "own" ? i + 2 : i + 1, key, kind: "actor", with: hit === speaker ? companions(p, hit) : undefined });
      // "its leader Hassan Nasrallah": the group named by "its" is led by the man named after the title.
      const named = TITLES.get(possessed)?.leads ? own.find((m) => m.start === i + 2 && table.get(m.key)?.type === "PERSON") : undefined;
      if (named && groupLike(table.get(key)) && !leads.some((l) => l.person === named.key)) leads.push({ person: named.key, group: key, sentence: s.index, start: i, end: named.end });
    }
  };
  /**
   * "the capital" is a capital named before, the story's own country's first: "Sankoh was seized in
   * Freetown … the Ministry of Defence in London said … east of the capital" means Freetown, and no
   * town named since is a capital at all.
   */
  const capitalMeant = (recent: Mention[]) => {
    const capitalOf = (m: Mention) => (m.kind === "location" ? table.get(m.key)?.capitalOf : undefined);
    return recent.find((m) => found.home !== undefined && capitalOf(m) === found.home.iso3) ?? recent.find((m) => capitalOf(m) !== undefined);
  };
  /**
   * "Makerere University" is never "the airport": a site whose name ends in another noun for sites
   * ("Watiya airbase" is "the base"). (Regions' nouns are loose: "the Nagorno-Karabakh region" is "the territory".)
   */
  const namedOtherKind = (m: Mention, noun: string) => {
    const last = lastWord(table.get(m.key)?.name ?? "").toLowerCase();
    return !last.endsWith(noun) && singular(last) !== noun && PLACE_HEADS.get(last) === "SITE";
  };
  /** "the rebels", "the government", "the city": what was named before that fits the noun. */
  const resolveDefinite = (s: WordSentence, own: Mention[], extra: Mention[], i: number) => {
    const { words } = s;
    if (helpsOperation(words, i)) {
      const wagers = operationWagers(sentences, history, s.index, 12, LAUNCHED_OPERATIONS) ?? operationWagers(sentences, history, s.index, 6, LAUNCHED_ATTACKS);
      if (wagers) extra.push({ sentence: s.index, start: i, end: i + 2, key: wagers[0], kind: "actor", with: wagers.length > 1 ? wagers.slice(1) : undefined });
      return;
    }
    const skip = describes(words[i + 1]) ? (describes(words[i + 2]) && words[i + 2].pos !== "ADV" ? 2 : 1) : 0;
    // "the internationally recognised government", "the militant group": described, still referring.
    if (skip && !GOVERNMENT_NOUNS.has(words[i + 1 + skip]?.lower ?? "") && !REFERRING_NOUNS.test(words[i + 1 + skip]?.lower ?? "")) return;
    if (mentionAt(own, i + 1 + skip)) return;
    const noun = words[i + 1 + skip].lower;
    // "the capital, Tripoli": the name in apposition is the referent, not an earlier place.
    // "the town of Bunagana" likewise names its place.
    // So does "the capital Sanaa", the name right after the noun.
    // ("accused the group of attacking …": "of" before a gerund says what it did, and the noun still points back.)
    // ("the government of Alvaro Uribe", "the regime of President X": a government "of" a person is one named before
    // or the home one, which the person heads; not one "of" a country.)
    const ofPerson = GOVERNMENT_NOUNS.has(noun) && own.some((m) => (m.title?.start ?? m.start) === i + 3 + skip && table.get(m.key)?.type === "PERSON");
    const namesAfterOf = words[i + 2 + skip]?.lower === "of" && !(words[i + 3 + skip]?.pos === "VERB" && /ing$/.test(words[i + 3 + skip].lower)) && !ofPerson;
    if ((words[i + 2 + skip]?.text === "," && words[i + 3 + skip]?.cap) || namesAfterOf || own.some((m) => m.start === i + 2 + skip)) return;
    // ("the area", "the zone" are wherever the story is, not the last region named.)
    const placeType = VAGUE_PLACES.has(noun) ? undefined : PLACE_HEADS.get(noun);
    // ("PKK officials accuse the party of …": an object never points back at a party named in its own clause before the verb.)
    const object = /^(VERB|AUX)$/.test(words[i - 1]?.pos ?? "");
    const before = mentionsBefore(own, extra, i).filter((m) => !(object && m.kind === "actor" && !words.slice(m.end, i).some((x) => /^(,|;|and|but|that|which|who)$/.test(x.lower))));
    const recent = placeType || ARMY_NOUNS.has(noun) || GOVERNMENT_NOUNS.has(noun) || REFERRING_NOUNS.test(noun) || UNIT_NOUNS.has(noun) || NAME_NOUNS.has(noun) ? recentMentions(history, before) : [];
    // A junta or regime is the state's own rulers, not a rival government set up against them.
    const ruling = MILITARY_RULE.has(noun);
    // "the militant group": a name known only as a party is the armed group the words describe.
    const armed = skip > 0 && ARMED_DESCRIPTORS.has(words[i + 1].lower);
    const hit = noun === "capital"
      ? capitalMeant(recent)
      : placeType
      ? placeMeant(recent, s.index, (m) => m.kind === "location" && table.get(m.key)?.type === placeType && !namedOtherKind(m, noun))
      : ARMY_NOUNS.has(noun)
        ? recent.find((m) => m.key.startsWith("army:"))
      // "the division": the unit last named with that word at the end of its name ("the 3rd Infantry Division").
      // ("the command headquarters": a unit's word describing a noun refers to no unit.)
      // ("the party leader X": a title after the noun is the body's.)
      : NAME_NOUNS.has(noun)
        ? (words[i + 2 + skip]?.pos === "NOUN" && !TITLES.get(words[i + 2 + skip].lower)) || /^(at|on|to|from|near)$/.test(words[i - 1]?.lower ?? "") ? undefined : recent.find((m) => m.key.startsWith("org:") && hasWord(table.get(m.key)?.name ?? "", noun))
      : UNIT_NOUNS.has(noun)
        ? words[i + 2 + skip]?.pos === "NOUN" ? undefined : recent.find((m) => m.key.startsWith("org:") && lastWord(table.get(m.key)?.name ?? "").toLowerCase() === noun)
      : GOVERNMENT_NOUNS.has(noun) || REFERRING_NOUNS.test(noun)
        // "the insurgents", "the group" are never a state's own army.
        // ("the regional bloc", "the 10-nation bloc": a bloc of states is an organisation.)
        ? referent(recent, noun, (m) => { const t = table.get(m.key)?.type; return ruling ? /^(gov|army):/.test(m.key) : GOVERNMENT_NOUNS.has(noun) ? t === "GOVERNMENT" : (t === "ARMED_GROUP" || (t === "POLITICAL_GROUP" && !JIHADIST_NOUNS.has(noun)) || ((armed || noun === "bloc") && t === "ORGANIZATION" && m.key.startsWith("org:"))) && !m.key.startsWith("army:"); }, i === 0 && !GOVERNMENT_NOUNS.has(noun) ? subjectMention(history.filter((m) => m.sentence === s.index - 1), sentences[s.index - 1]?.words ?? []) : undefined, ownsOffice(words, i + 2 + skip) ? s.index : undefined)
        : undefined;
    const end = i + 2 + skip;
    // "the government" long after a foreign one was named is the home country's again.
    const stale = hit && GOVERNMENT_NOUNS.has(noun) && !ruling && found.home && /^gov:/.test(hit.key) && hit.key !== `gov:${found.home.iso3}` && hit.sentence < s.index - 3;
    if (stale) extra.push({ sentence: s.index, start: i, end, key: governmentOf(table, found.home!, s.index, surfaceOf(words, i + 1, end)).key, kind: "actor" });
    else if (hit) extra.push({ sentence: s.index, start: i, end, key: hit.key, kind: hit.kind });
    // "the junta", "the government" before any is named: the rulers of the country the story is about.
    else if (GOVERNMENT_NOUNS.has(noun) && found.home && !own.some((m) => m.key === `state:${found.home!.iso3}`) && (words[end]?.lower !== "of" || ofPerson) && (words[end]?.pos !== "NOUN" || words[end - 1]?.text === "'s")) {
      const r = governmentOf(table, found.home, s.index, surfaceOf(words, i + 1, end));
      extra.push({ sentence: s.index, start: i, end, key: r.key, kind: "actor" });
    }
  };
  // The words of a sentence the second pass reads: noted in the first, which looks every word up.
  const referring: number[] = [];
  for (const s of sentences) {
    const { words } = s;
    const own = mentions[s.index];
    const extra: Mention[] = [];
    referring.length = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const cues = CUES.get(w.lower) ?? 0;
      // Only a hyphened word ("Rwanda-backed"), a pronoun, "the" or a noun for fighters starts a test of the second pass.
      if (cues & REFERRING || w.text.includes("-")) referring.push(i);
      if (!(cues & MEMBER_OR_OWNER)) continue;
      const group = GROUP_NOUNS.has(w.lower);
      // "a drone strike killed a senior commander of Kataib Hezbollah", "police killed several members of the gang": unnamed
      // members a verb acts on stand for the group.
      if ((TITLES.get(w.lower)?.leads || w.lower === "members") && words[i + 1]?.lower === "of" && !mentionAt(own, i)) {
        let k = i - 1;
        while (k > 0 && /^(DET|ADJ|NUM)$/.test(words[k].pos)) k--;
        // ("X was elected president of the party": an office given, not members acted on.)
        const m = words[k]?.pos === "VERB" && !APPOINTED.has(words[k].lower) ? groupOfMembers(own, table, i) : undefined;
        if (m) put(s, own, extra, k + 1, m.end, m.key);
      }
      if (group && !mentionAt(own, i)) ownerOfForces(s, own, extra, i);
      if (group && /^(of|from)$/.test(words[i + 1]?.lower ?? "") && mentionAt(own, i) && mentionAt(own, i)!.end === i + 1) groupNamedAfter(s, own, extra, i);
      // "pro-government militias known as Wazalendo", "a force called the Guardians": the noun phrase is the group it names.
      if (group && !mentionAt(own, i)) {
        const nameAt = words[i + 1]?.lower === "known" && words[i + 2]?.lower === "as" ? i + 3 : /^(called|dubbed)$/.test(words[i + 1]?.lower ?? "") ? i + 2 : -1;
        const m = nameAt < 0 ? undefined : mentionAt(own, nameAt) ?? (words[nameAt]?.lower === "the" ? mentionAt(own, nameAt + 1) : undefined);
        if (m && m.kind === "actor" && table.get(m.key)?.type !== "PERSON") {
          let first = i;
          while (first > 0 && /^(ADJ|DET)$/.test(words[first - 1].pos) && !mentionAt(own, first - 1)) first--;
          put(s, own, extra, first, m.end, m.key);
        }
      }
      // "Haftar's forces", "Haftar's retreating fighters"
      if (w.text === "'s" && mentionAt(own, i - 1)) {
        const m = mentionAt(own, i - 1)!;
        const r = table.get(m.key)!;
        // "Haftar's fighters", not "Tshisekedi's closest military partners" nor "his military spokesman": the noun that heads the phrase.
        const j = possessedGroupNoun(words, i);
        const group = j >= 0 && r.type === "PERSON" ? groupOf(m.key, s.index, m.start, i + 2 + j) : undefined;
        if (group) put(s, own, extra, m.start, i + 2 + j, group);
        // "Abiy's government": the government of the state its head leads, else of the story's country; where the article
        // gives cause to doubt that ("President X's government" beside Britain, or beside another untitled head of state),
        // a party of its own until the head's office is placed.
        else if (r.type === "PERSON" && GOVERNMENT_NOUNS.has(words[i + 1]?.lower ?? "") && !MILITARY_RULE.has(words[i + 1].lower)) {
          const led = table.get(leads.find((l) => l.person === m.key)?.group ?? "");
          const ownsHome = !led && found.home !== undefined && !homeInDoubt(m, s, mentions, table, sentences);
          const country = led && /^(state|gov):/.test(led.key) && led.country ? countryByIso3(led.country) : ownsHome ? found.home : undefined;
          // (Named with the title, as the article names it: "President Salva Kiir's government".)
          const surface = surfaceOf(words, Math.min(m.title?.start ?? m.start, m.start), i + 2);
          const gov = country ? governmentOf(table, country, s.index, surfaceOf(words, m.start, i + 2)) : leaderGovernment(table, words[m.end - 1].text, words[i + 1].lower, s.index, surface);
          put(s, own, extra, m.start, i + 2, gov.key);
          // "President Salva Kiir's government": its head, unless a title says otherwise ("Foreign Minister X's government");
          // it is the government of the state where the head's office is placed, once the article's roles are read.
          if (!led && (!m.title || m.title.leads)) {
            if (ownsHome) leads.push({ person: m.key, group: gov.key, sentence: s.index, start: m.start, end: i + 2 });
            else gov.ledBy = m.key;
          }
        }
      }
    }
    for (const i of referring) {
      const w = words[i];
      // "Rwanda-backed rebels push toward Bukavu": the story's rebels, even before they are named.
      if (GROUP_NOUNS.has(words[i + 1]?.lower ?? "") && !mentionAt(own, i + 1) && hyphenedCountry(words, i, HYPHEN_BACKED)) {
        const name = onlyGroupCalled(found.knowledge, words[i + 1].lower);
        const named = name ? mentions.flat().find((m) => table.get(m.key)?.name === name || table.get(m.key)?.aliases.has(name)) : undefined;
        if (named) extra.push({ sentence: s.index, start: i + 1, end: i + 2, key: named.key, kind: "actor" });
        continue;
      }
      // "The three countries formed the AES": the states last named, as many as the words say.
      const set = stateSetAt(words, i);
      if (set) {
        const states = lastStates(set[0], [...history.slice(-30), ...own.filter((m) => m.end <= i)], s.index);
        if (states) extra.push({ sentence: s.index, start: i, end: i + set[1], key: states[0], kind: "actor", with: states.slice(1) });
        continue;
      }
      // "The two factions have fought each other", "accused Khartoum of arming these rebels": the groups last named together.
      const groupSet = stateSetAt(words, i) ? undefined : groupSetAt(words, i);
      if (groupSet) {
        const groups = lastGroups(groupSet[0], [...history.slice(-30), ...own.filter((m) => m.end <= i)], s.index, IRREGULAR_NOUNS.has(words[i + groupSet[1] - 1].lower));
        if (groups) extra.push({ sentence: s.index, start: i, end: i + groupSet[1], key: groups[0], kind: "actor", with: groups.slice(1) });
        continue;
      }
      const want = PRONOUNS.get(w.lower);
      // Only pronouns, "the …" and nouns for fighters can point back: most words are none of them.
      if (!want && w.lower !== "the" && !GROUP_NOUNS.has(w.lower)) continue;
      if (mentionAt(own, i) || mentionAt(extra, i)) continue;
      if (GROUP_NOUNS.has(w.lower) && (SPEECH_VERBS.has(words[i - 1]?.lower ?? "") || words[i - 1]?.lower === "our")) {
        speakersOwn(s, own, extra, i);
        continue;
      }
      if (!want && w.lower !== "the") continue;
      if (want && /^(its|their|his|her)$/.test(w.lower) && !possessesMeaningfully(words, i)) continue;
      if (want) {
        resolvePronoun(s, own, extra, i, want);
        continue;
      }
      if (w.lower === "the" && words[i + 1]) resolveDefinite(s, own, extra, i);
    }
    own.push(...extra);
    sortByStart(own);
    for (const m of own) {
      if (m.kind !== "actor") continue;
      // A name says the same at every mention: read once per party.
      const named = calledByName.has(m.key) ? undefined : table.get(m.key);
      if (named) {
        calledByName.add(m.key);
        // ("the SITE Intelligence Group": a group of analysts is never "the group" of a story about fighters.)
        for (const word of headWords(named.name)) if (DESCRIBING_NOUNS.has(word) && !(word === "group" && named.type === "ORGANIZATION")) call(m.key, word);
      }
      // "the Islamic Resistance in Iraq, an umbrella of …": the apposition may follow a place.
      const place = words[m.end]?.lower === "in" ? placeAt(own, m.end + 1) : undefined;
      call(m.key, describedAs(words, place ? place.end : m.end));
      if (irregular(groupNounOf(sentences, m)) === false) namedAsForce.add(m.key);
    }
    history.push(...own);
  }
}
