import type { SupportKind } from "./types.js";
import { ARMED_DESCRIPTORS, FIGHTER_LIST_NOUNS, HEDGES, NEGATIONS, SOURCE_NOUNS, SPEECH_VERBS, SUPPORT_KIND_WORDS } from "./vocabulary.js";
import type { Word } from "./words.js";

/** How a claim is put: hedged ("is said to"), negated or denied, attributed ("according to X"). */
export interface Modality {
  hedged: boolean;
  negated: boolean;
  attributedTo: string | null;
}

const window = (words: Word[], i: number, before: number, after: number) => words.slice(Math.max(0, i - before), i + after + 1);

// Read for every claim: compiled once here, not at every evaluation.
const HEARSAY = /\b(said to|is thought|are thought)\b/;
const NEGATION_AFTER = /^(no|not|never)$/;
const NOT_ONLY = /\bnot only\b/;
const CLAUSE_MARK = /^[.,;]$/;
const BE_BEFORE = /^(is|are|was|were|be)$/;
const CLOSING_MARK = /^[.,"]$/;
const CLOSING_WORD = /^(on|in|last|this|\p{Lu})/u;
const PHRASE_BOUNDARY = /^[,;:"()—–-]$/;
const RELATIVE_PRONOUN = /^(which|who|that)$/i;
const ARTICLE = /^(the|a|an)$/i;
const SPEAKER_BOUNDARY = /^[,;:"]$/;

export function modalityAt(words: Word[], trigger: number): Modality {
  const near = window(words, trigger, 8, 1).map((w) => w.lower);
  const phrase = near.join(" ");
  const hedged = near.some((w) => HEDGES.has(w)) || HEARSAY.test(phrase);
  // "deny supporting", "not to send": a negation close before the trigger cancels it.
  // "deny supporting", "not to send" before the trigger; "receive no support" just after it.
  const negated = (window(words, trigger, 4, 0).some((w) => NEGATIONS.has(w.lower)) || words.slice(trigger + 1, trigger + 3).some((w) => NEGATION_AFTER.test(w.lower)) || deniedAny(words, trigger)) && !NOT_ONLY.test(phrase);
  let attributedTo: string | null = null;
  const acc = words.findIndex((w, k) => w.lower === "according" && words[k + 1]?.lower === "to");
  if (acc >= 0) {
    const end = words.findIndex((w, k) => k > acc + 1 && CLAUSE_MARK.test(w.text));
    attributedTo = words.slice(acc + 2, end < 0 ? words.length : end).map((w) => w.text).join(" ").replace(/ 's/g, "'s") || null;
  }
  return { hedged, negated, attributedTo: attributedTo ?? speakerOf(words, trigger) };
}

/** "denied through its ambassador in Mexico any delivery of arms": a denial further back, of "any" such thing. */
function deniedAny(words: Word[], trigger: number): boolean {
  const any = words.slice(Math.max(0, trigger - 3), trigger).findIndex((w) => w.lower === "any");
  if (any < 0) return false;
  for (let k = Math.max(0, trigger - 3) + any - 1; k >= Math.max(0, trigger - 14); k--) {
    if (words[k].text === "," || words[k].text === ";") return false;
    if (DENIALS.has(words[k].lower)) return true;
  }
  return false;
}
const DENIALS = new Set(["deny", "denies", "denied", "denying", "rejected", "rejects", "rejecting"]);

// A sentence's speech verbs, asked for each of its claims, which come sentence by sentence: the
// last sentence's are kept (a WeakMap of every sentence cost more to fill than the loop it saved).
let verbsOfWords: Word[] | undefined;
let speechVerbs: number[] = [];

function speechVerbsOf(words: Word[]): number[] {
  if (words !== verbsOfWords) {
    speechVerbs = [];
    for (let k = 0; k < words.length; k++) if (SPEECH_VERBS.has(words[k].lower) && !BE_BEFORE.test(words[k - 1]?.lower ?? "")) speechVerbs.push(k);
    verbsOfWords = words;
  }
  return speechVerbs;
}

/**
 * Who says so: "Kinshasa says [the claim]", "[the claim], South Korean officials said." The
 * speaker is the short phrase before the speech verb, back to a comma or the sentence start.
 */
function speakerOf(words: Word[], trigger: number): string | null {
  const verbs = speechVerbsOf(words);
  const before = verbs.filter((k) => k < trigger).pop();
  const after = verbs.find((k) => k > trigger && words.slice(k + 1).every((w) => CLOSING_MARK.test(w.text) || CLOSING_WORD.test(w.text)));
  const k = before ?? after;
  if (k === undefined) return null;
  let a = k;
  while (a > 0 && !PHRASE_BOUNDARY.test(words[a - 1].text) && k - a < 6) a--;
  // "which Kinshasa says is backed by Rwanda": a relative clause's speaker speaks only inside it.
  const relative = RELATIVE_PRONOUN.test(words[a]?.text ?? "");
  if (relative && words.slice(Math.min(k, trigger), Math.max(k, trigger)).some((w) => w.text === ",")) return null;
  const phrase = words.slice(relative ? a + 1 : a, k).filter((w, n) => n > 0 || !ARTICLE.test(w.text));
  const text = phrase.map((w) => w.text).join(" ").replace(/ 's/g, "'s");
  return phrase.length > 0 && phrase.length <= 5 && phrase.some((w) => w.cap || SOURCE_NOUNS.has(w.lower)) ? text : null;
}

// Each kind's phrases, indexed by their first word: a claim's window is matched word by word
// rather than searched once for every phrase of every kind.
const PHRASES_BY_FIRST_WORD = new Map<string, Array<{ kind: number; rest: string[] }>>();
SUPPORT_KIND_WORDS.forEach(([, phrases], kind) => {
  for (const phrase of phrases) {
    const [first, ...rest] = phrase.split(" ");
    const list = PHRASES_BY_FIRST_WORD.get(first) ?? [];
    list.push({ kind, rest });
    PHRASES_BY_FIRST_WORD.set(first, list);
  }
});

/** Whether the words from `at` on are `rest` (apart from the loop over words, whose index no closure may capture). */
const continuesAt = (kept: string[], at: number, rest: string[]) => rest.every((x, k) => kept[at + k] === x);

/**
 * Support kinds named in the clause around the trigger; UNSPECIFIED when it only says "support".
 * The recipient's own words are not the kind ("Its LNA forces received support" is not troops);
 * the sender's are ("US airstrikes", "Eritrean troops").
 */
export function supportKinds(words: Word[], from: number, to: number, isRecipient: (i: number) => boolean): SupportKind[] {
  // Only the window's words can make a phrase; a recipient's word is a gap no phrase spans.
  const kept: string[] = [];
  // ", Ukraine's defence intelligence agency said": who speaks is not what was sent.
  const speakers = new Set<number>();
  for (let k = Math.max(0, from); k < Math.min(to + 6, words.length); k++) {
    if (!SPEECH_VERBS.has(words[k].lower)) continue;
    for (let j = k - 1; j >= Math.max(0, from) && !SPEAKER_BOUNDARY.test(words[j].text) && k - j <= 6; j--) speakers.add(j);
  }
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    if (speakers.has(i)) {
      kept.push("|");
      continue;
    }
    // "according to U.N. experts": who says so is not what was sent.
    if (words[i].lower === "according" && words[i + 1]?.lower === "to") {
      while (i + 1 < to && words[i + 1].text !== ",") i++;
      continue;
    }
    // "accused by U.N. experts", "UN experts say": experts who report are no expertise sent.
    const reporting = words[i].lower === "experts" && (words[i - 1]?.acronym || words[i - 1]?.lower === "by" || SPEECH_VERBS.has(words[i + 1]?.lower ?? ""));
    // "an armed group backed by Qatar": a word describing who is backed is not what was sent.
    // ("Iran armed rebels" is the verb: only after an article or another describing word.)
    const describing = ARMED_DESCRIPTORS.has(words[i].lower) && FIGHTER_LIST_NOUNS.has(words[i + 1]?.lower ?? "") && /^(DET|ADJ)$/.test(words[i - 1]?.pos ?? "");
    kept.push(isRecipient(i) || reporting || describing ? "|" : words[i].lower);
  }
  const named = new Array<boolean>(SUPPORT_KIND_WORDS.length).fill(false);
  for (let j = 0; j < kept.length; j++) {
    for (const { kind, rest } of PHRASES_BY_FIRST_WORD.get(kept[j]) ?? []) {
      if (continuesAt(kept, j + 1, rest)) named[kind] = true;
    }
  }
  const kinds = SUPPORT_KIND_WORDS.filter((_, kind) => named[kind]).map(([k]) => k);
  return kinds.length ? kinds : ["UNSPECIFIED"];
}
