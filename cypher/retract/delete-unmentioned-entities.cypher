// The actors and locations this article mentions that no other article mentions, no remaining claim
// names, and no analyst correction (alias, merge) points at: corrections are kept data.
// Degree checks only, so a much-mentioned actor costs no scan. Run after the article's claims are
// gone and before the article itself.
// params: $articleId
MATCH (article:Article {id: $articleId})-[:MENTIONS]->(entity)
WHERE COUNT { (entity)<-[:MENTIONS]-() } = 1
  AND NOT EXISTS { (entity)<-[:SOURCE|TARGET]-() }
  AND NOT EXISTS { (entity)<-[:ALIAS_OF|MERGED_INTO]-() }
DETACH DELETE entity
