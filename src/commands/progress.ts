import cliProgress from "cli-progress";
import { formatOutcome, type ArticleOutcome } from "../ingest.js";

export interface ImportProgress {
  onArticle(outcome: ArticleOutcome): void;
  stop(): void;
}

/**
 * What `kg import` shows on stderr while it works: a bar with rate and ETA when a person watches a
 * long import, else one line per article (logs and pipes keep every line), or nothing when quiet.
 */
export function importProgress(total: number, options: { quiet?: boolean }): ImportProgress {
  if (options.quiet) return { onArticle: () => {}, stop: () => {} };
  if (process.stderr.isTTY && total > 1) return progressBar(total);
  return { onArticle: (outcome) => console.error(formatOutcome(outcome)), stop: () => {} };
}

function progressBar(total: number): ImportProgress {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{bar} {value}/{total} articles | {failed} failed | {rate}/s | ETA {eta_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  let failed = 0;
  bar.start(total, 0, { failed, rate: "0.0" });
  return {
    onArticle(outcome) {
      done += 1;
      if ("failed" in outcome) failed += 1;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { failed, rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
