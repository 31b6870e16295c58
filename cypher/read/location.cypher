// One location, by $id or else by name ($key, the normalised name, with $phrase its full-text query: an
// exact name first, then an alias, then the location most claims are about). With $withControl, also its
// non-negated CONTROLS claims as read/control-claims gives them (the query asks for its control history:
// one statement, not two).
// params: $id, $phrase, $key, $withControl
CALL () {
  MATCH (location:Location {id: $id})
  RETURN location
  UNION ALL
  // Only asked without an id: a null $phrase never reaches the index.
  WITH $phrase AS phrase WHERE $id IS NULL
  CALL db.index.fulltext.queryNodes("location_names", phrase) YIELD node AS location
  WITH location WHERE $key IN location.lookupKeys
  WITH location,
       CASE
         WHEN toLower(location.name) = $key THEN 0
         WHEN any(alias IN location.aliases WHERE toLower(alias) = $key) THEN 1
         ELSE 2
       END AS rank,
       COUNT { (location)<-[:TARGET]-(:Claim) } AS claims
  ORDER BY rank, claims DESC, location.id
  LIMIT 1
  RETURN location
}
OPTIONAL MATCH (location)-[:WITHIN]->(parent:Location)
CALL (location) {
  WITH location WHERE $withControl
  MATCH (location)<-[:TARGET]-(claim:Claim {type: "CONTROLS"})-[:SOURCE]->(actor:Actor)
  WHERE NOT claim.negated
  MATCH (claim)-[:IN]->(article:Article)
  WITH claim, actor, article, coalesce(claim.eventDate, claim.date) AS starts
  ORDER BY starts, article.id, claim.id
  RETURN collect({
    actor: actor {.id, .name, .type, .aliases, .country},
    starts: starts, until: claim.eventUntil, reported: claim.date, hedged: claim.hedged,
    evidence: COLLECT {
      MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
      RETURN {text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
              attributedTo: claim.attributedTo, article: article {.id, .title, .date, .source, .importedAt}}
      ORDER BY evidenced.start
    }
  }) AS control
}
RETURN location {.id, .name, .type, .aliases, .country, .lat, .lon, withinId: parent.id} AS location,
       CASE WHEN $withControl THEN control END AS control
