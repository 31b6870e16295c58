// Like actor-by-name, for locations.
// params: $phrase, $key
CALL db.index.fulltext.queryNodes("location_names", $phrase) YIELD node AS location
WHERE $key IN location.lookupKeys
WITH location,
     CASE
       WHEN toLower(location.name) = $key THEN 0
       WHEN any(alias IN location.aliases WHERE toLower(alias) = $key) THEN 1
       ELSE 2
     END AS rank,
     COUNT { (location)<-[:TARGET]-(:Claim) } AS claims
ORDER BY rank, claims DESC, location.id
LIMIT 1
OPTIONAL MATCH (location)-[:WITHIN]->(parent:Location)
RETURN location {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS location
