/**
 * Where the local Neo4j lives. Everything generated goes under `.neo4j/` at the project root
 * (gitignored), resolved from this module so that it is the same from src/ and from a build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const cache = path.join(projectRoot, ".neo4j");
const launcherSource = path.join(projectRoot, "src", "neo4j", "launcher");

export const neo4jPaths = {
  cache,
  launcherPom: path.join(launcherSource, "pom.xml"),
  launcherJavaSources: path.join(launcherSource, "src", "main", "java"),
  /** Maven's build directory (the pom sets it from -Dproxygraph.cache). */
  build: path.join(cache, "build"),
  classes: path.join(cache, "build", "classes"),
  lib: path.join(cache, "lib"),
  buildStamp: path.join(cache, "lib.stamp"),
  /** Home of the shared instance: Neo4j keeps its stores in data/ and its logs in logs/ under it. */
  sharedHome: path.join(cache, "data"),
  testHomes: path.join(cache, "test-data"),
  /** Home of the benchmark instance (npm run bench): its generated graphs are loaded once and kept. */
  benchHome: path.join(cache, "bench-data"),
  credentials: path.join(cache, "credentials.json"),
  benchCredentials: path.join(cache, "bench-credentials.json"),
  run: path.join(cache, "run"),
  sharedState: path.join(cache, "run", "shared.json"),
  sharedLock: path.join(cache, "run", "shared.lock"),
  buildLock: path.join(cache, "run", "build.lock"),
} as const;
