// Benchmark graph: articles as import/write-article leaves them.
// params: $rows [{id, sha256, title, date, source}]
UNWIND $rows AS row
CREATE (:Article {id: row.id, sha256: row.sha256, title: row.title, date: row.date, source: row.source, importedAt: datetime()})
