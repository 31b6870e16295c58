// Who backs each actor in $ids, directly or through up to $depth - 1 intermediaries (at most 4 hops).
// Paths run over the derived SUPPORTS edges; a hop counts only while at least one of its claims
// passes $filter {kinds, since, until, asOf, includeHedged}, and those claims come back per hop.
// Each backer appears once, with its shortest path; a page of $first rows after $offset per actor.
// params: $ids, $depth, $filter, $offset, $first
UNWIND $ids AS anchorId
MATCH path = (node:Actor)-[:SUPPORTS*1..4]->(anchor:Actor {id: anchorId})
WHERE length(path) <= $depth
  AND all(member IN nodes(path) WHERE single(other IN nodes(path) WHERE other = member))
CALL (path) {
  UNWIND range(0, length(path) - 1) AS index
  WITH index, startNode(relationships(path)[index]) AS source, endNode(relationships(path)[index]) AS target
  ORDER BY index
  RETURN collect({
    type: "SUPPORTS",
    from: source {.id, .name, .type, .aliases, .country},
    to: target {.id, .name, .type, .aliases, .country},
    claims: COLLECT {
      MATCH (source)<-[:SOURCE]-(claim:Claim {type: "SUPPORTS"})-[:TARGET]->(target)
      WITH claim, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
      WHERE NOT claim.negated
        AND ($filter.includeHedged OR NOT claim.hedged)
        AND ($filter.kinds IS NULL OR any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
        // Dates may be partial ("2014", "2019-04"): compare them at the coarser of the two precisions.
        AND ($filter.asOf IS NULL OR left(starts, size($filter.asOf)) <= left($filter.asOf, size(starts)))
        AND ($filter.since IS NULL OR left(ends, size($filter.since)) >= left($filter.since, size(ends)))
        AND ($filter.until IS NULL OR left(starts, size($filter.until)) <= left($filter.until, size(starts)))
      MATCH (claim)-[:IN]->(article:Article)
      RETURN claim {.kinds, .hedged, .eventDate, .eventUntil, .date, articleId: article.id}
    }
  }) AS hops
}
WITH anchorId, node, path, hops
WHERE all(hop IN hops WHERE size(hop.claims) > 0)
WITH anchorId, node, hops ORDER BY length(path), reduce(claims = 0, hop IN hops | claims - size(hop.claims))
WITH anchorId, node, head(collect(hops)) AS hops
ORDER BY size(hops), node.name, node.id
WITH anchorId, collect({node: node {.id, .name, .type, .aliases, .country}, depth: size(hops), hops: hops}) AS rows
RETURN anchorId AS anchor, size(rows) AS totalCount, rows[toInteger($offset)..toInteger($offset + $first)] AS page
