// The claims of each article in $ids, negated ones included (they are what the article says), in
// text order; like read/claims, with source, target and evidence; a page of $first after $offset each.
// params: $ids, $offset, $first
UNWIND $ids AS articleId
MATCH (article:Article {id: articleId})<-[:IN]-(claim:Claim)
WITH article, claim, COLLECT { MATCH (claim)-[evidenced:EVIDENCED_BY]->() RETURN evidenced.start ORDER BY evidenced.start LIMIT 1 }[0] AS position
ORDER BY position, claim.id
WITH article, collect(claim) AS claims
UNWIND range(toInteger($offset), toInteger($offset + $first) - 1) AS index
WITH article, claims, index, claims[index] AS claim
WHERE claim IS NOT NULL
MATCH (claim)-[:SOURCE]->(source:Actor)
MATCH (claim)-[:TARGET]->(target)
OPTIONAL MATCH (target:Location)-[:WITHIN]->(parent:Location)
RETURN article.id AS anchor, index, size(claims) AS totalCount,
       claim {.id, .type, .kinds, .hedged, .negated, .attributedTo, .eventDate, .eventUntil, .date} AS claim,
       source {.id, .name, .type, .aliases, .country} AS source,
       CASE WHEN target:Actor THEN "Actor" ELSE "Location" END AS targetLabel,
       target {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS target,
       article {.id, .title, .date, .source, .importedAt} AS article,
       COLLECT {
         MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
         RETURN {text: evidenced.text, start: evidenced.start, end: evidenced.end}
         ORDER BY evidenced.start
       } AS evidence
ORDER BY anchor, index
