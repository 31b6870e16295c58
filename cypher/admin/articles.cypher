// Every article's id and descriptive fields, by source. Only the integration tests call this.
// params: none
MATCH (article:Article)
RETURN article.id AS id, article.source AS source, article.date AS date, article.title AS title
ORDER BY source, id
