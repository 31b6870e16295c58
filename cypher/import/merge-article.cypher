// Upserts the article. importedAt is set once, so importing the same text again changes nothing.
// params: $article {id, sha256, title, date, source}
MERGE (article:Article {id: $article.id})
ON CREATE SET article.importedAt = datetime()
SET article.sha256 = $article.sha256,
    article.title = $article.title,
    article.date = $article.date,
    article.source = coalesce($article.source, article.source)
