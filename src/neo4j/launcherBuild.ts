/**
 * Fetches Neo4j from Maven Central and compiles the launcher, with the machine's Maven, into .neo4j/.
 * Neo4j's standalone tarball is not on Maven Central; its embedded artefacts are, so we run those.
 * A stamp holding the hash of the pom and the Java sources skips all of it when nothing changed.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Neo4jProvisionError, USE_EXISTING_SERVER } from "./errors.js";
import { OutputTail } from "./outputTail.js";
import { neo4jPaths } from "./paths.js";
import { requireMaven } from "./prerequisites.js";
import { withFileLock } from "./processLock.js";

export interface LauncherBuild {
  /** The launcher's Java classpath: its classes, then every jar Maven copied. */
  classpath: string;
  neo4jVersion: string;
}

/** Measured: org.neo4j:neo4j 5.26 is 213 jars, 123 MB; with Maven's plugins an empty ~/.m2 grows by 158 MB. */
const DOWNLOAD_MB = 160;

export async function ensureLauncherBuilt(log: (line: string) => void): Promise<LauncherBuild> {
  const pom = await readFile(neo4jPaths.launcherPom, "utf8");
  const build: LauncherBuild = {
    classpath: [neo4jPaths.classes, path.join(neo4jPaths.lib, "*")].join(path.delimiter),
    neo4jVersion: neo4jVersionOf(pom),
  };
  const stamp = await sourceHash(pom);
  if (await isUpToDate(stamp)) return build;

  await mkdir(neo4jPaths.run, { recursive: true });
  return withFileLock(
    neo4jPaths.buildLock,
    async () => {
      if (await isUpToDate(stamp)) return build; // Another process built it while we waited.
      const mvn = requireMaven();
      log(`Fetching Neo4j ${build.neo4jVersion} from Maven Central (first run only, ~${DOWNLOAD_MB} MB)…`);
      // Jars of an older Neo4j version must not stay on the classpath.
      await rm(neo4jPaths.lib, { recursive: true, force: true });
      await rm(neo4jPaths.build, { recursive: true, force: true });
      await runMaven(mvn);
      await writeFile(neo4jPaths.buildStamp, stamp);
      return build;
    },
    {
      timeoutMs: 30 * 60_000,
      onWait: () => log("Waiting for another process that is fetching Neo4j…"),
      onTimeout: (holder) =>
        new Neo4jProvisionError(
          `process ${holder.pid} has been fetching Neo4j for 30 minutes`,
          `stop it, or delete ${neo4jPaths.buildLock} if it is gone`,
        ),
    },
  );
}

export function neo4jVersionOf(pom: string): string {
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error(`${neo4jPaths.launcherPom} has no <neo4j.version>`);
  return version;
}

async function sourceHash(pom: string): Promise<string> {
  const hash = createHash("sha256").update(pom);
  const sources = (await readdir(neo4jPaths.launcherJavaSources, { recursive: true }))
    .filter((file) => file.endsWith(".java"))
    .sort();
  for (const file of sources) {
    hash.update(file).update(await readFile(path.join(neo4jPaths.launcherJavaSources, file)));
  }
  return hash.digest("hex");
}

async function isUpToDate(stamp: string): Promise<boolean> {
  if (!existsSync(path.join(neo4jPaths.classes, "proxygraph", "Neo4jLauncher.class"))) return false;
  const built = await readFile(neo4jPaths.buildStamp, "utf8").catch(() => "");
  return built === stamp;
}

/** The advice Maven appends to every failure, which would push the actual reason out of the message. */
const MAVEN_BOILERPLATE = /^\[ERROR\]\s*$|-e switch|-X switch|For more information about the errors|^\[ERROR\] \[Help 1\]/;

function runMaven(mvn: string): Promise<void> {
  // -U: retry artefacts a failed earlier attempt left marked as missing, instead of waiting a day.
  const args = ["-q", "-B", "-U", "-Dstyle.color=never", "-f", neo4jPaths.launcherPom, `-Dproxygraph.cache=${neo4jPaths.cache}`, "compile"];
  const output = new OutputTail(30);
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ["ignore", "pipe", "pipe"] });
    output.follow(child.stdout);
    output.follow(child.stderr);
    const failed = (problem: string, cause?: unknown) =>
      new Neo4jProvisionError(
        problem,
        `check that Maven Central is reachable and re-run (the build resumes where it stopped), ${USE_EXISTING_SERVER}`,
        output.last(30).filter((line) => !MAVEN_BOILERPLATE.test(line)).slice(-15),
        { cause },
      );
    child.on("error", (error) => reject(failed("could not run Maven", error)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(failed(`fetching Neo4j with Maven failed (${signal ?? `exit code ${code}`}): mvn ${args.join(" ")}`));
    });
  });
}
