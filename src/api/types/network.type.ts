/**
 * A neighbourhood in Cytoscape.js's elements format ({ nodes: [{ data }], edges: [{ data }] }):
 * `cy.add(result.data.network)` loads it as is.
 */
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { RelationType, SupportKind } from "../../extract/types.js";
import { RelationTypeEnum, SupportKindEnum } from "./enums.js";

@ObjectType()
export class NetworkNodeData {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The name, for the node's label." })
  label!: string;

  @Field(() => String, { description: '"actor" or "location", for styling.' })
  kind!: "actor" | "location";

  @Field(() => String, { description: "The actor's ActorType or the location's LocationType." })
  type!: string;

  @Field(() => Float, { nullable: true })
  lat!: number | null;

  @Field(() => Float, { nullable: true })
  lon!: number | null;
}

@ObjectType()
export class NetworkNode {
  @Field(() => NetworkNodeData)
  data!: NetworkNodeData;
}

@ObjectType()
export class NetworkEdgeData {
  @Field(() => ID, { description: '"TYPE:source->target".' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => [SupportKindEnum])
  kinds!: SupportKind[];

  @Field(() => Int)
  claims!: number;

  @Field(() => Boolean)
  hedged!: boolean;

  @Field(() => String, { nullable: true })
  firstDate!: string | null;

  @Field(() => String, { nullable: true })
  lastDate!: string | null;
}

@ObjectType()
export class NetworkEdge {
  @Field(() => NetworkEdgeData)
  data!: NetworkEdgeData;
}

@ObjectType({ description: "Cytoscape.js elements: the actor, its neighbours and the edges among them." })
export class Network {
  @Field(() => [NetworkNode])
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge])
  edges!: NetworkEdge[];

  @Field(() => Boolean, { description: "More nodes were within reach, or more edges among them, than the caps let in." })
  truncated!: boolean;
}
