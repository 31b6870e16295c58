import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An imported news article." })
export class Article {
  @Field(() => ID, { description: "sha256 of the article's text." })
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Publication date, ISO 8601." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "Where the text came from, e.g. its file name." })
  source!: string | null;
}
