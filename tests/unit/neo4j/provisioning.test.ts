import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Neo4jProvisionError } from "../../../src/neo4j/errors.js";
import { neo4jVersionOf } from "../../../src/neo4j/launcherBuild.js";
import { OutputTail } from "../../../src/neo4j/outputTail.js";
import { requestedPort } from "../../../src/neo4j/ports.js";
import { javaCommand, parseJavaMajorVersion } from "../../../src/neo4j/prerequisites.js";
import { isLockStale, withFileLock } from "../../../src/neo4j/processLock.js";
import { judgeSharedState, parseSharedState, type SharedState } from "../../../src/neo4j/sharedState.js";
import { testHomeName, testHomeOwner } from "../../../src/neo4j/testInstance.js";

describe("reading the Java version", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['Picked up JAVA_TOOL_OPTIONS: -Xss2m\nopenjdk version "11.0.2" 2019-01-15', 11],
  ])("%s → %i", (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it("finds none in other text", () => {
    expect(parseJavaMajorVersion("bash: java: command not found")).toBeUndefined();
  });

  it("uses JAVA_HOME's java when set", () => {
    expect(javaCommand({ JAVA_HOME: "/opt/jdk" })).toBe(path.join("/opt/jdk", "bin", "java"));
    expect(javaCommand({})).toBe("java");
  });
});

describe("the shared state file", () => {
  const state: SharedState = { pid: 4242, ownerPid: 4200, port: 7687, user: "neo4j", password: "pw-123456", startedAt: "2026-01-01T00:00:00.000Z" };

  it("is running while its launcher runs, stale after", () => {
    expect(judgeSharedState(state, () => true)).toBe("running");
    expect(judgeSharedState(state, () => false)).toBe("stale");
  });

  it("is absent when there is none, stale when unreadable", () => {
    expect(judgeSharedState(undefined, () => true)).toBe("absent");
    expect(judgeSharedState("unreadable", () => true)).toBe("stale");
  });

  it("parses what was written, and nothing half-written", () => {
    expect(parseSharedState(JSON.stringify(state))).toEqual(state);
    expect(parseSharedState(JSON.stringify(state).slice(0, 30))).toBe("unreadable");
    expect(parseSharedState(JSON.stringify({ ...state, port: "7687" }))).toBe("unreadable");
  });
});

describe("the lock between processes", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "proxygraph-lock-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const never = () => new Error("timed out");

  it("is stale when its holder is dead or it is unreadable", () => {
    const now = Date.now();
    expect(isLockStale({ pid: 1, since: now }, now, () => true)).toBe(false);
    expect(isLockStale({ pid: 1, since: now }, now, () => false)).toBe(true);
    expect(isLockStale(undefined, now, () => true)).toBe(true);
  });

  it("is stale after 30 minutes even if its pid lives again", () => {
    const now = Date.now();
    expect(isLockStale({ pid: 1, since: now - 31 * 60_000 }, now, () => true)).toBe(true);
  });

  it("lets one holder in at a time", async () => {
    const lock = path.join(dir, "a.lock");
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(
        lock,
        async () => {
          events.push(`${name} in`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          events.push(`${name} out`);
        },
        { timeoutMs: 5_000, onTimeout: never },
      );
    await Promise.all([hold("a"), hold("b")]);
    // Either may win; what matters is that neither enters while the other holds the lock.
    expect([["a in", "a out", "b in", "b out"], ["b in", "b out", "a in", "a out"]]).toContainEqual(events);
  });

  it("takes over a lock whose holder died", async () => {
    const lock = path.join(dir, "b.lock");
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 1, since: Date.now() })); // above Linux's pid_max
    await expect(withFileLock(lock, async () => "got it", { timeoutMs: 1_000, onTimeout: never })).resolves.toBe("got it");
    await expect(readFile(lock)).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("test homes", () => {
  it("carry the pid of the process that owns them", () => {
    expect(testHomeOwner(testHomeName(1234, 1_700_000_000_000))).toBe(1234);
    expect(testHomeOwner("notes.txt")).toBeUndefined();
  });
});

describe("small parts", () => {
  it("reads the Neo4j version from the launcher's pom", async () => {
    const pom = await readFile(new URL("../../../src/neo4j/launcher/pom.xml", import.meta.url), "utf8");
    expect(neo4jVersionOf(pom)).toMatch(/^5\.26\.\d+$/);
  });

  it("takes a fixed port from PROXYGRAPH_NEO4J_PORT, and refuses nonsense", () => {
    expect(requestedPort({})).toBeUndefined();
    expect(requestedPort({ PROXYGRAPH_NEO4J_PORT: "7688" })).toBe(7688);
    expect(() => requestedPort({ PROXYGRAPH_NEO4J_PORT: "70000" })).toThrow(Neo4jProvisionError);
  });

  it("keeps the last lines of a process's output", async () => {
    const tail = new OutputTail(2);
    const seen: string[] = [];
    tail.follow(Readable.from(["one\ntwo\n", "three\nfour"]), (line) => seen.push(line));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(["one", "two", "three"]);
    expect(tail.last()).toEqual(["three", "four"]);
  });

  it("puts problem, fix and output in one message", () => {
    const error = new Neo4jProvisionError("Java 11 is too old", "install Java 17+", ["line 1"]);
    expect(error.hint).toBe("install Java 17+");
    expect(error.message).toBe("Local Neo4j: Java 11 is too old. Fix: install Java 17+\nLast output:\n  | line 1");
  });
});
