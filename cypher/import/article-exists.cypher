// Whether an article with this id (the sha256 of its text) is already in the graph.
// params: $articleId
OPTIONAL MATCH (article:Article {id: $articleId})
RETURN article IS NOT NULL AS exists
