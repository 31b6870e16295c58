import { describe, expect, it } from "vitest";
import { compareDates, controlAsOf, controlPeriods, type ControlClaim } from "../../src/graph/controlPeriods.js";
import type { ActorRecord, EvidenceRecord } from "../../src/graph/mappers.js";

const actor = (id: string): ActorRecord => ({ id, name: id, type: "ARMED_GROUP", aliases: [], country: null });
const evidence = (text: string): EvidenceRecord => ({
  text,
  start: 0,
  end: text.length,
  date: null,
  hedged: false,
  attributedTo: null,
  article: { id: "a", title: null, date: null, source: null, importedAt: null },
});
const claim = (id: string, starts: string | null, text: string, extra: Partial<ControlClaim> = {}): ControlClaim => ({
  actor: actor(id),
  starts,
  until: null,
  reported: "2020-01-07",
  hedged: false,
  evidence: [evidence(text)],
  ...extra,
});

const shape = (periods: ReturnType<typeof controlPeriods>) => periods.map((period) => [period.actor.id, period.from, period.to]);

describe("control history", () => {
  it("makes one period per run of claims by the same actor, ending when the next controller's begins", () => {
    const periods = controlPeriods([
      claim("gna", "2020-05-18", "GNA captured it"),
      claim("lna", "2014", "LNA held it since 2014"),
      claim("lna", "2019-04-01", "LNA still held it"),
    ]);
    expect(shape(periods)).toEqual([
      ["lna", "2014", "2020-05-18"],
      ["gna", "2020-05-18", null],
    ]);
    expect(periods[0]!.evidence.map((found) => found.text)).toEqual(["LNA held it since 2014", "LNA still held it"]);
  });

  it("ends the last period only when its claims say control ended before they were reported", () => {
    const ended = controlPeriods([
      claim("isis", "2015", "IS seized it", { until: "2016-02", hedged: true }),
      claim("isis", "2016", "IS held it until December", { until: "2016-12" }),
    ]);
    expect(shape(ended)).toEqual([["isis", "2015", "2016-12"]]);
    expect(ended[0]!.hedged).toBe(false);
    // "Has controlled it since April": the range runs to the article's date, and control goes on.
    const ongoing = controlPeriods([claim("gna", "2019-04-01", "since April", { until: "2020-01-07", reported: "2020-01-07" })]);
    expect(shape(ongoing)).toEqual([["gna", "2019-04-01", null]]);
    expect(shape(controlPeriods([claim("a", "2015", "took it", { until: "2016" }), claim("a", "2017", "holds it")]))).toEqual([["a", "2015", null]]);
  });

  it("adds undated claims to their actor's latest period, or opens the history with them", () => {
    const periods = controlPeriods([claim("a", "2018", "A took it"), claim("a", null, "A holds it"), claim("b", null, "B held it")]);
    expect(shape(periods)).toEqual([
      ["b", null, "2018"],
      ["a", "2018", null],
    ]);
    expect(periods[1]!.evidence.map((found) => found.text)).toEqual(["A took it", "A holds it"]);
    expect(shape(controlPeriods([claim("x", null, "x"), claim("y", null, "y")]))).toEqual([
      ["x", null, null],
      ["y", null, null],
    ]);
  });

  it("answers who controls it on a date, and who still does without one", () => {
    const periods = controlPeriods([claim("lna", "2014-01-01", "l"), claim("gna", "2020-05-18", "g")]);
    expect(controlAsOf(periods, "2019").map((period) => period.actor.id)).toEqual(["lna"]);
    expect(controlAsOf(periods, "2020-05-18").map((period) => period.actor.id)).toEqual(["gna"]);
    expect(controlAsOf(periods, "2013").map((period) => period.actor.id)).toEqual([]);
    expect(controlAsOf(periods, null).map((period) => period.actor.id)).toEqual(["gna"]);
  });

  it("compares dates of different precision at the coarser one", () => {
    expect(compareDates("2014", "2014-06-01")).toBe(0);
    expect(compareDates("2019-04", "2019-05-01")).toBeLessThan(0);
    expect(compareDates("2020-01-07", "2020-01-06")).toBeGreaterThan(0);
  });
});
