/**
 * A location's control history from its CONTROLS claims: consecutive claims by the same actor, in
 * date order, make one period, which lasts until the next controller's first claim. The last
 * period stays open unless every claim in it says control ended before the article reporting it
 * ("held it until 2016"): an end date equal to the report's date ("since April") means it still holds. Claims are what articles say at different times, so a handover is read
 * from the order of claims, not from any single one. Pure, so the rules are tested without a database.
 */
import type { ActorRecord, EvidenceRecord } from "./mappers.js";

export interface ControlClaim {
  actor: ActorRecord;
  /** The event date, else the article's; null when undated. */
  starts: string | null;
  until: string | null;
  /** The date of the article that reports it. */
  reported: string | null;
  hedged: boolean;
  evidence: EvidenceRecord[];
}

export interface ControlPeriodRecord {
  actor: ActorRecord;
  from: string | null;
  to: string | null;
  hedged: boolean;
  evidence: EvidenceRecord[];
}

/** Oldest first. Undated claims join their actor's latest period, or open the history when the actor has none. */
export function controlPeriods(claims: readonly ControlClaim[]): ControlPeriodRecord[] {
  const dated = [...claims].filter((claim) => claim.starts !== null).sort((a, b) => a.starts!.localeCompare(b.starts!));
  const runs: ControlClaim[][] = [];
  for (const claim of dated) {
    const last = runs.at(-1);
    if (last && last[0]!.actor.id === claim.actor.id) last.push(claim);
    else runs.push([claim]);
  }
  const periods = runs.map((run, index) => {
    const next = runs[index + 1];
    return period(run, run[0]!.starts, next ? next[0]!.starts : endOf(run));
  });
  const undated = claims.filter((claim) => claim.starts === null);
  const undatedOnly = new Map<string, ControlClaim[]>();
  for (const claim of undated) {
    const latest = periods.findLast((candidate) => candidate.actor.id === claim.actor.id);
    if (latest) {
      latest.evidence.push(...claim.evidence);
      latest.hedged &&= claim.hedged;
    } else {
      undatedOnly.set(claim.actor.id, [...(undatedOnly.get(claim.actor.id) ?? []), claim]);
    }
  }
  const opening = [...undatedOnly.values()].map((run) => period(run, null, periods[0]?.from ?? null));
  return [...opening, ...periods];
}

/** The periods in force on `asOf`; without a date, the ones still open. */
export function controlAsOf(periods: readonly ControlPeriodRecord[], asOf: string | null): ControlPeriodRecord[] {
  if (asOf === null) return periods.filter((candidate) => candidate.to === null);
  return periods.filter(
    (candidate) =>
      (candidate.from === null || compareDates(candidate.from, asOf) <= 0) && (candidate.to === null || compareDates(asOf, candidate.to) < 0),
  );
}

/** ISO dates of any precision ("2014", "2019-04", "2020-01-07"), compared at the coarser of the two. */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}

/** The latest end date, when every claim of the run says control ended before it was reported; else null. */
function endOf(run: ControlClaim[]): string | null {
  const ended = run.every((claim) => claim.until !== null && claim.reported !== null && compareDates(claim.until, claim.reported) < 0);
  return ended ? run.map((claim) => claim.until!).sort().at(-1)! : null;
}

function period(run: ControlClaim[], from: string | null, to: string | null): ControlPeriodRecord {
  return { actor: run[0]!.actor, from, to, hedged: run.every((claim) => claim.hedged), evidence: run.flatMap((claim) => claim.evidence) };
}
