// The actors and locations this article mentions that no other article mentions and no remaining
// claim names (the second check also spares entities of articles imported before MENTIONS existed).
// Run after the article's claims are gone and before the article itself.
// params: $articleId
MATCH (article:Article {id: $articleId})-[:MENTIONS]->(entity)
WHERE NOT EXISTS { (entity)<-[:MENTIONS]-(other:Article) WHERE other <> article }
  AND NOT EXISTS { (entity)<-[:SOURCE|TARGET]-(:Claim) }
DETACH DELETE entity
