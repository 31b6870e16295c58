// What the graph holds of an article (by id, the sha256 of its text) and of its earlier versions (same
// source, other text), in one statement: whether this text is imported already, the earlier versions'
// ids, which an import replaces, and the (type, source, target) of every claim either holds, whose
// derived edges are recomputed. The UNION is two index seeks, not a scan for an OR.
// params: $articleId, $source
OPTIONAL MATCH (known:Article {id: $articleId})
CALL () {
  OPTIONAL MATCH (earlier:Article {source: $source})
  WHERE earlier.id <> $articleId
  RETURN collect(earlier.id) AS replaced
}
CALL () {
  CALL () {
    MATCH (article:Article {id: $articleId}) RETURN article
    UNION
    MATCH (article:Article {source: $source}) RETURN article
  }
  MATCH (article)<-[:IN]-(claim:Claim)-[:SOURCE]->(source)
  MATCH (claim)-[:TARGET]->(target)
  WITH DISTINCT claim.type AS type, source.id AS sourceId, target.id AS targetId
  RETURN collect({type: type, source: sourceId, target: targetId}) AS pairs
}
RETURN known IS NOT NULL AS exists, replaced, pairs
