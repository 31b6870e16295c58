// How two actors are connected: simple paths of up to $maxHops (at most 4) derived actor-actor edges
// of the $relations types, walked in either direction. Shortest first; at most $cap paths are
// considered, and a page of $first after $offset comes back, each hop with its edge's aggregate and,
// with $withEvidence, its evidence: the non-negated claims of its type between its ends (both ways for
// the $symmetric types), read for the page's distinct edges only.
// params: $from, $to, $maxHops, $relations, $symmetric, $cap, $offset, $first, $withEvidence
MATCH (start:Actor {id: $from}), (end:Actor {id: $to})
// One branch per length, each skipped past $maxHops, so no path longer than asked is ever expanded.
CALL (start, end) {
  MATCH path = (start)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF]-(end) RETURN path
  UNION ALL
  MATCH path = (start)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF*2]-(end) WHERE $maxHops >= 2 RETURN path
  UNION ALL
  MATCH path = (start)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF*3]-(end) WHERE $maxHops >= 3 RETURN path
  UNION ALL
  MATCH path = (start)-[:SUPPORTS|ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF*4]-(end) WHERE $maxHops >= 4 RETURN path
}
WITH path
WHERE all(hop IN relationships(path) WHERE type(hop) IN $relations)
  AND all(member IN nodes(path) WHERE single(other IN nodes(path) WHERE other = member))
WITH path
ORDER BY length(path), [member IN nodes(path) | member.name]
LIMIT toInteger($cap)
WITH collect(path) AS paths
WITH size(paths) AS totalCount, paths[toInteger($offset)..toInteger($offset + $first)] AS page
CALL (page) {
  UNWIND page AS path
  UNWIND relationships(path) AS hop
  WITH DISTINCT hop WHERE $withEvidence
  WITH hop, startNode(hop) AS source, endNode(hop) AS target
  CALL (hop, source, target) {
    CALL (hop, source, target) {
      MATCH (source)<-[:SOURCE]-(claim:Claim)-[:TARGET]->(target) WHERE claim.type = type(hop) RETURN claim
      UNION
      MATCH (target)<-[:SOURCE]-(claim:Claim)-[:TARGET]->(source) WHERE claim.type = type(hop) AND type(hop) IN $symmetric RETURN claim
    }
    WITH claim WHERE NOT claim.negated
    MATCH (claim)-[:IN]->(article:Article)
    MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
    WITH claim, article, evidenced ORDER BY claim.date, article.id, evidenced.start
    RETURN collect({text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
                    attributedTo: claim.attributedTo, article: article {.id, .title, .date, .source, .importedAt}}) AS evidence
  }
  RETURN collect({key: elementId(hop), evidence: evidence}) AS evidence
}
// Map projections need a variable, so each path lists its actors once and its hops by id.
RETURN totalCount,
       [path IN page | {
         actors: [member IN nodes(path) | member {.id, .name, .type, .aliases, .country}],
         hops: [hop IN relationships(path) | {key: elementId(hop), type: type(hop), source: startNode(hop).id, target: endNode(hop).id, edge: properties(hop)}]
       }] AS page,
       evidence
