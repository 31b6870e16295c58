/**
 * The benchmark's questions, each asked three ways: proxygraph's GraphQL API (the agreed analyst
 * contract; where the running build lacks it, an older form of the same question or a skip), a
 * @neo4j/graphql schema over the same labels, and the raw driver's single statement. Each way has a
 * digest of its answer, so a run checks that the three agree before it times them.
 */
import type { Row } from "../../src/graph/mappers.js";

export const CONTENDERS = ["proxygraph", "neo4j-graphql", "raw"] as const;
export type Contender = (typeof CONTENDERS)[number];

/** The inputs a dataset offers: actors to ask about, connected pairs, locations, and the as-of date. */
export interface Probe {
  actors: string[];
  pairs: { from: string; to: string }[];
  locations: { id: string; name: string }[];
  asOf: string;
}

/** One request's inputs, whatever the question: the contenders turn them into their own variables. */
export type Input = Record<string, string>;

export interface GraphqlForm {
  /** How the answer is asked, for the table ("contract", "current build"). */
  label: string;
  query: string;
  variables(input: Input): Row;
  digest(data: any): string;
}

export interface Question {
  key: string;
  title: string;
  inputs(probe: Probe): Input[];
  /** Tried in order against the running schema; the first that validates is used. */
  proxygraph: GraphqlForm[];
  neo4jGraphql: GraphqlForm;
  raw: { statement: string; params(input: Input): Row; digest(page: any): string };
}

const PAGE = 50;
const PATHS_PAGE = 10;

const sortedIds = (ids: string[]) => [...ids].sort().join(",");
const evidenceCount = (hops: any[]) => hops.reduce((sum: number, hop: any) => sum + hop.evidence.length, 0);
/** The page itself, not just its size: who, how deep, and how much evidence each path carries (ties between equally good paths may pick either). */
const backersDigest = (page: any) => `${page.totalCount}|${page.edges.map((edge: any) => `${edge.node.id}:${edge.depth}:${evidenceCount(edge.path)}`).join(",")}`;
const pathsDigest = (page: any, hopsOf: (edge: any) => any[]) =>
  `${page.totalCount}|${page.edges.map((edge: any) => [...hopsOf(edge).map((hop: any) => `${hop.from.id}>${hop.to.id}`), evidenceCount(hopsOf(edge))].join(" ")).join(",")}`;
const periodsDigest = (periods: any[]) => periods.map((period: any) => `${period.actor.id} ${period.from}..${period.to} ${period.evidence.length}`).sort().join(",");
const byActor = (probe: Probe) => probe.actors.map((id) => ({ id }));

const EVIDENCE = "evidence { text date article { id title } }";

function backersToDepth(depth: 2 | 3): Question {
  return {
    key: `backers-depth-${depth}`,
    title: `backers to depth ${depth}, with evidence`,
    inputs: byActor,
    proxygraph: [
      {
        label: "contract",
        query: `query ($id: ID!) { actor(id: $id) { id backers(depth: ${depth}, first: ${PAGE}) { totalCount edges { depth node { id name } path { from { id } to { id } kinds ${EVIDENCE} } } } } }`,
        variables: ({ id }) => ({ id }),
        digest: (data) => backersDigest(data.actor.backers),
      },
    ],
    neo4jGraphql: {
      label: "@cypher field",
      query: `query ($id: ID!) { actors(where: { id: { eq: $id } }) { id backersToDepth${depth}(first: ${PAGE}) { totalCount edges { depth node { id name } path { from { id } to { id } kinds ${EVIDENCE} } } } } }`,
      variables: ({ id }) => ({ id }),
      digest: (data) => backersDigest(data.actors[0][`backersToDepth${depth}`]),
    },
    raw: { statement: `bench/raw/backers-depth-${depth}`, params: ({ id }) => ({ id, first: PAGE }), digest: backersDigest },
  };
}

export const QUESTIONS: Question[] = [
  {
    key: "backers-depth-1",
    title: "direct backers of one actor",
    inputs: byActor,
    proxygraph: [
      {
        label: "contract",
        query: `query ($id: ID!) { actor(id: $id) { id backers(first: ${PAGE}) { totalCount edges { node { id name } kinds } } } }`,
        variables: ({ id }) => ({ id }),
        digest: (data) => sortedIds(data.actor.backers.edges.map((edge: any) => edge.node.id)),
      },
      {
        label: "current build",
        query: `query ($id: ID!) { actor(id: $id) { id backers { actor { id name } kinds } } }`,
        variables: ({ id }) => ({ id }),
        digest: (data) => sortedIds(data.actor.backers.map((edge: any) => edge.actor.id)),
      },
    ],
    neo4jGraphql: {
      label: "generated connection",
      query: `query ($id: ID!) { actors(where: { id: { eq: $id } }) { id backersConnection(first: ${PAGE}, sort: [{ edge: { claims: DESC } }]) { totalCount edges { properties { kinds } node { id name } } } } }`,
      variables: ({ id }) => ({ id }),
      digest: (data) => sortedIds(data.actors[0].backersConnection.edges.map((edge: any) => edge.node.id)),
    },
    raw: {
      statement: "bench/raw/backers-depth-1",
      params: ({ id }) => ({ id, first: PAGE }),
      digest: (page) => sortedIds(page.edges.map((edge: any) => edge.node.id)),
    },
  },
  backersToDepth(2),
  backersToDepth(3),
  {
    key: "paths",
    title: "paths between two actors (≤ 3 hops)",
    inputs: (probe) => probe.pairs,
    proxygraph: [
      {
        label: "contract",
        query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3, first: ${PATHS_PAGE}) { totalCount edges { node { length hops { from { id } to { id } type kinds ${EVIDENCE} } } } } }`,
        variables: ({ from, to }) => ({ from, to }),
        digest: (data) => pathsDigest(data.paths, (edge) => edge.node.hops),
      },
    ],
    neo4jGraphql: {
      label: "@cypher query",
      query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: ${PATHS_PAGE}) { totalCount edges { length hops { from { id } to { id } type kinds ${EVIDENCE} } } } }`,
      variables: ({ from, to }) => ({ from, to }),
      digest: (data) => pathsDigest(data.paths, (edge) => edge.hops),
    },
    raw: { statement: "bench/raw/paths", params: ({ from, to }) => ({ from, to, first: PATHS_PAGE }), digest: (page) => pathsDigest(page, (edge) => edge.hops) },
  },
  {
    key: "controlled-by",
    title: "a location's controller as of a date",
    inputs: (probe) => probe.locations.map((location) => ({ ...location, asOf: probe.asOf })),
    proxygraph: [
      {
        label: "contract",
        query: `query ($id: ID!, $asOf: String) { location(id: $id) { id controlledBy(asOf: $asOf) { edges { node { actor { id name } from to hedged ${EVIDENCE} } } } } }`,
        variables: ({ id, asOf }) => ({ id, asOf }),
        digest: (data) => periodsDigest(data.location.controlledBy.edges.map((edge: any) => edge.node)),
      },
      {
        label: "by name",
        query: `query ($name: String!, $asOf: String) { location(name: $name) { id controlledBy(asOf: $asOf) { edges { node { actor { id name } from to hedged ${EVIDENCE} } } } } }`,
        variables: ({ name, asOf }) => ({ name, asOf }),
        digest: (data) => periodsDigest(data.location.controlledBy.edges.map((edge: any) => edge.node)),
      },
      {
        label: "list (before connections)",
        query: `query ($name: String!, $asOf: String) { location(name: $name) { id controlledBy(asOf: $asOf) { actor { id name } from to hedged ${EVIDENCE} } } }`,
        variables: ({ name, asOf }) => ({ name, asOf }),
        digest: (data) => periodsDigest(data.location.controlledBy),
      },
    ],
    neo4jGraphql: {
      label: "@cypher field",
      query: `query ($id: ID!, $asOf: String!) { locations(where: { id: { eq: $id } }) { id controllersAsOf(asOf: $asOf) { actor { id name } from to hedged ${EVIDENCE} } } }`,
      variables: ({ id, asOf }) => ({ id, asOf }),
      digest: (data) => periodsDigest(data.locations[0].controllersAsOf),
    },
    raw: {
      statement: "bench/raw/controlled-by",
      params: ({ id, asOf }) => ({ id, asOf }),
      digest: periodsDigest,
    },
  },
];
