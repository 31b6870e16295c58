import { Field, ID, ObjectType } from "type-graphql";
import type { CampRecord } from "../../graph/analysis.js";
import { ConnectionOf } from "./connection.type.js";

/** Its members are a connection resolved in camp.resolver.ts, from the pages the camps statement read. */
@ObjectType({ description: "A coalition: actors tied to each other by alliance or support." })
export class Camp {
  @Field(() => ID, { description: "The smallest member id, stable while the camp's membership is." })
  id!: string;

  @Field(() => [ID], { description: "Ids of the camps whose members this camp's members oppose, largest first." })
  opposes!: string[];
}

@ObjectType()
export class CampEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Camp)
  node!: CampRecord;
}

@ObjectType({ description: "Camps, largest first, then by id." })
export class CampConnection extends ConnectionOf(CampEdge) {}
