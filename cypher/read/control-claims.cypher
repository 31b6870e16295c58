// Every non-negated CONTROLS claim on each location in $ids, with its dates and evidence, oldest first
// (undated last): what a location's control history is built from.
// params: $ids
UNWIND $ids AS locationId
MATCH (:Location {id: locationId})<-[:TARGET]-(claim:Claim {type: "CONTROLS"})-[:SOURCE]->(actor:Actor)
WHERE NOT claim.negated
MATCH (claim)-[:IN]->(article:Article)
WITH locationId, claim, actor, article, coalesce(claim.eventDate, claim.date) AS starts
ORDER BY starts, article.id, claim.id
RETURN locationId AS location, actor {.id, .name, .type, .aliases, .country} AS actor,
       starts, claim.eventUntil AS until, claim.date AS reported, claim.hedged AS hedged,
       COLLECT {
         MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
         RETURN {text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
                 attributedTo: claim.attributedTo, article: article {.id, .title, .date, .source, .importedAt}}
         ORDER BY evidenced.start
       } AS evidence
