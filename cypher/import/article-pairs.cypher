// The (type, source, target) of every claim this article holds before a re-import replaces them, and
// of the claims of earlier versions of it (same source, other text), which the import replaces, so
// the derived edges they fed are recomputed too. Two index seeks, not a scan for the OR.
// params: $articleId, $source
CALL () {
  MATCH (article:Article {id: $articleId}) RETURN article
  UNION
  MATCH (article:Article {source: $source}) RETURN article
}
MATCH (article)<-[:IN]-(claim:Claim)-[:SOURCE]->(source)
MATCH (claim)-[:TARGET]->(target)
RETURN DISTINCT claim.type AS type, source.id AS source, target.id AS target
