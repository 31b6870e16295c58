import { articleVersions } from "./derivedEdges.js";
import type { Graph } from "./driver.js";

export async function articleExists(graph: Graph, articleId: string): Promise<boolean> {
  return (await graph.read((tx) => articleVersions(tx, articleId))).exists;
}
