// Deletes the article node last; the count tells the caller whether the article existed.
// params: $articleId
OPTIONAL MATCH (article:Article {id: $articleId})
DETACH DELETE article
RETURN count(article) AS deleted
