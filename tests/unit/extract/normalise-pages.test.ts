/** Saved web pages and very long texts, found by the reliability suite's bad-input corpus. */
import { describe, expect, it } from "vitest";
import { normalise, toInputSpan } from "../../../src/extract/normalise.js";

describe("normalise on a saved web page", () => {
  const page = [
    "<!DOCTYPE html><!-- saved 2024-01-10 -->",
    '<html><head><title>Rwanda backs M23</title><script>var x = "<p>Iran supports the Houthis.</p>";</script>',
    "<style>p { color: red }</STYLE ></head><body><p>Rwanda has supplied weapons to the M23 Movement.</p></body></html>",
  ].join("\n");

  it("drops scripts, styles, comments and declarations, and keeps the title apart from what follows", () => {
    const n = normalise(page);
    expect(n.text).not.toMatch(/Iran|color|DOCTYPE|saved|</);
    expect(n.text.trim().split(/\n+/)).toEqual(["Rwanda backs M23", "Rwanda has supplied weapons to the M23 Movement."]);
  });

  it("still maps what it keeps back to the input verbatim", () => {
    const n = normalise(page);
    const start = n.text.indexOf("Rwanda has");
    const [a, b] = toInputSpan(n, start, start + "Rwanda has supplied weapons".length);
    expect(page.slice(a, b)).toBe("Rwanda has supplied weapons");
  });

  it("drops the rest of the text after a script that is never closed", () => {
    expect(normalise("Rwanda backs M23. <script>var x = 1;").text.trim()).toBe("Rwanda backs M23.");
  });
});

describe("normalise on a long text", () => {
  it("decodes entities wherever they are in a text with thousands of commas", () => {
    const sentence = "In Goma, residents said the fighting, which began in March, had displaced thousands. ";
    const n = normalise(`${sentence.repeat(5_000)}They said ,quot;no&amp;more,quot;.`);
    expect(n.text.endsWith('They said "no&more".')).toBe(true);
  });
});
