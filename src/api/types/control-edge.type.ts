import { Field, ObjectType } from "type-graphql";
import type { LocationRecord } from "../../graph/mappers.js";
import { ConnectionOf } from "./connection.type.js";
import { Edge } from "./edge.type.js";
import { Location } from "./location.type.js";

@ObjectType({ description: "A location an actor controls." })
export class ControlEdge extends Edge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Location, { name: "node" })
  other!: LocationRecord;
}

@ObjectType({ description: "Locations an actor controls: most claims first, then by name." })
export class ControlConnection extends ConnectionOf(ControlEdge) {}
