/**
 * A check's measured figures ride on its test's meta, so the reporter prints them beside pass/fail
 * even when the test fails part-way.
 */
import type { TestContext } from "vitest";

export type Figures = Record<string, string | number | boolean>;

declare module "@vitest/runner" {
  interface TaskMeta {
    figures?: Figures;
  }
}

export function recordFigures(context: TestContext, figures: Figures): void {
  context.task.meta.figures = { ...context.task.meta.figures, ...figures };
}
