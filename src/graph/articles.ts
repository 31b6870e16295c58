import { runCypher } from "./cypher.js";
import type { Graph } from "./driver.js";

export async function articleExists(graph: Graph, articleId: string): Promise<boolean> {
  const [{ exists }] = await graph.read((tx) => runCypher(tx, "import/article-exists", { articleId }));
  return exists === true;
}
