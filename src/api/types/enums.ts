/** The Extraction contract's closed lists, as GraphQL enums. */
import { registerEnumType } from "type-graphql";
import { ACTOR_TYPES, LOCATION_TYPES, RELATION_TYPES, SUPPORT_KINDS } from "../../extract/types.js";

function enumObject<const T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ActorTypeEnum = enumObject(ACTOR_TYPES);
export const LocationTypeEnum = enumObject(LOCATION_TYPES);
export const RelationTypeEnum = enumObject(RELATION_TYPES);
export const SupportKindEnum = enumObject(SUPPORT_KINDS);

registerEnumType(ActorTypeEnum, { name: "ActorType", description: "What kind of party an actor is." });
registerEnumType(LocationTypeEnum, { name: "LocationType" });
registerEnumType(RelationTypeEnum, { name: "RelationType", description: "The relations claims assert between actors (CONTROLS: actor → location)." });
registerEnumType(SupportKindEnum, {
  name: "SupportKind",
  description: "The UCDP External Support Dataset's types of support, plus UNSPECIFIED for a bare \"support\".",
});
