import { Field, Int, ObjectType } from "type-graphql";
import { Article } from "./article.type.js";

@ObjectType({ description: "A passage of an article that asserts a relation." })
export class Evidence {
  @Field(() => String, { description: "Verbatim text of the article." })
  text!: string;

  @Field(() => Article)
  article!: Article;

  @Field(() => String, { nullable: true, description: "The date the article reports it (ISO 8601)." })
  date!: string | null;

  @Field(() => Boolean, { description: 'The article hedges it ("reportedly", "allegedly").' })
  hedged!: boolean;

  @Field(() => String, { nullable: true, description: 'Who the article says it comes from ("UN experts").' })
  attributedTo!: string | null;

  @Field(() => Int, { nullable: true, description: "Offset of the text in the article (UTF-16 code units)." })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: "Offset just past the text." })
  end!: number | null;
}
