// Locations each actor in $ids has claims of controlling, most claims first, then by name and id.
// params: $ids
MATCH (anchor:Actor)-[edge:CONTROLS]->(other:Location)
WHERE anchor.id IN $ids
OPTIONAL MATCH (other)-[:WITHIN]->(parent:Location)
RETURN anchor.id AS anchor, type(edge) AS type, anchor.id AS source, other.id AS target,
       properties(edge) AS edge, other {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS other
ORDER BY edge.claims DESC, other.name, other.id
