import { Field, Int, ObjectType } from "type-graphql";
import type { RelationType } from "../../extract/types.js";
import { RelationTypeEnum } from "./enums.js";

/**
 * What every derived edge reports about the claims behind it. Its ends (source, target) stay out
 * of the schema: each edge type exposes the far end, and the evidence resolver uses both.
 */
@ObjectType()
export abstract class Edge {
  @Field(() => RelationTypeEnum)
  type!: RelationType;

  source!: string;
  target!: string;

  @Field(() => Boolean, { description: "Every claim behind this edge is hedged." })
  hedged!: boolean;

  @Field(() => Int, { description: "Non-negated claims behind this edge, across all articles." })
  claims!: number;

  @Field(() => Int, { description: "Articles those claims come from." })
  articles!: number;

  @Field(() => String, { nullable: true, description: "Earliest date a claim gives (ISO 8601)." })
  firstDate!: string | null;

  @Field(() => String, { nullable: true, description: "Latest date a claim gives (ISO 8601)." })
  lastDate!: string | null;
}
