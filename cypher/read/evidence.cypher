// The evidence behind each directed (type, source, target): one row per evidence span of each
// non-negated claim, oldest first.
// params: $pairs [{type, source, target}]
UNWIND $pairs AS pair
MATCH (source:Actor {id: pair.source})<-[:SOURCE]-(claim:Claim)-[:TARGET]->(target)
WHERE claim.type = pair.type AND target.id = pair.target AND NOT claim.negated
MATCH (claim)-[:IN]->(article:Article)
MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
RETURN pair.type AS type, pair.source AS source, pair.target AS target,
       evidenced.text AS text, evidenced.start AS start, evidenced.end AS end,
       claim.date AS date, claim.hedged AS hedged,
       article {.id, .title, .date, .source, .importedAt} AS article
ORDER BY date, article.id, start
