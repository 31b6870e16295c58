/**
 * proxygraph's entry points as the suite runs them: real child processes (`kg` and the API server)
 * on a given Neo4j, so exit codes, signals and memory are those of the real thing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Neo4jTarget } from "../../../src/config.js";

export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function childEnv(target: Neo4jTarget, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NEO4J_DATABASE: _database, ...env } = process.env;
  return { ...env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NODE_ENV: "production", ...extra };
}

/** `node --import tsx`, not `npx tsx`: the pid is then the program's own, for kill -9 and its RSS. */
function spawnEntry(entry: string, args: readonly string[], env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, "--import", "tsx", entry, ...args], { cwd: PROJECT_ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
}

export function spawnKg(args: readonly string[], target: Neo4jTarget): ChildProcess {
  return spawnEntry("src/cli.ts", args, childEnv(target));
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export async function runKg(args: readonly string[], target: Neo4jTarget, stdin = ""): Promise<Finished> {
  const child = spawnKg(args, target);
  const done = finished(child);
  child.stdin!.end(stdin);
  return done;
}

export interface ApiProcess {
  url: string;
  pid: number;
  /** Resident memory of the server process now, in bytes. */
  rss(): number;
  stop(): Promise<Finished>;
}

/** src/server.ts on a free port; resolves when it prints its URL. */
/** `maxOldSpaceMb` bounds V8's old space, as a deployment would: without it V8 grows its heap lazily toward its default limit. */
export async function startApiProcess(target: Neo4jTarget, { maxOldSpaceMb }: { maxOldSpaceMb?: number } = {}): Promise<ApiProcess> {
  const child = spawnEntry("src/server.ts", [], childEnv(target, { PORT: "0" }), maxOldSpaceMb ? [`--max-old-space-size=${maxOldSpaceMb}`] : []);
  child.stdin!.end();
  const done = finished(child);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (chunk: string) => {
      seen += chunk;
      const match = /ready at (\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    void done.then((result) => reject(new Error(`the API exited before it was ready (${result.signal ?? result.code}): ${result.stderr}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rss: () => residentBytes(pid),
    async stop() {
      child.kill("SIGTERM");
      return done;
    },
  };
}

function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

export interface GraphQLReply {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 500) }] };
  }
}
