// Benchmark question 4, the raw driver's single statement: who controls one location as of a date: the
// actor whose latest non-negated CONTROLS claim dated on or before $asOf is the most recent, since its
// first such claim, until another actor's next claim, with the evidence.
// params: $id, $asOf
MATCH (location:Location {id: $id})
CALL (location) {
  MATCH (location)<-[:TARGET]-(claim:Claim)-[:SOURCE]->(actor:Actor)
  WHERE claim.type = "CONTROLS" AND NOT claim.negated AND coalesce(claim.eventDate, claim.date) <= $asOf
  WITH actor, claim, coalesce(claim.eventDate, claim.date) AS day
  ORDER BY day
  WITH actor, collect(claim) AS claims, min(day) AS since, max(day) AS latest
  ORDER BY latest DESC
  LIMIT 1
  // The period lasts until another actor's first claim after the date, as proxygraph's control history reads it.
  CALL (location, actor) {
    OPTIONAL MATCH (location)<-[:TARGET]-(next:Claim)-[:SOURCE]->(other:Actor)
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
RETURN periods AS page
