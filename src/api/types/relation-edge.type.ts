import { Field, ObjectType } from "type-graphql";
import type { ActorRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { Edge } from "./edge.type.js";

@ObjectType({ description: "An alliance, opposition, leadership, membership or control, seen from one end." })
export class RelationEdge extends Edge {
  @Field(() => Actor, { name: "actor", description: "The actor at the other end." })
  other!: ActorRecord;
}
