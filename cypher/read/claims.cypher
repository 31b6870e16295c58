// Claims matching $filter {actor, type, kinds, since, until, asOf, includeHedged, includeNegated},
// each with its source, target, article and evidence; ordered by date (undated last), then id.
// With an actor, only that actor's claims (either end) are read; a page of $first after $offset.
// params: $filter, $offset, $first
CALL () {
  MATCH (:Actor {id: $filter.actor})<-[:SOURCE|TARGET]-(claim:Claim)
  RETURN claim
  UNION
  WITH 1 AS once WHERE $filter.actor IS NULL
  MATCH (claim:Claim)
  RETURN claim
}
WITH claim, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
WHERE ($filter.type IS NULL OR claim.type = $filter.type)
  AND ($filter.includeNegated OR NOT claim.negated)
  AND ($filter.includeHedged OR NOT claim.hedged)
  AND ($filter.kinds IS NULL OR any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
  // Dates may be partial ("2014", "2019-04"): compare them at the coarser of the two precisions.
  AND ($filter.asOf IS NULL OR left(starts, size($filter.asOf)) <= left($filter.asOf, size(starts)))
  AND ($filter.since IS NULL OR left(ends, size($filter.since)) >= left($filter.since, size(ends)))
  AND ($filter.until IS NULL OR left(starts, size($filter.until)) <= left($filter.until, size(starts)))
WITH claim, starts ORDER BY starts, claim.id
WITH collect(claim) AS claims
UNWIND claims[toInteger($offset)..toInteger($offset + $first)] AS claim
MATCH (claim)-[:SOURCE]->(source:Actor)
MATCH (claim)-[:TARGET]->(target)
MATCH (claim)-[:IN]->(article:Article)
OPTIONAL MATCH (target:Location)-[:WITHIN]->(parent:Location)
RETURN size(claims) AS totalCount,
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
ORDER BY coalesce(claim.eventDate, claim.date), claim.id
