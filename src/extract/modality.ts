import type { SupportKind } from "./types.js";
import { HEDGES, NEGATIONS, SUPPORT_KIND_WORDS } from "./vocabulary.js";
import type { Word } from "./words.js";

/** How a claim is put: hedged ("is said to"), negated or denied, attributed ("according to X"). */
export interface Modality {
  hedged: boolean;
  negated: boolean;
  attributedTo: string | null;
}

const window = (words: Word[], i: number, before: number, after: number) => words.slice(Math.max(0, i - before), i + after + 1);

export function modalityAt(words: Word[], trigger: number): Modality {
  const near = window(words, trigger, 8, 1).map((w) => w.lower);
  const phrase = near.join(" ");
  const hedged = near.some((w) => HEDGES.has(w)) || /\b(said to|is thought|are thought)\b/.test(phrase);
  // "deny supporting", "not to send": a negation close before the trigger cancels it.
  const negated = window(words, trigger, 4, 0).some((w) => NEGATIONS.has(w.lower)) && !/\bnot only\b/.test(phrase);
  let attributedTo: string | null = null;
  const acc = words.findIndex((w, k) => w.lower === "according" && words[k + 1]?.lower === "to");
  if (acc >= 0) {
    const end = words.findIndex((w, k) => k > acc + 1 && /^[.,;]$/.test(w.text));
    attributedTo = words.slice(acc + 2, end < 0 ? words.length : end).map((w) => w.text).join(" ").replace(/ 's/g, "'s") || null;
  }
  return { hedged, negated, attributedTo };
}

/**
 * Support kinds named in the clause around the trigger; UNSPECIFIED when it only says "support".
 * The recipient's own words are not the kind ("Its LNA forces received support" is not troops);
 * the sender's are ("US airstrikes", "Eritrean troops").
 */
export function supportKinds(words: Word[], from: number, to: number, isRecipient: (i: number) => boolean): SupportKind[] {
  const kept = words.map((w, i) => (i >= from && i < to && !isRecipient(i) ? w.lower : "|"));
  const text = ` ${kept.join(" ")} `;
  const kinds = SUPPORT_KIND_WORDS.filter(([, ws]) => [...ws].some((w) => text.includes(` ${w} `))).map(([k]) => k);
  return kinds.length ? kinds : ["UNSPECIFIED"];
}
