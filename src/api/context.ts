import type { Graph } from "../graph/driver.js";
import type { GraphRepository } from "../graph/repository.js";
import type { Credential } from "./auth.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every request shares: the graph the mutations write through, the repository queries read through. */
export interface ApiServices {
  graph: Graph;
  repository: GraphRepository;
}

export interface ApiContext extends ApiServices {
  loaders: Loaders;
  credential: Credential;
}

/** A fresh context per request, so DataLoader caches never outlive it. */
export function createContext({ graph, repository }: ApiServices, credential: Credential = "none"): ApiContext {
  return { graph, repository, loaders: createLoaders(repository), credential };
}
