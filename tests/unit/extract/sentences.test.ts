import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/sentences.js";
import { datelineCityEnd, datelineDash, toWords } from "../../../src/extract/words.js";
import { its, nlp } from "../../../src/extract/nlp.js";
import type { ItemToken } from "wink-nlp";

describe("sentences", () => {
  it("keeps abbreviations inside a sentence and offsets exact", () => {
    const text = "The U.S. envoy met Gen. Dagalo in Khartoum. He left on Friday.\nA new line starts here";
    const ss = splitSentences(text);
    expect(ss.map((s) => s.text)).toEqual(["The U.S. envoy met Gen. Dagalo in Khartoum.", "He left on Friday.", "A new line starts here"]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("does not end a sentence at a rank wink does not know as an abbreviation ('Maj.', 'Adm.', 'Cpl.')", () => {
    const text = "Navy spokesman Maj. Gen. Kofi Mensah said Adm. Lars Berg had met Cpl. Ade Bello. Sgt. Maj. Ida Holm left.";
    const ss = splitSentences(text);
    expect(ss.map((s) => s.text)).toEqual(["Navy spokesman Maj. Gen. Kofi Mensah said Adm. Lars Berg had met Cpl. Ade Bello.", "Sgt. Maj. Ida Holm left."]);
    expect(ss[0].tokens.map((t) => t.text).slice(0, 4)).toEqual(["Navy", "spokesman", "Maj.", "Gen."]);
    expect(ss[1].tokens.map((t) => t.lower).slice(0, 2)).toEqual(["sgt.", "maj."]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("glues hyphenated names into one word", () => {
    const [s] = splitSentences("Fighters of al-Shabab attacked UN-backed troops.").map(toWords);
    expect(s.words.map((w) => w.text)).toContain("al-Shabab");
    expect(s.words.find((w) => w.text === "al-Shabab")?.cap).toBe(true);
  });
});

describe("prefixed verbs", () => {
  it("reads a prefixed verb the tagger does not know as the verb its stem is, and leaves real nouns alone", () => {
    const [s] = splitSentences("The army retook the town, and the rebels rearmed while residents read reports.").map(toWords);
    const word = (t: string) => s.words.find((w) => w.text === t)!;
    expect(word("retook")).toMatchObject({ pos: "VERB", lemma: "retake" });
    expect(word("reports").pos).toBe("NOUN");
    expect(word("residents").pos).toBe("NOUN");
  });
});

describe("lemmas", () => {
  // Lemmas are cached per (token, tag) across articles; each must still be the one wink gives in place.
  const wink = (text: string) =>
    (nlp.readDoc(text).tokens().filter((t: ItemToken) => t.out(its.pos) !== "SPACE").out(its.lemma as unknown as typeof its.value) as string[]).map((l) => l.toLowerCase());
  it("are wink's own, contractions and words tagged two ways ('leaves', 'saw', \"'s\") included", () => {
    const texts = [
      "He attacks the base. The attacks on the base can't stop, and they're backed by Iran.",
      "The attacks continued; he's said the militia attacks towns it doesn't hold.",
      "Iran's drones were supplied. It supplies drones and won't say so.",
      "The militia leaves the town. The leaves fell. He saw the saw.",
    ];
    for (const text of [...texts, ...texts]) {
      const ours = splitSentences(text).flatMap((s) => s.tokens.map((t) => t.lemma));
      expect(ours).toEqual(wink(text));
    }
  });
});

describe("datelines", () => {
  const words = (text: string) => splitSentences(text).map(toWords)[0].words;
  it("end at the dash after a city of one to three words, in capitals or in names", () => {
    const two = words("SAN JOSE, Costa Rica (AP) — Police raided a port.");
    expect(datelineCityEnd(two)).toBe(2);
    expect(two[datelineDash(two)].text).toBe("—");
    const named = words("Port Moresby (AFP) - Police raided a port.");
    expect(named[datelineDash(named)].text).toBe("-");
    const one = words("CAIRO (AP) — Police raided a port.");
    expect(one[datelineDash(one)].text).toBe("—");
  });
  it("are not a sentence that opens with a fronted place and goes on in lower case", () => {
    expect(datelineDash(words("In Canberra, Prime Minister Jon Smith said the deal was signed - at last."))).toBe(-1);
    expect(datelineCityEnd(words("Jordan's army said it had killed four smugglers."))).toBe(-1);
  });
});
