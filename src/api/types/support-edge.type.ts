import { Field, ObjectType } from "type-graphql";
import type { SupportKind } from "../../extract/types.js";
import type { ActorRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { Edge } from "./edge.type.js";
import { SupportKindEnum } from "./enums.js";

@ObjectType({ description: "One actor supporting another: a backer of the actor asked about, or one it backs." })
export class SupportEdge extends Edge {
  @Field(() => Actor, { name: "actor", description: "The actor at the other end." })
  other!: ActorRecord;

  @Field(() => SupportKindEnum, { description: "The most-reported kind of support." })
  kind!: SupportKind;

  @Field(() => [SupportKindEnum], { description: "Every kind reported, most-reported first." })
  kinds!: SupportKind[];
}
