import { describe, expect, it } from "vitest";
import { aggregateClaims, canonicalPair, directedPairs } from "../../src/graph/edges.js";
import type { ClaimFacts } from "../../src/graph/mappers.js";

const claim = (facts: Partial<ClaimFacts>): ClaimFacts => ({
  kinds: [],
  hedged: false,
  eventDate: null,
  eventUntil: null,
  date: "2020-01-07",
  articleId: "a1",
  ...facts,
});

describe("derived edges", () => {
  it("stores a symmetric relation once per pair, from the smaller id", () => {
    const pair = canonicalPair({ type: "ALLIED_WITH", source: "state:TUR", target: "gov:LBY" });
    expect(pair).toEqual({ type: "ALLIED_WITH", source: "gov:LBY", target: "state:TUR" });
    expect(directedPairs(pair)).toHaveLength(2);
    expect(canonicalPair({ type: "SUPPORTS", source: "state:TUR", target: "gov:LBY" }).source).toBe("state:TUR");
  });

  it("ranks support kinds by how many claims report them, UNSPECIFIED last", () => {
    const aggregate = aggregateClaims("SUPPORTS", [
      claim({ kinds: ["UNSPECIFIED"] }),
      claim({ kinds: ["UNSPECIFIED"] }),
      claim({ kinds: ["TRAINING", "WEAPONS"] }),
      claim({ kinds: ["WEAPONS"], articleId: "a2" }),
    ]);
    expect(aggregate).toMatchObject({ kinds: ["WEAPONS", "TRAINING", "UNSPECIFIED"], kind: "WEAPONS", claims: 4, articles: 2 });
  });

  it("calls bare support UNSPECIFIED and other relations kindless", () => {
    expect(aggregateClaims("SUPPORTS", [claim({})]).kind).toBe("UNSPECIFIED");
    expect(aggregateClaims("OPPOSES", [claim({})]).kind).toBeNull();
  });

  it("is hedged only when every claim is, and spans the claims' dates", () => {
    const aggregate = aggregateClaims("CONTROLS", [
      claim({ hedged: true, eventDate: "2016-12", date: "2020-01-07" }),
      claim({ hedged: false, eventDate: "2019-04-04", eventUntil: "2020-01-06" }),
    ]);
    expect(aggregate).toMatchObject({ hedged: false, firstDate: "2016-12", lastDate: "2020-01-06" });
    expect(aggregateClaims("CONTROLS", [claim({ hedged: true })]).hedged).toBe(true);
  });
});
