import { Field, ObjectType } from "type-graphql";
import type { LocationRecord } from "../../graph/mappers.js";
import { Edge } from "./edge.type.js";
import { Location } from "./location.type.js";

@ObjectType({ description: "A location an actor controls." })
export class ControlEdge extends Edge {
  @Field(() => Location, { name: "location" })
  other!: LocationRecord;
}
