// Locations by name, then id, optionally of one type ($type null: all): how many there are, and the
// $first after the key ($afterName, $afterId; both "" for the first page) plus one, which only says
// whether another page follows. The key is a range seek on the location_name index, read in name
// order, so a page costs the same wherever it starts.
// params: $type, $afterName, $afterId, $first
// Untyped, the total is the label's count from the count store; of a type, a label scan.
WITH CASE WHEN $type IS NULL THEN COUNT { (:Location) } ELSE COUNT { (location:Location) WHERE location.type = $type } END AS totalCount
CALL () {
  MATCH (location:Location)
  WHERE location.name >= $afterName AND (location.name > $afterName OR location.id > $afterId)
    AND ($type IS NULL OR location.type = $type)
  WITH location ORDER BY location.name, location.id
  LIMIT toInteger($first) + 1
  OPTIONAL MATCH (location)-[:WITHIN]->(parent:Location)
  WITH location, parent ORDER BY location.name, location.id
  RETURN collect(location {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id}) AS page
}
RETURN totalCount, page
