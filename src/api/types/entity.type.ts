import { createUnionType } from "type-graphql";
import { isLocation } from "../../graph/analysis.js";
import { Actor } from "./actor.type.js";
import { Location } from "./location.type.js";

export const Entity = createUnionType({
  name: "Entity",
  description: "An actor or a location.",
  types: () => [Actor, Location] as const,
  resolveType: (value) => (isLocation(value as never) ? Location : Actor),
});
