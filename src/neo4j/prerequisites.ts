/** Java and Maven, checked up front so that their absence reads as one clear sentence, not a spawn error. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { Neo4jProvisionError, USE_EXISTING_SERVER } from "./errors.js";

/** Neo4j 5.26 LTS runs on Java 17 and 21. */
export const MIN_JAVA_MAJOR = 17;

export const INSTALL_JAVA = `install Java ${MIN_JAVA_MAJOR}+ (e.g. apt-get install openjdk-17-jre-headless) ${USE_EXISTING_SERVER}`;

/** The java Maven would use too: JAVA_HOME's when set, else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
}

/** "1.8.0_292" → 8, "17.0.15" → 17, "21" → 21, "22-ea" → 22; undefined when no version is found. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Returns the java command to run the launcher with. */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = javaCommand(env);
  const where = env.JAVA_HOME ? ` at JAVA_HOME (${java})` : " on PATH";
  const result = spawnSync(java, ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error) {
    throw new Neo4jProvisionError(`Java was not found${where}`, INSTALL_JAVA, [], { cause: result.error });
  }
  const output = `${result.stderr}\n${result.stdout}`;
  const major = parseJavaMajorVersion(output);
  if (major === undefined) {
    throw new Neo4jProvisionError(`could not tell the Java version${where}`, INSTALL_JAVA, output.trim().split("\n"));
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new Neo4jProvisionError(`Java ${major}${where} is too old: Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR}+`, INSTALL_JAVA);
  }
  return java;
}

export function requireMaven(): string {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8", timeout: 60_000 });
  if (result.error || result.status !== 0) {
    throw new Neo4jProvisionError(
      "Maven (mvn) was not found on PATH; it fetches Neo4j from Maven Central on the first run",
      `install Maven 3.8+ (e.g. apt-get install maven) ${USE_EXISTING_SERVER}`,
      `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim().split("\n").filter(Boolean).slice(-10),
      { cause: result.error },
    );
  }
  return "mvn";
}
