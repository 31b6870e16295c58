// Benchmark question 3, the raw driver's single statement (also @neo4j/graphql's Query.paths @cypher field):
// the simple paths of up to 3 actor-actor edges, either direction, between two actors, shortest first,
// with every hop's evidence. A hop is given in its edge's direction; alliances and oppositions read the
// claims of both directions, as the derived edge does.
// params: $from, $to, $first
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH path = (a)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF*1..3]-(b)
WHERE all(node IN nodes(path) WHERE single(other IN nodes(path) WHERE other = node))
WITH path
// Ties in the order proxygraph pages them: by the names along the path.
ORDER BY length(path), [node IN nodes(path) | node.name]
WITH collect(path) AS paths
CALL (paths) {
  UNWIND paths[0..$first] AS path
  CALL (path) {
    UNWIND relationships(path) AS hop
    WITH hop, startNode(hop) AS from, endNode(hop) AS to
    CALL (hop, from, to) {
      MATCH (from)<-[:SOURCE|TARGET]-(claim:Claim)-[:SOURCE|TARGET]->(to)
      WHERE claim.type = type(hop) AND NOT claim.negated
        AND (type(hop) IN ["ALLIED_WITH", "OPPOSES"] OR (claim)-[:SOURCE]->(from))
      MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
      MATCH (claim)-[:IN]->(article:Article)
      RETURN collect({text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
                      article: article {.id, .title, .date}}) AS evidence
    }
    RETURN collect({from: from {.id, .name}, to: to {.id, .name}, type: type(hop), kinds: coalesce(hop.kinds, []), evidence: evidence}) AS hops
  }
  RETURN collect({length: length(path), hops: hops}) AS edges
}
RETURN {totalCount: size(paths), edges: edges} AS page
