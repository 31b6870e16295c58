import { Field, ID, Int, ObjectType } from "type-graphql";
import type { RelationType, SupportKind } from "../../extract/types.js";
import type { EntityRecord, EvidenceSpan } from "../../graph/analysis.js";
import type { ActorRecord, ArticleRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { Article } from "./article.type.js";
import { ConnectionOf } from "./connection.type.js";
import { Entity } from "./entity.type.js";
import { RelationTypeEnum, SupportKindEnum } from "./enums.js";

@ObjectType({ description: "A verbatim passage of the claim's article." })
export class Span {
  @Field(() => String)
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: "One relation one article states, as extracted: the truth the derived edges summarise." })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => Actor)
  source!: ActorRecord;

  @Field(() => Entity, { description: "An actor, or a location for CONTROLS." })
  target!: EntityRecord;

  @Field(() => [SupportKindEnum])
  kinds!: SupportKind[];

  @Field(() => Boolean)
  hedged!: boolean;

  @Field(() => Boolean, { description: 'The article denies it ("denies arming"); negated claims make no edge.' })
  negated!: boolean;

  @Field(() => String, { nullable: true })
  attributedTo!: string | null;

  @Field(() => String, { nullable: true, description: "The date the text gives for the event, or its start." })
  eventDate!: string | null;

  @Field(() => String, { nullable: true })
  eventUntil!: string | null;

  @Field(() => String, { nullable: true, description: "The article's date." })
  date!: string | null;

  @Field(() => Article)
  article!: ArticleRecord;

  @Field(() => [Span], { description: "Where the article says it." })
  evidence!: EvidenceSpan[];
}

@ObjectType()
export class ClaimEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Claim)
  node!: Claim;
}

@ObjectType()
export class ClaimConnection extends ConnectionOf(ClaimEdge) {}
