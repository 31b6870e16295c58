/** Applies cypher/schema/*.cypher in file order. Every statement is IF NOT EXISTS, so this runs at every start. */
import { runCypher, statementNamesUnder } from "./cypher.js";
import type { Graph } from "./driver.js";

export async function applyGraphSchema(graph: Graph): Promise<void> {
  // One transaction each: Neo4j refuses to mix schema changes with other work in one transaction.
  for (const name of statementNamesUnder("schema")) {
    await graph.write((tx) => runCypher(tx, name));
  }
}
