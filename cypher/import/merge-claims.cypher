// One Claim per extracted relation, linked to its source, target, article and evidence sentences.
// The evidence text (a verbatim slice of the article) and its offsets sit on EVIDENCED_BY.
// params: $articleId, $rows [{id, source, target, props, evidence: [{sentenceId, text, start, end}]}]
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MATCH (source:Actor {id: row.source})
OPTIONAL MATCH (targetActor:Actor {id: row.target})
OPTIONAL MATCH (targetLocation:Location {id: row.target})
WITH article, row, source, coalesce(targetActor, targetLocation) AS target
MERGE (claim:Claim {id: row.id})
SET claim += row.props
MERGE (claim)-[:IN]->(article)
MERGE (claim)-[:SOURCE]->(source)
MERGE (claim)-[:TARGET]->(target)
WITH claim, row
UNWIND row.evidence AS evidence
MATCH (sentence:Sentence {id: evidence.sentenceId})
MERGE (claim)-[evidenced:EVIDENCED_BY {start: toInteger(evidence.start), end: toInteger(evidence.end)}]->(sentence)
SET evidenced.text = evidence.text
