/**
 * Operations executed by graphql-jit instead of graphql-js. graphql-js walks the document anew for every
 * field of every row; a backers page to depth 3 with its evidence is thousands of fields, and that walk
 * was most of the API process's CPU per request. graphql-jit compiles a document once into a function
 * that builds the answer directly; Apollo still parses, validates (with the request limits) and runs
 * its plugins as before, and only the execution step changes.
 *
 * Apollo Server takes another executor only through its gateway interface: this "gateway" serves the
 * one local schema and answers with the compiled executor.
 */
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** Distinct documents kept compiled; Apollo's own parsed-document cache holds about as many. */
const COMPILED_DOCUMENTS = 1000;

export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const schemaContext = { apiSchema: schema, coreSupergraphSdl: printSchema(schema) };
      for (const listener of listeners) listener(schemaContext);
      return { executor: compiledExecutor(schema) };
    },
    async stop() {
      listeners.clear();
    },
  };
}

function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new RecentlyUsed<string, CompiledQuery>(COMPILED_DOCUMENTS);
  return async ({ document, operationName, queryHash, request, context }) => {
    const key = `${queryHash}\n${operationName ?? ""}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const outcome = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(outcome)) return withGraphqlJsErrors(outcome as ExecutionResult);
      query = outcome;
      compiled.set(key, query);
    }
    return withGraphqlJsErrors(await query.query(undefined, context, request.variables ?? {}));
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's are `{}`, and Apollo's error
 * formatting reads `extensions.code`: every error would become an INTERNAL_SERVER_ERROR. Rebuilt as
 * graphql-js errors, they keep their original error, and so the public code src/errors.ts gives it.
 * A result without data never started executing: its errors are the request's variables not fitting
 * their types, which graphql-js's errors let Apollo call BAD_USER_INPUT; these say so themselves.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const rejectedVariables = result.data === undefined;
  const errors = result.errors.map((error) => {
    const extensions = rejectedVariables ? { code: "BAD_USER_INPUT", ...error.extensions } : error.extensions;
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions });
    return Object.assign(rebuilt, { locations: error.locations });
  });
  return { ...result, errors };
}

/** A map that forgets its least recently used entry beyond `capacity`, so hostile clients cannot grow it. */
class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }
}
