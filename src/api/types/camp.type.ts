import { Field, ID, ObjectType } from "type-graphql";
import type { ActorRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";

@ObjectType({ description: "A coalition: actors tied to each other by alliance or support." })
export class Camp {
  @Field(() => ID, { description: "The smallest member id, stable while the camp's membership is." })
  id!: string;

  @Field(() => [Actor], { description: "Members, by name." })
  members!: ActorRecord[];

  @Field(() => [ID], { description: "Ids of the camps whose members this camp's members oppose." })
  opposes!: string[];
}
