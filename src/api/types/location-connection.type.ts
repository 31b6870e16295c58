import { Field, ObjectType } from "type-graphql";
import type { LocationRecord } from "../../graph/mappers.js";
import { ConnectionOf } from "./connection.type.js";
import { Location } from "./location.type.js";

@ObjectType()
export class LocationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Location)
  node!: LocationRecord;
}

@ObjectType({ description: "Locations in name order (then id): the next page starts after the last name, so locations added meanwhile never shift it." })
export class LocationConnection extends ConnectionOf(LocationEdge) {}
