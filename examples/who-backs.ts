/**
 * Who backs an actor, with what, and where it is said:
 *   npm run example:who-backs -- "LNA"
 * PROXYGRAPH_URL (default http://localhost:4000/graphql) and PROXYGRAPH_API_KEY (if queries are closed).
 */
import { fileURLToPath } from "node:url";
import { createClient, type Request } from "./client.js";
import { WhoBacksDocument, type WhoBacksQuery } from "./generated/graphql.js";

export type Backer = NonNullable<WhoBacksQuery["actor"]>["backers"]["edges"][number];

/** The direct hop from the backer to the actor asked about: its evidence and hedging. */
const hopOf = (backer: Backer) => backer.path[0];

/** The actor's direct backers, strongest evidence first: unhedged before hedged, then by number of sources. */
export async function whoBacks(request: Request, name: string): Promise<{ actor: string; backers: Backer[] } | null> {
  const { actor } = await request(WhoBacksDocument, { name });
  if (actor === null) return null;
  const backers = [...actor.backers.edges].sort((a, b) => Number(hopOf(a).hedged) - Number(hopOf(b).hedged) || hopOf(b).evidence.length - hopOf(a).evidence.length);
  return { actor: actor.name, backers };
}

export function formatBacker(backer: Backer): string {
  const hop = hopOf(backer);
  const quote = hop.evidence[0];
  const where = quote ? ` — "${quote.text}" (${quote.article.title ?? quote.article.source ?? "untitled"}, ${quote.date ?? quote.article.date ?? "undated"})` : "";
  return `${backer.node.name} [${backer.node.type}] ${backer.kinds.join("+")}${hop.hedged ? " (hedged)" : ""}${where}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2] ?? "LNA";
  const request = createClient({ url: process.env.PROXYGRAPH_URL ?? "http://localhost:4000/graphql", apiKey: process.env.PROXYGRAPH_API_KEY });
  const found = await whoBacks(request, name);
  if (found === null) {
    console.error(`no actor named "${name}"`);
    process.exitCode = 1;
  } else {
    console.log(`${found.actor}: ${found.backers.length} backer(s)`);
    for (const backer of found.backers) console.log(`  ${formatBacker(backer)}`);
  }
}
