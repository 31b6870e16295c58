// Benchmark question 4 for @neo4j/graphql, as an @cypher field of Location (`this`): the same statement as
// raw/controlled-by; its generated filters cannot pick the latest claim on or before a date. A list
// field's @cypher statement returns one row per item (@neo4j/graphql collects them).
// params: $asOf
CALL (this) {
  MATCH (this)<-[:TARGET]-(claim:Claim)-[:SOURCE]->(actor:Actor)
  WHERE claim.type = "CONTROLS" AND NOT claim.negated AND coalesce(claim.eventDate, claim.date) <= $asOf
  WITH actor, claim, coalesce(claim.eventDate, claim.date) AS day
  ORDER BY day
  WITH actor, collect(claim) AS claims, min(day) AS since, max(day) AS latest
  ORDER BY latest DESC
  LIMIT 1
  // The period lasts until another actor's first claim after the date, as proxygraph's control history reads it.
  CALL (this, actor) {
    OPTIONAL MATCH (this)<-[:TARGET]-(next:Claim)-[:SOURCE]->(other:Actor)
    WHERE next.type = "CONTROLS" AND NOT next.negated AND other <> actor AND coalesce(next.eventDate, next.date) > $asOf
    RETURN min(coalesce(next.eventDate, next.date)) AS until
  }
  CALL (claims) {
    UNWIND claims AS claim
    MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
    MATCH (claim)-[:IN]->(article:Article)
    RETURN collect({text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
                    article: article {.id, .title, .date}}) AS evidence
  }
  RETURN collect({actor: actor {.id, .name}, from: since, to: until, hedged: all(claim IN claims WHERE claim.hedged), evidence: evidence}) AS periods
}
UNWIND periods AS page
RETURN page
