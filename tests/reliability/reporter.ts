/**
 * After a run that included the reliability project: one line per check (pass/fail and its figures),
 * printed and written to bench/results/reliability.json. Runs without that project print nothing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import "./support/figures.js";
import { PROJECT_ROOT } from "./support/processes.js";

const PROJECT = "reliability";
const RESULTS = path.join(PROJECT_ROOT, "bench", "results", "reliability.json");

interface CheckResult {
  file: string;
  check: string;
  result: string;
  seconds: number;
  figures: Record<string, unknown>;
}

export default class ReliabilityReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const checks: CheckResult[] = [];
    for (const module of testModules) {
      if (module.project.name !== PROJECT) continue;
      for (const test of module.children.allTests()) {
        checks.push({
          file: path.relative(PROJECT_ROOT, module.moduleId),
          check: test.fullName,
          result: test.result().state,
          seconds: Math.round((test.diagnostic()?.duration ?? 0) / 100) / 10,
          figures: test.meta().figures ?? {},
        });
      }
    }
    if (checks.length === 0) return;
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ finishedAt: new Date().toISOString(), checks }, null, 2)}\n`);
    console.log(`\nReliability checks (also in ${path.relative(PROJECT_ROOT, RESULTS)})`);
    for (const check of checks) {
      const figures = Object.entries(check.figures).map(([key, value]) => `${key}=${value}`).join(" ");
      console.log(`${check.result.padEnd(7)} ${String(check.seconds).padStart(6)} s  ${check.check}${figures ? `\n                  ${figures}` : ""}`);
    }
    const passed = checks.filter((check) => check.result === "passed").length;
    console.log(`${passed}/${checks.length} reliability checks passed\n`);
  }
}
