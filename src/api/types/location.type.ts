import { Field, Float, ID, ObjectType } from "type-graphql";
import type { LocationType } from "../../extract/types.js";
import { LocationTypeEnum } from "./enums.js";

@ObjectType()
export class Location {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocationTypeEnum)
  type!: LocationType;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code of the country it is in." })
  country!: string | null;

  @Field(() => Float, { nullable: true })
  lat!: number | null;

  @Field(() => Float, { nullable: true })
  lon!: number | null;
}
