import { Field, ObjectType } from "type-graphql";
import type { ActorRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { ConnectionOf } from "./connection.type.js";
import { Edge } from "./edge.type.js";

@ObjectType({ description: "An alliance, opposition, leadership or membership, seen from one end." })
export class RelationEdge extends Edge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Actor, { name: "node", description: "The actor at the other end." })
  other!: ActorRecord;
}

@ObjectType({ description: "An actor's relations of one kind: most claims first, then by name." })
export class RelationConnection extends ConnectionOf(RelationEdge) {}
