// The neighbourhood of actor $id for graph visualisation: every actor or location within $depth
// (at most 3) derived edges of the $relations types, either direction, nearest first and at most
// $maxNodes of them; then the edges of those types between those nodes, most claims first and at most
// $maxEdges of them, with how many there were.
// params: $id, $depth, $relations, $maxNodes, $maxEdges
MATCH (center:Actor {id: $id})
OPTIONAL MATCH path = (center)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF|CONTROLS*1..3]-(other)
WHERE length(path) <= $depth AND all(edge IN relationships(path) WHERE type(edge) IN $relations)
WITH center, other, min(length(path)) AS distance
ORDER BY distance, other.name, other.id
WITH center, [node IN collect(other) WHERE node <> center] AS others
WITH center, others[..toInteger($maxNodes) - 1] AS others, size(others) + 1 AS reachable
WITH [center] + others AS members, reachable
CALL (members) {
  UNWIND members AS source
  MATCH (source)-[edge]->(target)
  WHERE type(edge) IN $relations AND target IN members
  WITH source, edge, target ORDER BY edge.claims DESC, type(edge), source.id, target.id
  WITH collect({type: type(edge), source: source.id, target: target.id, props: properties(edge)}) AS edges
  RETURN edges[..toInteger($maxEdges)] AS edges, size(edges) AS edgesReachable
}
UNWIND members AS member
OPTIONAL MATCH (member:Location)-[:WITHIN]->(parent:Location)
RETURN reachable, edges, edgesReachable,
       collect({label: CASE WHEN member:Actor THEN "Actor" ELSE "Location" END,
                node: member {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id}}) AS nodes
