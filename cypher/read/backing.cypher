// Each actor in $ids with whom it backs, directly or through up to $depth - 1 intermediaries (at most 4
// hops), over the derived SUPPORTS edges. Without $filtered, every edge counts with its aggregate; with it,
// a hop counts only while one of its claims passes $filter {kinds, since, until, asOf, includeHedged}.
// Each backed actor appears once, on its shortest path (then the one with most claims); a page of $first rows
// after $offset per actor. Only the page's hops are read further: their ends, their passing claims
// ($filtered) and, with $withEvidence, their evidence — each distinct edge once, however many paths share it.
// params: $ids, $depth, $filter, $filtered, $offset, $first, $withEvidence
UNWIND $ids AS anchorId
MATCH (anchor:Actor {id: anchorId})
CALL (anchor) {
  // One branch per length, each skipped past $depth, so no path longer than asked is ever expanded.
  // A shortest path never visits a node twice, so only the anchor itself needs excluding.
  CALL (anchor) {
    MATCH path = (anchor)-[:SUPPORTS]->(node:Actor) WHERE node <> anchor RETURN node, path
    UNION ALL
    MATCH path = (anchor)-[:SUPPORTS*2]->(node:Actor) WHERE $depth >= 2 AND node <> anchor RETURN node, path
    UNION ALL
    MATCH path = (anchor)-[:SUPPORTS*3]->(node:Actor) WHERE $depth >= 3 AND node <> anchor RETURN node, path
    UNION ALL
    MATCH path = (anchor)-[:SUPPORTS*4]->(node:Actor) WHERE $depth >= 4 AND node <> anchor RETURN node, path
  }
  CALL (path) {
    UNWIND relationships(path) AS hop
    CALL (hop) {
      WITH hop WHERE $filtered
      WITH hop, startNode(hop) AS source, endNode(hop) AS target
      MATCH (source)<-[:SOURCE]-(claim:Claim {type: "SUPPORTS"})-[:TARGET]->(target)
      WITH claim, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
      WHERE NOT claim.negated
        AND ($filter.includeHedged OR NOT claim.hedged)
        AND ($filter.kinds IS NULL OR any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
        // Dates may be partial ("2014", "2019-04"): compare them at the coarser of the two precisions.
        AND ($filter.asOf IS NULL OR left(starts, size($filter.asOf)) <= left($filter.asOf, size(starts)))
        AND ($filter.since IS NULL OR left(ends, size($filter.since)) >= left($filter.since, size(ends)))
        AND ($filter.until IS NULL OR left(starts, size($filter.until)) <= left($filter.until, size(starts)))
      RETURN count(claim) AS passing
    }
    RETURN collect(CASE WHEN $filtered THEN passing ELSE hop.claims END) AS claims
  }
  WITH node, path, claims WHERE all(count IN claims WHERE count > 0)
  WITH node, path ORDER BY length(path), reduce(total = 0, count IN claims | total - count)
  WITH node, head(collect(path)) AS path
  ORDER BY length(path), node.name, node.id
  RETURN collect(path) AS found
}
WITH anchor, found, found[toInteger($offset)..toInteger($offset + $first)] AS page
CALL (page) {
  UNWIND page AS path
  UNWIND relationships(path) AS hop
  WITH DISTINCT hop
  WITH hop, startNode(hop) AS source, endNode(hop) AS target
  CALL (source, target) {
    WITH source, target WHERE $filtered OR $withEvidence
    MATCH (source)<-[:SOURCE]-(claim:Claim {type: "SUPPORTS"})-[:TARGET]->(target)
    WITH claim, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
    WHERE NOT claim.negated
      AND ($filter.includeHedged OR NOT claim.hedged)
      AND ($filter.kinds IS NULL OR any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
      AND ($filter.asOf IS NULL OR left(starts, size($filter.asOf)) <= left($filter.asOf, size(starts)))
      AND ($filter.since IS NULL OR left(ends, size($filter.since)) >= left($filter.since, size(ends)))
      AND ($filter.until IS NULL OR left(starts, size($filter.until)) <= left($filter.until, size(starts)))
    MATCH (claim)-[:IN]->(article:Article)
    OPTIONAL MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence) WHERE $withEvidence
    WITH claim, article, evidenced ORDER BY claim.date, article.id, evidenced.start
    RETURN collect(DISTINCT claim {.id, .kinds, .hedged, .eventDate, .eventUntil, .date, articleId: article.id}) AS claims,
           collect(CASE WHEN evidenced IS NOT NULL THEN {
             text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
             attributedTo: claim.attributedTo, article: article {.id, .title, .date, .source, .importedAt}
           } END) AS evidence
  }
  RETURN collect({
    key: elementId(hop),
    from: source {.id, .name, .type, .aliases, .country},
    to: target {.id, .name, .type, .aliases, .country},
    edge: properties(hop),
    claims: CASE WHEN $filtered THEN claims END,
    evidence: CASE WHEN $withEvidence THEN evidence END
  }) AS hops
}
CALL (page) {
  UNWIND page AS path
  WITH path, nodes(path)[-1] AS node
  RETURN collect({node: node {.id, .name, .type, .aliases, .country}, hops: [hop IN relationships(path) | elementId(hop)]}) AS rows
}
RETURN anchor {.id, .name, .type, .aliases, .country} AS anchor, size(found) AS totalCount, rows AS page, hops
