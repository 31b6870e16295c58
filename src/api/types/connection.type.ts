import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType({ description: "Where a page ends, and whether another follows." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on an empty page." })
  endCursor!: string | null;
}

/** The Relay connection around an edge type: `class XConnection extends ConnectionOf(XEdge) {}`. */
export function ConnectionOf<Edge extends object>(edgeType: ClassType<Edge>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => Int, { description: "Items in the whole list, not only this page." })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [edgeType])
    edges!: Edge[];
  }
  return Connection;
}
