import { Field, ObjectType } from "type-graphql";
import type { ActorRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { ConnectionOf } from "./connection.type.js";

@ObjectType()
export class ActorEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Actor)
  node!: ActorRecord;
}

@ObjectType({ description: "Actors in name order (then id): the next page starts after the last name, so actors added meanwhile never shift it." })
export class ActorConnection extends ConnectionOf(ActorEdge) {}
