// In-process requests that every guard refuses before a resolver runs, so no database is involved.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { parse, validate, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { createApolloServer } from "../../src/api/apollo.js";
import type { Credential } from "../../src/api/auth.js";
import type { ApiContext } from "../../src/api/context.js";
import { SANDBOX_DOCUMENT_FILE } from "../../src/api/plugins/landing-page.plugin.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

/** Runs one request; the context has no graph, so anything that got as far as a resolver would fail loudly. */
async function run(query: string, options: { env?: Record<string, string>; credential?: Credential; operationName?: string; logLines?: string[] } = {}) {
  const destination = new Writable({ write: (chunk, _encoding, done) => (options.logLines?.push(String(chunk)), done()) });
  const logger = createLogger("info", destination);
  const server = createApolloServer(schema, loadConfig({ NODE_ENV: "test", ...options.env }), { logger });
  const contextValue = { credential: options.credential ?? "none" } as ApiContext;
  const response = await server.executeOperation({ query, operationName: options.operationName }, { contextValue });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, ...response.body.singleResult };
}

const nested = (levels: number) => `{ actor(name: "LNA") ${"{ backers { actor ".repeat(levels)}{ name }${" } }".repeat(levels)} }`;

describe("hostile documents are refused with a clear error", () => {
  it("deep nesting", async () => {
    const { errors } = await run(nested(8));
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/Query depth limit of 12 exceeded, found 18/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("an alias flood", async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: actors { totalCount }`).join(" ");
    const { errors } = await run(`{ ${aliases} }`);
    expect(errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/Aliases limit of 15 exceeded, found 100/));
    expect(errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("a token flood, while parsing", async () => {
    const { errors } = await run(`{ actors { edges { node { ${"id ".repeat(2000)} } } } }`);
    expect(errors?.[0]).toMatchObject({ message: "Syntax Error: Document contains more that 1500 tokens. Parsing aborted.", extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });

  it("a huge first, by its cost", async () => {
    const { errors } = await run(`{ actors(first: 1000000) { edges { node { id name backers { edges { node { id name } } } } } } }`);
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/Query Cost limit of 50000 exceeded/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("a directive flood", async () => {
    const { errors } = await run(`{ actors { totalCount ${"@include(if: true) ".repeat(30)} } }`);
    expect(errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/Directives limit of 20 exceeded, found 30/));
  });

  it("follows the limits the config sets", async () => {
    const { errors } = await run(nested(2), { env: { PROXYGRAPH_MAX_DEPTH: "4" } });
    expect(errors?.[0].message).toMatch(/Query depth limit of 4 exceeded, found 6/);
  });
});

describe("API keys", () => {
  const mutation = `mutation { retractArticle(id: "${"a".repeat(64)}") { articleId } }`;

  it("refuses a mutation without a key: UNAUTHENTICATED, 401", async () => {
    const result = await run(mutation, { env: { PROXYGRAPH_API_KEYS: "k".repeat(20) } });
    expect(result.status).toBe(401);
    expect(result.errors).toEqual([{ message: "mutations need an API key: send Authorization: Bearer <key>", extensions: { code: "UNAUTHENTICATED" } }]);
  });

  it("refuses a mutation with an unknown key: FORBIDDEN, 403", async () => {
    const result = await run(mutation, { credential: "invalid" });
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("hides a mutation in no query: an aliased mutation field is still a mutation", async () => {
    const result = await run(`mutation Innocent { x: retractArticle(id: "0") { articleId } }`);
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("closes queries only when the config says so", async () => {
    const env = { PROXYGRAPH_API_KEYS: "k".repeat(20), PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES: "true" };
    expect((await run(`{ __typename }`)).data).toEqual({ __typename: "Query" });
    expect((await run(`{ __typename }`, { env })).errors?.[0]).toMatchObject({ message: expect.stringMatching(/^queries need an API key/), extensions: { code: "UNAUTHENTICATED" } });
    expect((await run(`{ __typename }`, { env, credential: "valid" })).data).toEqual({ __typename: "Query" });
  });
});

describe("production settings", () => {
  const production = { NODE_ENV: "production" };

  it("turns introspection off", async () => {
    expect((await run(`{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const { errors } = await run(`{ __schema { queryType { name } } }`, { env: production });
    expect(errors?.[0].message).toMatch(/introspection is not allowed/i);
  });

  it("suggests no field names, which would reveal the schema", async () => {
    expect((await run(`{ actor(name: "x") { nam } }`)).errors?.[0].message).toMatch(/Did you mean "name"/);
    const { errors } = await run(`{ actor(name: "x") { nam } }`, { env: production });
    expect(errors?.[0].message).not.toMatch(/Did you mean/);
    expect(errors?.[0].message).toMatch(/Cannot query field "nam"/);
  });

  it("sends no stack traces", async () => {
    const { errors } = await run(`{ actor(name: "x") { nam } }`, { env: production });
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace/);
  });
});

describe("Sandbox's saved operations", () => {
  const operations = parse(readFileSync(SANDBOX_DOCUMENT_FILE, "utf8")).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition");

  it("ask the analyst's questions", () => {
    expect(operations.map((operation) => operation.name?.value)).toEqual(["WhoBacksTheLNA", "DepthTwoBackers", "AlliesOpponentsAndHoldings", "PathsBetweenTwoActors", "Camps", "ControlHistoryOfACity", "ArmedGroups"]);
  });

  it("are valid against the schema", () => {
    expect(validate(schema, parse(readFileSync(SANDBOX_DOCUMENT_FILE, "utf8"))).map((error) => error.message)).toEqual([]);
  });

  it("stay within the default limits", async () => {
    for (const operation of operations) {
      const { errors } = await run(readFileSync(SANDBOX_DOCUMENT_FILE, "utf8"), { operationName: operation.name?.value });
      expect(errors?.filter((error) => /limit of/.test(error.message)) ?? []).toEqual([]);
    }
  });
});

describe("request logs", () => {
  it("log one JSON line per request with operation, duration and error codes, never variables", async () => {
    const logLines: string[] = [];
    await run(`query Ok { __typename }`, { logLines });
    await run(`mutation Sneaky { retractArticle(id: "secret-id") { articleId } }`, { logLines });
    const [ok, refused] = logLines.map((line) => JSON.parse(line));
    expect(ok).toMatchObject({ level: 30, msg: "graphql request", operationName: "Ok", operationType: "query", status: 200 });
    expect(ok.durationMs).toEqual(expect.any(Number));
    expect(refused).toMatchObject({ level: 40, operationName: "Sneaky", operationType: "mutation", status: 401, errorCodes: ["UNAUTHENTICATED"] });
    expect(logLines.join("")).not.toContain("secret-id");
  });
});
