// Every non-negated claim, from any article, behind each directed (type, source, target):
// what the derived edge aggregates.
// params: $pairs [{type, source, target}]
UNWIND $pairs AS pair
MATCH (source:Actor {id: pair.source})<-[:SOURCE]-(claim:Claim)-[:TARGET]->(target)
WHERE claim.type = pair.type AND target.id = pair.target AND NOT claim.negated
MATCH (claim)-[:IN]->(article:Article)
RETURN pair.type AS type, pair.source AS source, pair.target AS target,
       claim.kinds AS kinds, claim.hedged AS hedged, claim.eventDate AS eventDate,
       claim.eventUntil AS eventUntil, claim.date AS date, article.id AS articleId
