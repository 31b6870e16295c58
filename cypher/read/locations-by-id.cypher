// params: $ids
MATCH (location:Location)
WHERE location.id IN $ids
OPTIONAL MATCH (location)-[:WITHIN]->(parent:Location)
RETURN location {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS location
