import { Field, Int, ObjectType } from "type-graphql";
import type { SupportKind } from "../../extract/types.js";
import type { ActorRecord } from "../../graph/mappers.js";
import type { HopRecord } from "../../graph/analysis.js";
import { Actor } from "./actor.type.js";
import { ConnectionOf } from "./connection.type.js";
import { SupportKindEnum } from "./enums.js";
import { PathHop } from "./path.type.js";

@ObjectType({ description: "An actor backing (or backed by) the actor asked about, directly or through intermediaries." })
export class BackerEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Actor)
  node!: ActorRecord;

  @Field(() => Int, { description: "Hops on the shortest path: 1 is direct support." })
  depth!: number;

  @Field(() => [SupportKindEnum], { description: "Support kinds on the hop at this node's end of the path." })
  kinds!: SupportKind[];

  @Field(() => [PathHop], { description: "The shortest path, in the direction support flows, each hop with its evidence." })
  path!: HopRecord[];
}

@ObjectType({ description: "Backers or backed actors, nearest first, then by name." })
export class BackerConnection extends ConnectionOf(BackerEdge) {}
