// Benchmark question 1, the raw driver's single statement: the direct backers of one actor, with the
// kinds of support, most-claimed first, as one page ({totalCount, edges}).
// params: $id, $first
MATCH (target:Actor {id: $id})<-[edge:SUPPORTS]-(backer:Actor)
WITH backer, edge
ORDER BY edge.claims DESC, backer.name
WITH collect({node: backer {.id, .name}, depth: 1, kinds: edge.kinds}) AS edges
RETURN {totalCount: size(edges), edges: edges[0..$first]} AS page
