/** What the benchmark asks about in a dataset: actors spread over its ids, pairs three hops apart, locations. */
import { runCypher } from "../../src/graph/cypher.js";
import type { Graph } from "../../src/graph/driver.js";
import type { Probe } from "../api/questions.js";
import { actorId, CONTROL_AS_OF, locationId, locationName, shapeOf, type DatasetSpec } from "./dataset.js";

const ASKED = 24;
/** A prime stride spreads the asked indexes over the whole range. */
const STRIDE = 7_919;

export async function probeDataset(graph: Graph, spec: DatasetSpec): Promise<Probe> {
  const shape = shapeOf(spec);
  const spread = (count: number) => Array.from({ length: Math.min(ASKED, count) }, (_, k) => (k * STRIDE + 1) % count);
  const actors = spread(shape.actors).map((i) => actorId(spec, i));
  const pairs = await graph.read((tx) => runCypher(tx, "bench/probe/path-pairs", { ids: actors }));
  return {
    actors,
    pairs: pairs.map((row) => ({ from: row.from as string, to: row.to as string })),
    locations: spread(shape.locations).map((i) => ({ id: locationId(spec, i), name: locationName(spec, i) })),
    asOf: CONTROL_AS_OF,
  };
}
