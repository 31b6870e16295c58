/**
 * The relation rules are offered only the words that may start them (familiesStartedBy): a rule
 * still fires through that gate, and no word the gate turns away would have made a family emit a
 * relation or add an entity.
 */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/corpus/generate.js";
import { isBoundary, type View } from "../../../src/extract/clauses.js";
import { resolveReferences } from "../../../src/extract/coref.js";
import { citiesNamed } from "../../../src/extract/gazetteer.js";
import { parseHeader } from "../../../src/extract/header.js";
import { extractArticle } from "../../../src/extract/index.js";
import { findRoles } from "../../../src/extract/leadership.js";
import { findMentions } from "../../../src/extract/mentions.js";
import { normalise } from "../../../src/extract/normalise.js";
import { familiesStartedBy, RULE_FAMILIES, sentenceViews, type RawRelation } from "../../../src/extract/relations/index.js";
import { splitSentences } from "../../../src/extract/sentences.js";
import { toWords } from "../../../src/extract/words.js";

/** The sentence views the relation rules read, built by the stages before them. */
function viewsOf(text: string): View[] {
  const norm = normalise(text);
  const sentences = splitSentences(norm.text, parseHeader(norm.text).bodyStart).map(toWords);
  const found = findMentions(sentences);
  const roles = findRoles(sentences, found.mentions, found.table);
  const affiliations = new Map(roles.relations.filter((r) => r.type === "MEMBER_OF" || r.type === "LEADS").map((r) => [r.source, r.target]));
  resolveReferences(sentences, found, roles.leads, affiliations);
  return sentenceViews(sentences, found.mentions, found.table);
}

// One or more rules of every family, and verbs the tagger calls nouns ("had retaken", "accused of arming").
const WIRE = [
  "date 2024-03-02\nThe UAE-backed RSF took control of Nyala. Iran has supplied drones to the Houthis, and Russia backs Haftar. The Houthis received weapons from Iran.",
  "date 2024-03-02\nThe army had retaken Bardera from al-Shabab. Rwanda was accused of arming the M23, which controls large parts of North Kivu.",
  "date 2024-03-02\nThe Three Brotherhood Alliance, which includes the Arakan Army, captured Lashio. Eritrea, an ally of Ethiopia, sent thousands of troops.",
  "date 2024-03-02\nClashes between the army and the RSF spread to Omdurman. Hezbollah fought alongside government forces, and the Houthi-held port of Hodeidah was bombed.",
  "date 2024-03-02\nBelarus allowed Russian troops to use its territory. JNIM pledged allegiance to al-Qaeda and is part of the Sahel coalition; its rival ISWAP attacked Menaka.",
  "date 2024-03-02\nAmong the LNA's fighters were dozens of Russian mercenaries from the Wagner Group. The Wagner Group, the LNA's main backer, denied it.",
];

const articles = () => {
  const seeds = new URL("../../../seeds/", import.meta.url).pathname;
  return [...WIRE, ...readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(seeds + f, "utf8")), ...[...generateCorpus(40, 3)].map((a) => a.text)];
};

beforeAll(() => void citiesNamed("Goma"), 60_000);

describe("the relation rules' trigger index", () => {
  it("offers a trigger word to its family, so the rule still fires", () => {
    // "retaken" is tagged a noun: it reaches the control rules through its verb forms.
    const text = "date 2024-03-02\nIran has supplied drones to Houthi rebels. Somalia's army had retaken Bardera.";
    const x = extractArticle(text);
    expect(x.relations.find((r) => r.type === "SUPPORTS" && r.source === "state:IRN" && r.target === "org:houthi")).toBeDefined();
    expect(x.relations.find((r) => r.type === "CONTROLS" && r.source === "army:SOM" && r.target === "loc:bardera")).toBeDefined();
    const words = viewsOf(text).flatMap((v) => v.s.words);
    const bit = (name: string) => 1 << RULE_FAMILIES.findIndex((f) => f.rules.name === name);
    expect(familiesStartedBy(words.find((w) => w.lower === "supplied")!) & bit("supportRules")).not.toBe(0);
    expect(familiesStartedBy(words.find((w) => w.lower === "retaken")!) & bit("controlRules")).not.toBe(0);
    expect(familiesStartedBy(words.find((w) => w.lower === "drones")!) & bit("controlRules")).toBe(0);
  });

  it("turns away only words that no family would have read a relation from", () => {
    let offered = 0;
    let emitted = 0;
    for (const text of articles()) {
      for (const v of viewsOf(text)) {
        if (v.groups.length < 1) continue;
        for (let i = 0; i < v.s.words.length; i++) {
          if (isBoundary(v, i) && v.s.words[i].text !== "(") continue;
          const families = familiesStartedBy(v.s.words[i]);
          RULE_FAMILIES.forEach(({ rules }, f) => {
            const out: RawRelation[] = [];
            const entities = v.table.records.size;
            rules(v, i, out);
            const started = (families & (1 << f)) !== 0;
            if (out.length > 0 || v.table.records.size !== entities) {
              emitted++;
              expect(started, `${v.s.words[i].text} in "${v.s.text}"`).toBe(true);
            }
            if (started) offered++;
          });
        }
      }
    }
    // The check is only worth something if the texts reach every family.
    expect(emitted).toBeGreaterThan(100);
    expect(offered).toBeGreaterThan(emitted);
  });
});
