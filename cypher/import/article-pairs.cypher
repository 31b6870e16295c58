// The (type, source, target) of every claim this article holds before a re-import replaces them,
// so the derived edges they fed are recomputed too.
// params: $articleId
MATCH (:Article {id: $articleId})<-[:IN]-(claim:Claim)-[:SOURCE]->(source)
MATCH (claim)-[:TARGET]->(target)
RETURN DISTINCT claim.type AS type, source.id AS source, target.id AS target
