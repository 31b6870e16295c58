import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What importArticle did." })
export class ImportArticlePayload {
  @Field(() => ID, { description: "The article's id: sha256 of its text, the same for the same text wherever it comes from." })
  articleId!: string;

  @Field(() => Boolean, { description: "false when this exact text was already in the graph: importing it again changed nothing." })
  created!: boolean;

  @Field(() => Int, { description: "Claims extracted from the article." })
  claims!: number;

  @Field(() => Int, { description: "Actors the article mentions or makes claims about." })
  actors!: number;

  @Field(() => Int, { description: "Locations the article mentions." })
  locations!: number;
}

@ObjectType({ description: "What retractArticle did." })
export class RetractArticlePayload {
  @Field(() => ID, { description: "The retracted article: its claims, evidence and the entities only it mentioned are gone." })
  articleId!: string;
}
