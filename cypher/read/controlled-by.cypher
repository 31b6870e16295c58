// Actors controlling each location in $ids.
// params: $ids
MATCH (anchor:Location)<-[edge:CONTROLS]-(other:Actor)
WHERE anchor.id IN $ids
RETURN anchor.id AS anchor, type(edge) AS type, other.id AS source, anchor.id AS target,
       properties(edge) AS edge, other {.id, .name, .type, .aliases, .country} AS other
ORDER BY edge.claims DESC, other.name
