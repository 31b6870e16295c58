/**
 * How many planted relations an extraction recovers, by relation type. A planted relation is found
 * when the extraction has a relation of its type whose ends are entities named (or aliased) as planted.
 */
import type { Extraction, RelationType } from "../../src/extract/types.js";
import { SYMMETRIC_RELATIONS } from "../../src/graph/edges.js";
import type { PlantedRelation } from "./templates.js";

export type RecallByType = Partial<Record<RelationType, { planted: number; found: number }>>;

export function addRecall(recall: RecallByType, planted: readonly PlantedRelation[], extraction: Extraction): void {
  const namesById = new Map([...extraction.actors, ...extraction.locations].map((entity) => [entity.id, new Set([entity.name, ...entity.aliases].map(lower))]));
  const named = (id: string, name: string) => namesById.get(id)?.has(lower(name)) ?? false;
  for (const relation of planted) {
    const found = extraction.relations.some(
      (extracted) =>
        extracted.type === relation.type &&
        !extracted.negated &&
        ((named(extracted.source, relation.source) && named(extracted.target, relation.target)) ||
          (SYMMETRIC_RELATIONS.has(relation.type) && named(extracted.source, relation.target) && named(extracted.target, relation.source))),
    );
    const tally = (recall[relation.type] ??= { planted: 0, found: 0 });
    tally.planted += 1;
    if (found) tally.found += 1;
  }
}

function lower(name: string): string {
  return name.toLowerCase();
}
