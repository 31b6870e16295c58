// Benchmark graph: actor→actor claims with their evidence sentence, as import/write-article
// leaves them.
// params: $rows [{articleId, source, target, claim, sentence: {id, index, text, start, end}}]
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MATCH (source:Actor {id: row.source})
MATCH (target:Actor {id: row.target})
CREATE (sentence:Sentence {id: row.sentence.id, index: toInteger(row.sentence.index), text: row.sentence.text,
                           start: toInteger(row.sentence.start), end: toInteger(row.sentence.end)})-[:IN]->(article)
CREATE (claim:Claim {id: row.claim.id, type: row.claim.type, kinds: row.claim.kinds, kind: row.claim.kind, hedged: row.claim.hedged,
                     negated: row.claim.negated, attributedTo: row.claim.attributedTo, eventDate: row.claim.eventDate,
                     eventUntil: row.claim.eventUntil, date: row.claim.date})
CREATE (claim)-[:IN]->(article)
CREATE (claim)-[:SOURCE]->(source)
CREATE (claim)-[:TARGET]->(target)
CREATE (claim)-[:EVIDENCED_BY {start: toInteger(row.sentence.start), end: toInteger(row.sentence.end), text: row.sentence.text}]->(sentence)
