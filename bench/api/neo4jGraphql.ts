/**
 * The contender a team would otherwise write: a @neo4j/graphql schema over proxygraph's labels and
 * derived relationships. Direct backers use its generated connection fields; the questions it has no
 * generated way to ask (backers to depth N with evidence, paths, control as of a date) are @cypher fields
 * whose statements live in cypher/bench/ like every other statement.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { statement } from "../../src/graph/cypher.js";

/** An @cypher directive over a statement of cypher/; JSON string escapes are valid GraphQL string escapes. */
function cypher(name: string, columnName: string): string {
  return `@cypher(statement: ${JSON.stringify(statement(name).text)}, columnName: ${JSON.stringify(columnName)})`;
}

export function neo4jGraphqlTypeDefs(): string {
  return /* GraphQL */ `
    type Actor @node {
      id: ID!
      name: String!
      type: String!
      backers: [Actor!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Support")
      backing: [Actor!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Support")
      allies: [Actor!]! @relationship(type: "ALLIED_WITH", direction: OUT, properties: "Relation")
      controls: [Location!]! @relationship(type: "CONTROLS", direction: OUT, properties: "Relation")
      claims: [Claim!]! @relationship(type: "SOURCE", direction: IN)
      backersToDepth2(first: Int = 50): BackerPage! ${cypher("bench/neo4j-graphql/actor-backers-depth-2", "page")}
      backersToDepth3(first: Int = 50): BackerPage! ${cypher("bench/neo4j-graphql/actor-backers-depth-3", "page")}
    }

    type Location @node {
      id: ID!
      name: String!
      type: String!
      controlledBy: [Actor!]! @relationship(type: "CONTROLS", direction: IN, properties: "Relation")
      controllersAsOf(asOf: String!): [ControlPeriod!]! ${cypher("bench/neo4j-graphql/location-controlled-by", "page")}
    }

    type Claim @node {
      id: ID!
      type: String!
      kinds: [String!]!
      hedged: Boolean!
      negated: Boolean!
      date: String
      source: [Actor!]! @relationship(type: "SOURCE", direction: OUT)
      articles: [Article!]! @relationship(type: "IN", direction: OUT)
      sentences: [Sentence!]! @relationship(type: "EVIDENCED_BY", direction: OUT, properties: "Evidenced")
    }

    type Sentence @node {
      id: ID!
      text: String!
    }

    type Article @node {
      id: ID!
      title: String
      date: String
    }

    type Support @relationshipProperties {
      kinds: [String!]!
      kind: String
      hedged: Boolean!
      claims: Int!
      articles: Int!
      firstDate: String
      lastDate: String
    }

    type Relation @relationshipProperties {
      hedged: Boolean!
      claims: Int!
      articles: Int!
      firstDate: String
      lastDate: String
    }

    type Evidenced @relationshipProperties {
      text: String!
      start: Int!
      end: Int!
    }

    type ActorRef {
      id: ID!
      name: String!
    }

    type ArticleRef {
      id: ID!
      title: String
      date: String
    }

    type EvidenceRef {
      text: String!
      start: Int
      end: Int
      date: String
      hedged: Boolean!
      article: ArticleRef!
    }

    type Hop {
      from: ActorRef!
      to: ActorRef!
      type: String
      kinds: [String!]!
      evidence: [EvidenceRef!]!
    }

    type BackerHit {
      node: ActorRef!
      depth: Int!
      path: [Hop!]!
    }

    type BackerPage {
      totalCount: Int!
      edges: [BackerHit!]!
    }

    type PathHit {
      length: Int!
      hops: [Hop!]!
    }

    type PathPage {
      totalCount: Int!
      edges: [PathHit!]!
    }

    type ControlPeriod {
      actor: ActorRef!
      from: String
      to: String
      hedged: Boolean!
      evidence: [EvidenceRef!]!
    }

    type Query {
      paths(from: ID!, to: ID!, first: Int = 10): PathPage! ${cypher("bench/raw/paths", "page")}
    }
  `;
}

export function buildNeo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver }).getSchema();
}
