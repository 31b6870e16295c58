// Derived edges from each actor in $ids to other actors, of the given types.
// params: $ids, $types
MATCH (anchor:Actor)-[edge]->(other:Actor)
WHERE anchor.id IN $ids AND type(edge) IN $types
RETURN anchor.id AS anchor, type(edge) AS type, anchor.id AS source, other.id AS target,
       properties(edge) AS edge, other {.id, .name, .type, .aliases, .country} AS other
ORDER BY edge.claims DESC, other.name
