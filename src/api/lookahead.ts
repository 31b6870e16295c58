/**
 * What a query asks below the field being resolved, read from its resolve info (variables, defaults,
 * fragments and @skip/@include applied by graphql-parse-resolve-info): lets a resolver read in its own
 * statement what the fields under it would otherwise ask for in further round trips.
 */
import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

export type { ResolveTree };

export function resolveTree(info: GraphQLResolveInfo): ResolveTree {
  return parseResolveInfo(info) as ResolveTree;
}

/** The fields named `name` selected directly under `tree`, whatever their alias or the type they are selected on. */
export function childFields(tree: ResolveTree, name: string): ResolveTree[] {
  return Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name));
}

/** Whether a chain of fields (["edges", "path", "evidence"]) is selected under `tree`. */
export function selects(tree: ResolveTree, path: readonly string[]): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  return childFields(tree, name).some((child) => selects(child, rest));
}

/** The fields at the end of a chain of fields (["edges", "node", "members"]) under `tree`, with their arguments. */
export function fieldsAt(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  const [name, ...rest] = path;
  if (name === undefined) return [tree];
  return childFields(tree, name).flatMap((child) => fieldsAt(child, rest));
}
