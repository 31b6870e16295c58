/** Whole-graph views the reliability checks compare: before and after, racing and alone, killed and clean. */
import { runCypher } from "../../../src/graph/cypher.js";
import type { Graph } from "../../../src/graph/driver.js";
import { GraphRepository } from "../../../src/graph/repository.js";

/** Node counts by label, relationship counts by type, and every derived edge with its aggregates. */
export async function graphSnapshot(graph: Graph) {
  const derivedEdges = await graph.read((tx) => runCypher(tx, "admin/derived-edges"));
  return { ...(await new GraphRepository(graph).counts()), derivedEdges };
}

/**
 * The snapshot without POSSIBLY_SAME_AS, and that count apart. Those edges are suggestions made when an
 * actor is first seen, against the actors already committed: imports running side by side (the kg
 * import's own concurrency included) do not see each other's new actors, so their number depends on
 * timing and order, unlike everything else the comparison checks.
 */
export function apartFromSuggestions(snapshot: Awaited<ReturnType<typeof graphSnapshot>>) {
  const { POSSIBLY_SAME_AS: possiblySameAs = 0, ...relationships } = snapshot.relationships;
  return { graph: { ...snapshot, relationships }, possiblySameAs };
}

export async function duplicates(graph: Graph): Promise<{ duplicateNodes: number; duplicateRelationships: number }> {
  const [row] = await graph.read((tx) => runCypher(tx, "admin/duplicates"));
  return { duplicateNodes: row!.duplicateNodes as number, duplicateRelationships: row!.duplicateRelationships as number };
}

export interface ArticleContents {
  id: string;
  source: string;
  claims: number;
  evidence: number;
  sentences: number;
  mentions: number;
}

export async function articleContents(graph: Graph): Promise<ArticleContents[]> {
  return (await graph.read((tx) => runCypher(tx, "admin/article-contents"))) as unknown as ArticleContents[];
}
