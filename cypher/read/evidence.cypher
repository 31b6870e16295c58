// The evidence behind each directed (type, source, target): one row per evidence span of each
// non-negated claim that passes $filter {kinds, since, until, asOf, includeHedged} (nulls and true: all), oldest first.
// params: $pairs [{type, source, target}], $filter
UNWIND $pairs AS pair
MATCH (source:Actor {id: pair.source})<-[:SOURCE]-(claim:Claim)-[:TARGET]->(target)
WITH pair, claim, target, coalesce(claim.eventDate, claim.date) AS starts, coalesce(claim.eventUntil, claim.eventDate, claim.date) AS ends
WHERE claim.type = pair.type AND target.id = pair.target AND NOT claim.negated
  AND ($filter.includeHedged OR NOT claim.hedged)
  AND ($filter.kinds IS NULL OR claim.type <> "SUPPORTS" OR any(kind IN CASE WHEN size(claim.kinds) = 0 THEN ["UNSPECIFIED"] ELSE claim.kinds END WHERE kind IN $filter.kinds))
  // Dates may be partial ("2014", "2019-04"): compare them at the coarser of the two precisions.
  AND ($filter.asOf IS NULL OR left(starts, size($filter.asOf)) <= left($filter.asOf, size(starts)))
  AND ($filter.since IS NULL OR left(ends, size($filter.since)) >= left($filter.since, size(ends)))
  AND ($filter.until IS NULL OR left(starts, size($filter.until)) <= left($filter.until, size(starts)))
MATCH (claim)-[:IN]->(article:Article)
MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
RETURN pair.type AS type, pair.source AS source, pair.target AS target,
       evidenced.text AS text, evidenced.start AS start, evidenced.end AS end,
       claim.date AS date, claim.hedged AS hedged, claim.attributedTo AS attributedTo,
       article {.id, .title, .date, .source, .importedAt} AS article
ORDER BY date, article.id, start
