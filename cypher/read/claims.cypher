// Claims matching $filter {actor, type, kinds, since, until, asOf, includeHedged, includeNegated},
// each with its source, target, article and evidence; ordered by date (undated last), then id.
// With an actor, only that actor's claims (either end) are read; a page of $first after $offset.
// params: $filter, $offset, $first
// The start is the most selective index seek the filter allows, always a superset of what it keeps:
// the actor's claims; else one type's (kinds are SUPPORTS kinds); else, for asOf/until, the claims
// starting by then (a partial date at or before "2020-05" at the coarser precision sorts at or before
// "2020-05~"); else, for since, those whose event or article date reaches since's year; else all claims.
WITH coalesce($filter.type, CASE WHEN $filter.kinds IS NOT NULL THEN "SUPPORTS" END) AS type,
     coalesce($filter.asOf, $filter.until) + "~" AS upper,
     left($filter.since, 4) AS lower
CALL (type, upper, lower) {
  MATCH (:Actor {id: $filter.actor})<-[:SOURCE|TARGET]-(claim:Claim)
  RETURN claim
  UNION
  WITH type WHERE $filter.actor IS NULL AND type IS NOT NULL
  MATCH (claim:Claim {type: type})
  RETURN claim
  UNION
  WITH upper WHERE $filter.actor IS NULL AND type IS NULL AND upper IS NOT NULL
  MATCH (claim:Claim) WHERE claim.eventDate <= upper
  RETURN claim
  UNION
  WITH upper WHERE $filter.actor IS NULL AND type IS NULL AND upper IS NOT NULL
  MATCH (claim:Claim) WHERE claim.date <= upper AND claim.eventDate IS NULL
  RETURN claim
  UNION
  WITH lower WHERE $filter.actor IS NULL AND type IS NULL AND upper IS NULL AND lower IS NOT NULL
  CALL (lower) {
    MATCH (claim:Claim) WHERE claim.eventUntil >= lower RETURN claim
    UNION
    MATCH (claim:Claim) WHERE claim.eventDate >= lower RETURN claim
    UNION
    MATCH (claim:Claim) WHERE claim.date >= lower RETURN claim
  }
  RETURN claim
  UNION
  WITH 1 AS once WHERE $filter.actor IS NULL AND type IS NULL AND upper IS NULL AND lower IS NULL
  MATCH (claim:Claim)
  RETURN claim
}
WITH claim, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
WHERE ($filter.type IS NULL OR claim.type = $filter.type)
  AND ($filter.includeNegated OR NOT claim.negated)
  AND ($filter.includeHedged OR NOT claim.hedged)
  AND ($filter.kinds IS NULL OR claim.type = "SUPPORTS" AND any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
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
