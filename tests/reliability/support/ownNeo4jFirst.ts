/**
 * Vitest's order of test files, except that the reliability files with a Neo4j of their own start
 * first: they then run beside the files that take turns on the shared one (support/turns.ts), not
 * after them with the other worker idle, waiting for a turn. Vitest's own order puts the longest file
 * of the last run first, or on a fresh clone the largest.
 */
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const WITH_THEIR_OWN_NEO4J = new Set(["outage.rel.test.ts"]);

export default class OwnNeo4jFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const own = (file: TestSpecification) => WITH_THEIR_OWN_NEO4J.has(path.basename(file.moduleId));
    return [...sorted.filter(own), ...sorted.filter((file) => !own(file))];
  }
}
