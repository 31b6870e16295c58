import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/sentences.js";
import { toWords } from "../../../src/extract/words.js";

describe("sentences", () => {
  it("keeps abbreviations inside a sentence and offsets exact", () => {
    const text = "The U.S. envoy met Gen. Dagalo in Khartoum. He left on Friday.\nA new line starts here";
    const ss = splitSentences(text);
    expect(ss.map((s) => s.text)).toEqual(["The U.S. envoy met Gen. Dagalo in Khartoum.", "He left on Friday.", "A new line starts here"]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("glues hyphenated names into one word", () => {
    const [s] = splitSentences("Fighters of al-Shabab attacked UN-backed troops.").map(toWords);
    expect(s.words.map((w) => w.text)).toContain("al-Shabab");
    expect(s.words.find((w) => w.text === "al-Shabab")?.cap).toBe(true);
  });
});
