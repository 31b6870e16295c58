import { Field, Int, ObjectType } from "type-graphql";
import type { RelationType, SupportKind } from "../../extract/types.js";
import type { ActorRecord, EvidenceRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { ConnectionOf } from "./connection.type.js";
import { RelationTypeEnum, SupportKindEnum } from "./enums.js";
import { Evidence } from "./evidence.type.js";

@ObjectType({ description: "One derived edge on a path, in its own direction, with the evidence behind it." })
export class PathHop {
  @Field(() => Actor)
  from!: ActorRecord;

  @Field(() => Actor)
  to!: ActorRecord;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => [SupportKindEnum], { description: "Support kinds its claims report, most-reported first (SUPPORTS only)." })
  kinds!: SupportKind[];

  @Field(() => Boolean, { description: "Every claim behind this hop is hedged." })
  hedged!: boolean;

  @Field(() => Int, { description: "Claims behind this hop (those the query's filters kept)." })
  claims!: number;

  @Field(() => Int, { description: "Articles those claims come from." })
  articles!: number;

  @Field(() => String, { nullable: true, description: "Earliest date its claims give (ISO 8601)." })
  firstDate!: string | null;

  @Field(() => String, { nullable: true, description: "Latest date its claims give (ISO 8601)." })
  lastDate!: string | null;

  @Field(() => [Evidence], { description: "The passages behind this hop's claims, oldest first (the claims the query's filters kept)." })
  evidence!: EvidenceRecord[];
}

@ObjectType({ description: "A chain of relations between two actors." })
export class Path {
  @Field(() => Int, { description: "Number of hops." })
  length!: number;

  @Field(() => [PathHop])
  hops!: PathHop[];
}

@ObjectType()
export class PathEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Path)
  node!: Path;
}

@ObjectType({ description: "Paths between two actors, shortest first." })
export class PathConnection extends ConnectionOf(PathEdge) {}
