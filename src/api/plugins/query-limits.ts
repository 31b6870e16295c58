/**
 * Request-level limits (depth, aliases, cost, directives) from graphql-armor, and tokens from
 * graphql-js's own parser: a hostile document is refused while it is parsed or validated, before any
 * resolver or Cypher runs.
 * Page sizes are capped by the resolvers themselves (src/api/pagination.ts).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ParseOptions, ValidationRule } from "graphql";
import type { QueryLimits } from "../../config.js";

export interface QueryLimitGuards {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

export function queryLimitGuards(limits: QueryLimits, options: { blockFieldSuggestions: boolean }): QueryLimitGuards {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // armor's token limit throws from a plugin hook, which Apollo answers with a 500; the parser's own is a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    // Suggestions ("Did you mean …") would reveal the schema that disabled introspection hides.
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
  // armor's typings are CommonJS-only: under ESM its plugins are typed against another copy of @apollo/server.
  return { plugins: plugins as unknown as ApolloServerPlugin[], validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
