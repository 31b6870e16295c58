import { closeGraph, connectGraph, type Graph } from "../graph/driver.js";

/** Runs one command's work on the process's graph, and always lets go of it (and of a Neo4j it started). */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await connectGraph({ log: (line) => console.error(line) });
  try {
    return await work(graph);
  } finally {
    await closeGraph();
  }
}
