import { ArgsType, Field, Int } from "type-graphql";
import type { SupportKind } from "../../extract/types.js";
import type { ClaimFilter, PageWindow } from "../../graph/analysis.js";
import { checkDate, checkRange } from "../arguments.js";
import { DEFAULT_CONNECTION_SIZE, pageWindow } from "../pagination.js";
import { SupportKindEnum } from "../types/enums.js";

export const MAX_DEPTH = 4;

@ArgsType()
export class BackersArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: `Hops to follow, 1 (direct) to ${MAX_DEPTH}.` })
  depth?: number | null = 1;

  @Field(() => [SupportKindEnum], { nullable: true, description: "Only hops with a claim of one of these kinds." })
  kinds?: SupportKind[] | null;

  @Field(() => String, { nullable: true, description: "Only claims ending on or after this ISO date." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "Only claims starting on or before this ISO date." })
  until?: string | null;

  @Field(() => String, { nullable: true, description: "Only claims dated on or before this ISO date (undated claims drop out)." })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'false: only claims the article does not hedge ("reportedly").' })
  includeHedged?: boolean | null = true;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE })
  first?: number | null = DEFAULT_CONNECTION_SIZE;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface BackersQuery {
  depth: number;
  filter: ClaimFilter;
  window: PageWindow;
}

export function backersQuery(args: BackersArgs): BackersQuery {
  return {
    depth: checkRange("depth", args.depth ?? 1, 1, MAX_DEPTH),
    filter: {
      kinds: args.kinds?.length ? [...args.kinds] : null,
      since: checkDate("since", args.since),
      until: checkDate("until", args.until),
      asOf: checkDate("asOf", args.asOf),
      includeHedged: args.includeHedged ?? true,
    },
    window: pageWindow(args.first ?? DEFAULT_CONNECTION_SIZE, args.after),
  };
}
