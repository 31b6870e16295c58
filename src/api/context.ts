import type { Graph } from "../graph/driver.js";
import { GraphRepository } from "../graph/repository.js";
import type { Credential } from "./auth.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface ApiContext {
  /** For the mutations, which write through the importer; queries read through the repository. */
  graph: Graph;
  repository: GraphRepository;
  loaders: Loaders;
  credential: Credential;
}

/** A fresh context per request, so DataLoader caches never outlive it. */
export function createContext(graph: Graph, credential: Credential = "none"): ApiContext {
  const repository = new GraphRepository(graph);
  return { graph, repository, loaders: createLoaders(repository), credential };
}
