import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { foldLetters } from "./fold.js";

/**
 * One wink-nlp instance per process: loading the model is the expensive part. Extraction reads
 * only sentences, tokens, POS tags and lemmas, so the pipe runs just sentence boundaries and POS:
 * wink's entity, negation and sentiment passes feed none of them and cost a third of its time.
 */
export const nlp = winkNLP(model, ["sbd", "pos"]);
export const its = nlp.its;

// Word caches for the life of a process, emptied when full: a server importing for months meets
// ever more names, and each would otherwise stay.
const WORD_CACHE_LIMIT = 100_000;
const remember = <V>(cache: Map<string, V>, word: string, value: V): V => {
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
};

const tags = new Map<string, string>();
/** The part of speech the model gives a word on its own ("private" → ADJ): a capital alone does not make it a name. */
export function lexiconPos(word: string): string {
  return tags.get(word) ?? remember(tags, word, (nlp.readDoc(foldLetters(word)).tokens().out(its.pos) as string[])[0] ?? "NOUN");
}

const lemmas = new Map<string, string>();
/** The lemma the model's lexicon gives a word on its own ("rifles" → "rifle"; an unknown name stays itself). */
export function lexiconLemma(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    // wink-nlp types `its.lemma` as needing model add-ons the lite model provides at run time.
    const folded = foldLetters(word);
    lemma = (nlp.readDoc(folded).tokens().out(its.lemma as unknown as typeof its.value) as string[])[0] ?? word;
    if (lemma === folded) lemma = word;
    remember(lemmas, word, lemma);
  }
  return lemma;
}
