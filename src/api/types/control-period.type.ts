import { Field, ObjectType } from "type-graphql";
import type { ControlPeriodRecord } from "../../graph/controlPeriods.js";
import type { ActorRecord, EvidenceRecord } from "../../graph/mappers.js";
import { Actor } from "./actor.type.js";
import { ConnectionOf } from "./connection.type.js";
import { Evidence } from "./evidence.type.js";

@ObjectType({ description: "A stretch of time one actor controlled a location, read from the order of the claims." })
export class ControlPeriod {
  @Field(() => Actor)
  actor!: ActorRecord;

  @Field(() => String, { nullable: true, description: "Its first claim's date (ISO 8601); null when its claims are undated." })
  from!: string | null;

  @Field(() => String, { nullable: true, description: "The next controller's first date, else the last end date its claims give; null: still in force." })
  to!: string | null;

  @Field(() => Boolean, { description: "Every claim behind it is hedged." })
  hedged!: boolean;

  @Field(() => [Evidence], { description: "The passages behind it, oldest first." })
  evidence!: EvidenceRecord[];
}

@ObjectType()
export class ControlPeriodEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => ControlPeriod)
  node!: ControlPeriodRecord;
}

@ObjectType({ description: "Control periods, oldest first." })
export class ControlPeriodConnection extends ConnectionOf(ControlPeriodEdge) {}
