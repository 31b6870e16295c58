import type { GraphRepository } from "../graph/repository.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface ApiContext {
  repository: GraphRepository;
  loaders: Loaders;
}

/** A fresh context per request, so DataLoader caches never outlive it. */
export function createContext(repository: GraphRepository): ApiContext {
  return { repository, loaders: createLoaders(repository) };
}
