import { Field, Float, ObjectType } from "type-graphql";
import type { EntityRecord } from "../../graph/analysis.js";
import { ConnectionOf } from "./connection.type.js";
import { Entity } from "./entity.type.js";

@ObjectType()
export class SearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: EntityRecord;

  @Field(() => Float, { description: "Lucene relevance: exact words rank above prefixes, prefixes above near-misses." })
  score!: number;
}

@ObjectType({ description: "Actors and locations matching a search, best first." })
export class SearchConnection extends ConnectionOf(SearchEdge) {}
