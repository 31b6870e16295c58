import { createUnionType } from "type-graphql";
import { isLocation } from "../../graph/analysis.js";
import { Actor } from "./actor.type.js";
import { Location } from "./location.type.js";

export const ENTITY_TYPE_NAME = "Entity";

/** Which object type an entity record is, answered at once (see buildApiSchema for why it must be). */
export function entityTypeName(value: unknown): "Actor" | "Location" {
  return isLocation(value as never) ? "Location" : "Actor";
}

export const Entity = createUnionType({
  name: ENTITY_TYPE_NAME,
  description: "An actor or a location.",
  types: () => [Actor, Location] as const,
  resolveType: entityTypeName,
});
