/**
 * Analyst corrections to entity resolution, kept as data in the graph so that later imports respect
 * them: `kg merge A B` (B becomes A; a (:Redirect {id: B})-[:MERGED_INTO]->(A) sends B's id to A) and
 * `kg alias A "name"` ((:Alias {key})-[:ALIAS_OF]->(A) sends that name to A). Each is one write
 * transaction, and repeating one changes nothing.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { AppError } from "../errors.js";
import type { RelationType } from "../extract/types.js";
import { runCypher } from "./cypher.js";
import { recomputeDerivedEdges } from "./derivedEdges.js";
import type { Graph } from "./driver.js";
import { canonicalPair, pairKey, uniquePairs } from "./edges.js";
import { fulltextPhrase, lookupKeys, normaliseName } from "./lookup.js";

export interface ActorRef {
  id: string;
  name: string;
}

export type MergeOutcome = { merged: { keep: ActorRef; gone: ActorRef; claims: number } } | { alreadyMerged: { keep: ActorRef; gone: string } };
export type AliasOutcome = { added: { actor: ActorRef; name: string } } | { alreadyAlias: { actor: ActorRef; name: string } };

export async function mergeActors(graph: Graph, keepRef: string, goneRef: string): Promise<MergeOutcome> {
  return graph.write(async (tx) => {
    const keep = await findActor(tx, keepRef);
    const gone = await findActor(tx, goneRef);
    if (gone.actor.id === keep.actor.id) {
      if (gone.viaRedirect) return { alreadyMerged: { keep: keep.actor, gone: goneRef } };
      throw new AppError("BAD_USER_INPUT", `"${keepRef}" and "${goneRef}" are the same actor (${keep.actor.id})`);
    }
    const claims = await runCypher(tx, "corrections/actor-claims", { actorId: gone.actor.id });
    await runCypher(tx, "corrections/merge-actor", { keepId: keep.actor.id, goneId: gone.actor.id });
    const moved = claims.map((claim) => {
      const end = (id: unknown) => (id === gone.actor.id ? keep.actor.id : (id as string));
      return { id: claim.id as string, pair: canonicalPair({ type: claim.type as RelationType, source: end(claim.source), target: end(claim.target) }) };
    });
    await runCypher(tx, "corrections/set-claim-pair-keys", { rows: moved.map(({ id, pair }) => ({ id, pairKey: pairKey(pair) })) });
    await recomputeDerivedEdges(tx, uniquePairs(moved.map(({ pair }) => pair)));
    return { merged: { keep: keep.actor, gone: gone.actor, claims: claims.length } };
  });
}

export async function aliasActor(graph: Graph, actorRef: string, name: string): Promise<AliasOutcome> {
  const key = normaliseName(name);
  if (key === "") throw new AppError("BAD_USER_INPUT", "the alias is empty");
  return graph.write(async (tx) => {
    const { actor } = await findActor(tx, actorRef);
    const [current] = await runCypher(tx, "corrections/alias-target", { key });
    if (current && current.id === actor.id) return { alreadyAlias: { actor, name } };
    if (current) throw new AppError("BAD_USER_INPUT", `"${name}" is already an alias of ${current.name} (${current.id}); merge the two actors instead`);
    await runCypher(tx, "corrections/add-alias", { actorId: actor.id, name, key, keys: lookupKeys(name, []) });
    return { added: { actor, name } };
  });
}

/** An actor by id, by the id it had before a merge, or by an unambiguous name, alias or acronym. */
async function findActor(tx: ManagedTransaction, ref: string): Promise<{ actor: ActorRef; viaRedirect: boolean }> {
  const key = normaliseName(ref);
  if (key === "") throw new AppError("BAD_USER_INPUT", "an actor id or name is empty");
  const [row] = await runCypher(tx, "corrections/find-actor", { ref, key, phrase: fulltextPhrase(key) });
  if (row?.byId) return { actor: row.byId as ActorRef, viaRedirect: false };
  if (row?.redirected) return { actor: row.redirected as ActorRef, viaRedirect: true };
  const byName = (row?.byName ?? []) as ActorRef[];
  if (byName.length === 1) return { actor: byName[0]!, viaRedirect: false };
  if (byName.length === 0) throw new AppError("BAD_USER_INPUT", `no actor "${ref}" in the graph (give an actor id such as org:libyan-national-army, or a name)`);
  const names = byName.map((actor) => `${actor.name} (${actor.id})`).sort().join(", ");
  throw new AppError("BAD_USER_INPUT", `"${ref}" names ${byName.length} actors: ${names}; give an id`);
}
