// Earlier versions of an article: the same source with another text (so another id).
// params: $articleId, $source
MATCH (article:Article {source: $source})
WHERE article.id <> $articleId
RETURN article.id AS id
