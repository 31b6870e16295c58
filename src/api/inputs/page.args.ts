import { ArgsType, Field, Int } from "type-graphql";
import type { PageWindow } from "../../graph/analysis.js";
import { DEFAULT_CONNECTION_SIZE, MAX_PAGE_SIZE, pageWindow } from "../pagination.js";

/** `first`/`after` of a Relay connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })
  first?: number | null = DEFAULT_CONNECTION_SIZE;

  @Field(() => String, { nullable: true, description: "A cursor from this connection: the page starts after it." })
  after?: string | null;
}

export function windowOf(args: PageArgs): PageWindow {
  return pageWindow(args.first ?? DEFAULT_CONNECTION_SIZE, args.after);
}

@ArgsType()
export class ControlsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only locations this actor controls on this ISO date, by their control history." })
  asOf?: string | null;
}
