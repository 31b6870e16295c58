import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * One wink-nlp instance per process: loading the model is the expensive part. Extraction reads
 * only sentences, tokens, POS tags and lemmas, so the pipe runs just sentence boundaries and POS:
 * wink's entity, negation and sentiment passes feed none of them and cost a third of its time.
 */
export const nlp = winkNLP(model, ["sbd", "pos"]);
export const its = nlp.its;
