/**
 * An import plan with its actors' ids replaced by the graph's (entity resolution): the rows, claims,
 * derived-edge pairs and POSSIBLY_SAME_AS candidates the write statements take. Pure.
 */
import type { RelationType } from "../extract/types.js";
import { canonicalPair, pairKey, uniquePairs } from "./edges.js";
import type { ImportPlan } from "./importPlan.js";
import type { Resolution } from "./resolution.js";

export function withResolvedActors(plan: ImportPlan, resolutions: ReadonlyMap<string, Resolution>): ImportPlan {
  const idOf = (id: string) => resolutions.get(id)?.id ?? id;
  const actors = new Map<string, ImportPlan["actors"][number]>();
  for (const actor of plan.actors) {
    const id = idOf(actor.id);
    // An actor that lands on another node brings the name it was called by, so the API finds it by that name.
    const aliases = id === actor.id ? actor.aliases : [actor.name, ...actor.aliases];
    const seen = actors.get(id);
    actors.set(id, seen
      ? { ...seen, aliases: unique([...seen.aliases, ...aliases]), lookupKeys: unique([...seen.lookupKeys, ...actor.lookupKeys]) }
      : { ...actor, id, aliases: unique(aliases) });
  }
  const claims: ImportPlan["claims"] = plan.claims.map((claim) => {
    const pair = canonicalPair({ type: claim.props.type as RelationType, source: idOf(claim.source), target: idOf(claim.target) });
    return { ...claim, source: idOf(claim.source), target: idOf(claim.target), props: { ...claim.props, pairKey: pairKey(pair) } };
  });
  return {
    ...plan,
    actors: [...actors.values()],
    claims,
    pairs: uniquePairs(claims
      .filter((claim) => claim.props.negated !== true)
      .map((claim) => canonicalPair({ type: claim.props.type as RelationType, source: claim.source, target: claim.target }))),
    possiblySameAs: [...resolutions.values()].flatMap((resolution) =>
      resolution.possiblySameAs.map((candidate) => ({ id: resolution.id, other: candidate.id, score: candidate.score }))),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
