/**
 * Every actor of a type, walking the actors connection a page at a time:
 *   npm run example:all-actors -- STATE
 * Each page starts after the previous page's endCursor, until hasNextPage is false.
 */
import { fileURLToPath } from "node:url";
import { createClient, type Request } from "./client.js";
import { ActorsDocument, type ActorsQuery, type ActorType } from "./generated/graphql.js";

export type ListedActor = ActorsQuery["actors"]["edges"][number]["node"];

export async function allActors(request: Request, type: ActorType | null, pageSize = 200): Promise<ListedActor[]> {
  const actors: ListedActor[] = [];
  let after: string | null = null;
  for (;;) {
    const { actors: page }: ActorsQuery = await request(ActorsDocument, { type, first: pageSize, after });
    actors.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return actors;
    after = page.pageInfo.endCursor;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const type = (process.argv[2] ?? null) as ActorType | null;
  const request = createClient({ url: process.env.PROXYGRAPH_URL ?? "http://localhost:4000/graphql", apiKey: process.env.PROXYGRAPH_API_KEY });
  for (const actor of await allActors(request, type)) console.log(`${actor.id}\t${actor.name}\t${actor.type}`);
}
