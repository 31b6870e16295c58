// params: $type, $first
MATCH (location:Location)
WHERE $type IS NULL OR location.type = $type
OPTIONAL MATCH (location)-[:WITHIN]->(parent:Location)
RETURN location {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS location
ORDER BY location.name, location.id
LIMIT toInteger($first)
