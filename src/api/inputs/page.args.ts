import { ArgsType, Field, Int } from "type-graphql";
import type { ActorType, LocationType } from "../../extract/types.js";
import type { KeyWindow, PageWindow } from "../../graph/analysis.js";
import { DEFAULT_CONNECTION_SIZE, keyWindow, MAX_PAGE_SIZE, pageWindow } from "../pagination.js";
import { ActorTypeEnum, LocationTypeEnum } from "../types/enums.js";

/** `first`/`after` of a Relay connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_CONNECTION_SIZE, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })
  first?: number | null = DEFAULT_CONNECTION_SIZE;

  @Field(() => String, { nullable: true, description: "A cursor from this connection: the page starts after it." })
  after?: string | null;
}

/** The window of a ranked or derived list. */
export function windowOf(args: PageArgs): PageWindow {
  return pageWindow(args.first ?? DEFAULT_CONNECTION_SIZE, args.after);
}

/** The window of a name-ordered list. */
export function keyWindowOf(args: PageArgs): KeyWindow {
  return keyWindow(args.first ?? DEFAULT_CONNECTION_SIZE, args.after);
}

@ArgsType()
export class ControlsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only locations this actor controls on this ISO date, by their control history." })
  asOf?: string | null;
}

@ArgsType()
export class ControlledByArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "The periods in force on this ISO date; without it, the ones still open." })
  asOf?: string | null;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorTypeEnum, { nullable: true, description: "Only actors of this type." })
  type?: ActorType | null;
}

@ArgsType()
export class LocationsArgs extends PageArgs {
  @Field(() => LocationTypeEnum, { nullable: true, description: "Only locations of this type." })
  type?: LocationType | null;
}

@ArgsType()
export class CampsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "A location's name: only actors the articles naming it (or a place within it) name." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Only edges first reported on or before this ISO date." })
  asOf?: string | null;
}
