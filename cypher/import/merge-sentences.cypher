// The article's sentences that evidence a claim.
// params: $articleId, $rows [{id, index, text, start, end}]
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (sentence:Sentence {id: row.id})
SET sentence.index = toInteger(row.index), sentence.text = row.text,
    sentence.start = toInteger(row.start), sentence.end = toInteger(row.end)
MERGE (sentence)-[:IN]->(article)
