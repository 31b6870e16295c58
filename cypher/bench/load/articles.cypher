// Benchmark graph: articles as import/merge-article leaves them.
// params: $rows [{id, sha256, title, date, source}]
UNWIND $rows AS row
CREATE (article:Article)
SET article = row, article.importedAt = datetime()
