/**
 * Where an import's time goes, for `npm run bench:import`: each stage of an article's import reports its
 * wall-clock milliseconds on a diagnostics channel. Nothing is measured or kept unless someone subscribes.
 */
import { channel } from "node:diagnostics_channel";

export type ImportStage = "extract" | "resolve" | "write" | "edges" | "commit";

export interface StageTime {
  stage: ImportStage;
  ms: number;
}

export const importStageChannel = channel("proxygraph:import-stage");

export function reportStage(stage: ImportStage, ms: number): void {
  if (importStageChannel.hasSubscribers) importStageChannel.publish({ stage, ms } satisfies StageTime);
}

/** Runs `work` and reports its duration under `stage` when the channel has a subscriber. */
export async function timedStage<T>(stage: ImportStage, work: () => Promise<T> | T): Promise<T> {
  if (!importStageChannel.hasSubscribers) return work();
  const began = performance.now();
  try {
    return await work();
  } finally {
    reportStage(stage, performance.now() - began);
  }
}

/** Runs synchronous `work` done for `count` articles at once and reports each article's share of its duration under `stage`. */
export function timedShares<T>(stage: ImportStage, count: number, work: () => T): T {
  if (!importStageChannel.hasSubscribers || count === 0) return work();
  const began = performance.now();
  const result = work();
  const share = (performance.now() - began) / count;
  for (let k = 0; k < count; k++) reportStage(stage, share);
  return result;
}
