import { Field, ID, InputType } from "type-graphql";
import type { RelationType, SupportKind } from "../../extract/types.js";
import type { ClaimQuery } from "../../graph/repository.js";
import { checkDate } from "../arguments.js";
import { RelationTypeEnum, SupportKindEnum } from "../types/enums.js";

@InputType({ description: "Which claims to list; every field narrows, none given: all non-negated claims." })
export class ClaimFilterInput {
  @Field(() => ID, { nullable: true, description: "Claims with this actor at either end." })
  actor?: string | null;

  @Field(() => RelationTypeEnum, { nullable: true })
  type?: RelationType | null;

  @Field(() => [SupportKindEnum], { nullable: true, description: "SUPPORTS claims of one of these kinds (UNSPECIFIED: no kind stated)." })
  kinds?: SupportKind[] | null;

  @Field(() => String, { nullable: true, description: "Claims ending on or after this ISO date." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "Claims starting on or before this ISO date." })
  until?: string | null;

  @Field(() => String, { nullable: true, description: "Claims dated on or before this ISO date." })
  asOf?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  includeHedged: boolean = true;

  @Field(() => Boolean, { defaultValue: false, description: 'true: also what articles deny ("denies arming").' })
  includeNegated: boolean = false;
}

export function claimQuery(filter: ClaimFilterInput | null | undefined): ClaimQuery {
  return {
    actor: filter?.actor ?? null,
    type: filter?.type ?? null,
    kinds: filter?.kinds?.length ? [...filter.kinds] : null,
    since: checkDate("since", filter?.since),
    until: checkDate("until", filter?.until),
    asOf: checkDate("asOf", filter?.asOf),
    includeHedged: filter?.includeHedged ?? true,
    includeNegated: filter?.includeNegated ?? false,
  };
}
