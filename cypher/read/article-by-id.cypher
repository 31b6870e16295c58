// params: $id
MATCH (article:Article {id: $id})
RETURN article {.id, .title, .date, .source, .importedAt} AS article
