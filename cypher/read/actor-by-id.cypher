// params: $id
MATCH (actor:Actor {id: $id})
RETURN actor {.id, .name, .type, .aliases, .country} AS actor
