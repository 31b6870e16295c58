/**
 * Actor.backers and Actor.backing: one statement answers an actor and its page, whether the actor is
 * asked by id (the look-ahead below) or is one of many parents of a level (the backers DataLoader).
 */
import type { GraphQLResolveInfo } from "graphql";
import { AppError } from "../errors.js";
import type { BackerRecord } from "../graph/analysis.js";
import type { ActorRecord } from "../graph/mappers.js";
import type { ApiContext } from "./context.js";
import { backersQuery, type BackersArgs } from "./inputs/backers.args.js";
import type { BackersKey } from "./loaders.js";
import { childFields, resolveTree, selects, type ResolveTree } from "./lookahead.js";
import { toConnection, type Connection } from "./pagination.js";
import type { BackerEdge } from "./types/backer.type.js";

export type BackerEdgeRecord = Omit<BackerEdge, "cursor">;

const EVIDENCE = ["edges", "path", "evidence"] as const;

export async function backerConnection(
  { loaders }: ApiContext,
  actor: ActorRecord,
  direction: "in" | "out",
  args: BackersArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<BackerEdgeRecord>> {
  const page = await loaders.backers.load(backersKey(actor.id, direction, args, resolveTree(info)));
  return toConnection(page, ({ node, depth, kinds, hops }: BackerRecord) => ({ node, depth, kinds, path: hops }));
}

/**
 * `actor(id:)`: when the query asks for the actor's backers (or backing), the actor and that page come
 * from one statement, and the page is primed into the DataLoader the field resolver then reads.
 */
export async function actorById({ repository, loaders }: ApiContext, id: string, info: GraphQLResolveInfo): Promise<ActorRecord | null> {
  const asked = firstBackersField(id, resolveTree(info));
  if (asked === null) return repository.actorById(id);
  const found = (await repository.backers([id], asked.direction, asked)).get(id);
  if (!found) return null;
  loaders.backers.prime(asked, found.page);
  return found.actor;
}

function firstBackersField(actorId: string, actor: ResolveTree): BackersKey | null {
  const field = [...childFields(actor, "backers"), ...childFields(actor, "backing")][0];
  if (!field) return null;
  try {
    return backersKey(actorId, field.name === "backers" ? "in" : "out", field.args as BackersArgs, field);
  } catch (error) {
    // Bad arguments are the field's own error, reported at the field by its resolver.
    if (error instanceof AppError) return null;
    throw error;
  }
}

function backersKey(actorId: string, direction: "in" | "out", args: BackersArgs, field: ResolveTree): BackersKey {
  return { actorId, direction, ...backersQuery(args), withEvidence: selects(field, EVIDENCE) };
}
