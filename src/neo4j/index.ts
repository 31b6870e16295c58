/** Provisioning of the local Neo4j: see ensureLocalNeo4j. Nothing else of this folder is public. */
export { ensureLocalNeo4j, type EnsureLocalNeo4jOptions } from "./ensureLocalNeo4j.js";
export type { LocalNeo4j } from "./localServer.js";
export { Neo4jProvisionError } from "./errors.js";
export { startRestartableNeo4j, type RestartableNeo4j } from "./restartableInstance.js";
