import { Field, ID, ObjectType } from "type-graphql";
import type { ActorType } from "../../extract/types.js";
import { ActorTypeEnum } from "./enums.js";

@ObjectType({ description: "A state, government, armed group, person or organisation, one node across all articles." })
export class Actor {
  @Field(() => ID, { description: 'Canonical id, e.g. "state:TUR".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActorTypeEnum)
  type!: ActorType;

  @Field(() => [String], { description: "Other names articles use, acronyms included." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code, for states and their governments." })
  country!: string | null;
}
