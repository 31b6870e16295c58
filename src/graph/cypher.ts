/**
 * The one Cypher loader. Every statement lives in cypher/<folder>/<name>.cypher, one per file, named
 * by its path ("read/actor-by-id"). Its header comment lists the parameters it takes
 * (`// params: $a, $b` or `// params: none`); loading fails when the header and the body disagree,
 * and running fails when the caller passes other parameters.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ManagedTransaction } from "neo4j-driver";
import { rowOf, type Row } from "./mappers.js";

const CYPHER_ROOT = new URL("../../cypher/", import.meta.url);

export interface Statement {
  name: string;
  text: string;
  params: string[];
}

let registry: ReadonlyMap<string, Statement> | undefined;

export function statements(): ReadonlyMap<string, Statement> {
  registry ??= loadStatements(fileURLToPath(CYPHER_ROOT));
  return registry;
}

export function statement(name: string): Statement {
  const found = statements().get(name);
  if (!found) throw new Error(`no Cypher statement "${name}" in cypher/`);
  return found;
}

/** Names under a folder, in file-name order (schema files are numbered so the order is theirs). */
export function statementNamesUnder(folder: string): string[] {
  return [...statements().keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
}

export async function runCypher(tx: ManagedTransaction, name: string, params: Row = {}): Promise<Row[]> {
  const { text, params: declared } = statement(name);
  const given = Object.keys(params).sort();
  if (given.join() !== declared.join()) {
    throw new Error(`cypher/${name}.cypher takes ${list(declared)}, was given ${list(given)}`);
  }
  const result = await tx.run(text, params);
  return result.records.map(rowOf);
}

/**
 * Runs statements in order in one transaction without waiting for each result before sending the
 * next: the driver pipelines them, so a batch costs one round trip instead of one per statement.
 * A failing statement fails the batch (and so the transaction); the rest are then never applied.
 */
export async function runPipelined(tx: ManagedTransaction, batch: readonly (readonly [string, Row])[]): Promise<Row[][]> {
  const settled = await Promise.allSettled(batch.map(([name, params]) => runCypher(tx, name, params)));
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<Row[]>).value);
}

export function loadStatements(root: string): Map<string, Statement> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".cypher"));
  const loaded = new Map<string, Statement>();
  for (const file of files.sort()) {
    const name = file.replaceAll("\\", "/").replace(/\.cypher$/, "");
    loaded.set(name, parseStatement(name, readFileSync(`${root}/${file}`, "utf8")));
  }
  return loaded;
}

export function parseStatement(name: string, text: string): Statement {
  const lines = text.split("\n");
  const header = lines.find((line) => /^\/\/\s*params:/.test(line));
  if (!header) throw new Error(`cypher/${name}.cypher: missing "// params:" header line`);
  const declared = header.trim() === "// params: none" ? [] : paramNames(header);
  const body = lines.filter((line) => !line.trimStart().startsWith("//")).join("\n");
  const used = paramNames(body);
  if (declared.join() !== used.join()) {
    throw new Error(`cypher/${name}.cypher: header declares ${list(declared)} but the statement uses ${list(used)}`);
  }
  if (body.trim() === "") throw new Error(`cypher/${name}.cypher: no statement`);
  // Without its comment lines: the text goes over the wire and through Neo4j's query cache on every run,
  // and the comments are a fifth of the larger statements.
  return { name, text: body.trim(), params: declared };
}

function paramNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))].sort();
}

function list(names: string[]): string {
  return names.length === 0 ? "no parameters" : names.map((name) => `$${name}`).join(", ");
}
