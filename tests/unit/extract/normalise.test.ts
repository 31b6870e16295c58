import { describe, expect, it } from "vitest";
import { normalise, toInputSpan } from "../../../src/extract/normalise.js";
import { parseHeader, dateFromFileName } from "../../../src/extract/header.js";
import { decodeArticle, ArticleInputError } from "../../../src/extract/input.js";

describe("normalise", () => {
  it("decodes broken and real entities, drops tags, BOM and stray spaces, and maps back verbatim", () => {
    const raw = "\ufeffThe militia said ,quot;we hold the port,quot; &amp; <b>left</b> .\r\nNext line";
    const n = normalise(raw);
    expect(n.text).toBe('The militia said "we hold the port" & left.\nNext line');
    const start = n.text.indexOf('"we');
    const [a, b] = toInputSpan(n, start, n.text.indexOf("left") + 4);
    expect(raw.slice(a, b)).toBe(",quot;we hold the port,quot; &amp; <b>left");
  });

  it("copies plain text with each character's offset, commas that start no entity and debris rules included", () => {
    const raw = "Kenya, Uganda and Chad..  They said so . Then,quot;yes,quot;, again";
    const n = normalise(raw);
    expect(n.text).toBe('Kenya, Uganda and Chad.  They said so. Then"yes", again');
    expect(n.origin.length).toBe(n.text.length);
    for (let k = 0; k < n.text.length; k++) if (n.text[k] !== '"') expect(raw[n.origin[k]]).toBe(n.text[k]);
  });

  it("turns curly quotes straight without moving offsets", () => {
    const n = normalise("“Rebels” seized it’s base");
    expect(n.text).toBe("\"Rebels\" seized it's base");
    expect(n.origin.length).toBe(n.text.length);
  });
});

describe("header", () => {
  it("reads an inline date header and a title line", () => {
    expect(parseHeader(" date 2021-03-04 Rebels seized the town.").date).toBe("2021-03-04");
    const h = parseHeader("date 2022-05-06\n\nGunmen attack convoy near border\n\nThe convoy was hit.");
    expect(h.date).toBe("2022-05-06");
    expect(h.title).toBe("Gunmen attack convoy near border");
  });
  it("rejects impossible dates and reads dates from file names", () => {
    expect(parseHeader("date 2021-02-30 Text.").date).toBeNull();
    expect(dateFromFileName("2019-11-02-goma.txt")).toBe("2019-11-02");
  });
});

describe("input checks", () => {
  it("names the file and the problem", () => {
    expect(() => decodeArticle(new Uint8Array([0x41, 0x00, 0x42]), "a.txt")).toThrow(/a\.txt \(byte 1\): binary/);
    expect(() => decodeArticle(new Uint8Array([0x41, 0xff, 0x42]), "b.txt")).toThrow(ArticleInputError);
    expect(() => decodeArticle(new TextEncoder().encode("  \n "), "c.txt")).toThrow(/empty/);
    expect(decodeArticle(new TextEncoder().encode("Fine text."), "d.txt")).toBe("Fine text.");
  });
});
