import { describe, expect, it } from "vitest";
import { escapeLucene, fuzzyQuery } from "../../src/graph/lookup.js";

describe("the typo-tolerant search query", () => {
  it("asks for every word exactly, as a prefix, or within an edit distance that grows with its length", () => {
    expect(fuzzyQuery("Libyn Nationl Army")).toBe(
      "(libyn^4 OR libyn*^2 OR libyn~1) AND (nationl^4 OR nationl*^2 OR nationl~2) AND (army^4 OR army*^2 OR army~1)",
    );
  });

  it("gives short words no fuzziness, so 'US' does not match every two-letter word", () => {
    expect(fuzzyQuery("US")).toBe("(us^4 OR us*^2)");
  });

  it("keeps Lucene syntax out: operators become words, special characters separate them", () => {
    expect(fuzzyQuery(`name:"x" OR *:* AND NOT (y~)`)).toBe(
      "(name^4 OR name*^2 OR name~1) AND (x^4 OR x*^2) AND (or^4 OR or*^2) AND (and^4 OR and*^2) AND (not^4 OR not*^2) AND (y^4 OR y*^2)",
    );
    expect(fuzzyQuery(" -- ** ")).toBeNull();
  });

  it("escapes every character the Lucene parser reads", () => {
    expect(escapeLucene(`a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t`)).toBe(
      `a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t`,
    );
  });
});
