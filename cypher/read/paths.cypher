// How two actors are connected: simple paths of up to $maxHops (at most 4) derived actor-actor edges
// of the $relations types, walked in either direction. Shortest first; at most $cap paths are
// considered, and a page of $first after $offset comes back, each hop with its edge's aggregate.
// params: $from, $to, $maxHops, $relations, $cap, $offset, $first
MATCH (start:Actor {id: $from}), (end:Actor {id: $to})
MATCH path = (start)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF*1..4]-(end)
WHERE length(path) <= $maxHops
  AND all(hop IN relationships(path) WHERE type(hop) IN $relations)
  AND all(member IN nodes(path) WHERE single(other IN nodes(path) WHERE other = member))
WITH path
ORDER BY length(path), [member IN nodes(path) | member.name]
LIMIT toInteger($cap)
WITH collect(path) AS paths
// Map projections need a variable, so each path lists its actors once and its hops by id.
RETURN size(paths) AS totalCount,
       [path IN paths[toInteger($offset)..toInteger($offset + $first)] | {
         actors: [member IN nodes(path) | member {.id, .name, .type, .aliases, .country}],
         hops: [hop IN relationships(path) | {type: type(hop), source: startNode(hop).id, target: endNode(hop).id, edge: properties(hop)}]
       }] AS page
