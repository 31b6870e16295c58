// Actors by name, optionally of one type ($type null: all).
// params: $type, $first
MATCH (actor:Actor)
WHERE $type IS NULL OR actor.type = $type
RETURN actor {.id, .name, .type, .aliases, .country} AS actor
ORDER BY actor.name, actor.id
LIMIT toInteger($first)
