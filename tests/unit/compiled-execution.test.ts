// Operations run by the compiled (graphql-jit) executor behind the real Apollo server, on a small schema:
// answers per operation and per variables, and errors with the public codes graphql-js would give.
import "reflect-metadata";
import { Writable } from "node:stream";
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { describe, expect, it } from "vitest";
import { createApolloServer } from "../../src/api/apollo.js";
import type { ApiContext } from "../../src/api/context.js";
import { loadConfig } from "../../src/config.js";
import { AppError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      greeting: { type: GraphQLString, args: { name: { type: new GraphQLNonNull(GraphQLString) } }, resolve: (_source, { name }) => `hello ${name}` },
      twice: { type: GraphQLInt, args: { n: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_source, { n }) => 2 * n },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new AppError("BAD_USER_INPUT", "first must be between 1 and 200, got 0");
        },
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error("a bug");
        },
      },
    },
  }),
});

const server = createApolloServer(schema, loadConfig({ NODE_ENV: "production" }), { logger: createLogger("silent", new Writable({ write: (_c, _e, done) => done() })) });

async function run(query: string, options: { operationName?: string; variables?: Record<string, unknown> } = {}) {
  const response = await server.executeOperation({ query, ...options }, { contextValue: { credential: "none" } as ApiContext });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, ...response.body.singleResult };
}

describe("compiled execution", () => {
  it("answers the operation asked for by name in a document of several", async () => {
    const document = `query Greet { greeting(name: "Sirte") } query Double { twice(n: 21) }`;
    expect((await run(document, { operationName: "Double" })).data).toEqual({ twice: 42 });
    expect((await run(document, { operationName: "Greet" })).data).toEqual({ greeting: "hello Sirte" });
  });

  it("answers the same document anew for each request's variables", async () => {
    const document = `query ($n: Int!) { twice(n: $n) }`;
    expect((await run(document, { variables: { n: 2 } })).data).toEqual({ twice: 4 });
    expect((await run(document, { variables: { n: 5 } })).data).toEqual({ twice: 10 });
  });

  it("keeps a resolver's public error code, message and path beside the other fields' answers", async () => {
    const { data, errors } = await run(`{ greeting(name: "x") refused }`);
    expect(data).toEqual({ greeting: "hello x", refused: null });
    expect(errors).toEqual([expect.objectContaining({ message: "first must be between 1 and 200, got 0", path: ["refused"], extensions: { code: "BAD_USER_INPUT" } })]);
  });

  it("hides an unexpected error's message outside development", async () => {
    const { errors } = await run(`{ broken }`);
    expect(errors).toEqual([expect.objectContaining({ message: "Internal server error", path: ["broken"], extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
  });

  it("refuses a variable of the wrong type as bad input, before any resolver runs", async () => {
    const { status, data, errors } = await run(`query ($n: Int!) { twice(n: $n) }`, { variables: { n: "many" } });
    expect(data).toBeUndefined();
    expect(status).toBe(400);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/\$n/), extensions: { code: "BAD_USER_INPUT" } })]);
  });
});
