import { describe, expect, it } from "vitest";
import { eventTime } from "../../../src/extract/dates.js";

describe("event dates", () => {
  it("resolves weekdays to the last such day on or before the article date", () => {
    expect(eventTime("Rebels attacked the camp on Monday.", "2020-01-07").eventDate).toBe("2020-01-06");
  });
  it("reads years and the end of a year", () => {
    expect(eventTime("The group was founded in 2014.", "2020-01-07")).toEqual({ eventDate: "2014-01-01", eventUntil: "2014-12-31" });
    expect(eventTime("They left at the end of 2016.", "2020-01-07").eventDate).toBe("2016-12-01");
  });
  it("reads 'since April' as a range up to the article", () => {
    expect(eventTime("Fighting has gone on since April.", "2020-01-07")).toEqual({ eventDate: "2019-04-01", eventUntil: "2020-01-07" });
  });
});

describe("ranges from a year", () => {
  it("reads 'since 2007' as running from that year to the article", () => {
    expect(eventTime("Hamas has governed the Gaza Strip since 2007.", "2024-02-20")).toEqual({ eventDate: "2007-01-01", eventUntil: "2024-02-20" });
  });
});
