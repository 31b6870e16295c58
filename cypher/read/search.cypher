// Actors and locations whose name, alias or acronym matches the Lucene query $query (built by
// src/graph/lookup.ts from user text: escaped, with exact, prefix and fuzzy terms), best first.
// At most $cap hits are ranked; a page of $first after $offset comes back.
// params: $query, $cap, $offset, $first
CALL () {
  CALL db.index.fulltext.queryNodes("actor_names", $query, {limit: toInteger($cap)}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes("location_names", $query, {limit: toInteger($cap)}) YIELD node, score
  RETURN node, score
}
WITH node, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($cap)
WITH collect({node: node, score: score}) AS hits
UNWIND hits[toInteger($offset)..toInteger($offset + $first)] AS hit
WITH size(hits) AS totalCount, hit.node AS node, hit.score AS score
OPTIONAL MATCH (node:Location)-[:WITHIN]->(parent:Location)
RETURN totalCount, score,
       CASE WHEN node:Actor THEN "Actor" ELSE "Location" END AS label,
       node {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS node
ORDER BY score DESC, node.name, node.id
