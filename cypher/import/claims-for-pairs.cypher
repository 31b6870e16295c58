// Every non-negated claim, from any article, behind each derived edge: what the edge aggregates.
// Claims carry their edge's key (src/graph/edges.ts pairKey), so this is an index seek per edge
// instead of a walk over a much-cited actor's claims.
// params: $pairKeys
UNWIND $pairKeys AS pairKey
MATCH (claim:Claim {pairKey: pairKey})
WHERE NOT claim.negated
MATCH (claim)-[:IN]->(article:Article)
RETURN pairKey, claim.kinds AS kinds, claim.hedged AS hedged, claim.eventDate AS eventDate,
       claim.eventUntil AS eventUntil, claim.date AS date, article.id AS articleId
