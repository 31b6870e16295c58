// Every POSSIBLY_SAME_AS candidate edge with its score. Only the integration tests call this.
// params: none
MATCH (actor:Actor)-[candidate:POSSIBLY_SAME_AS]->(other:Actor)
RETURN actor.id AS a, other.id AS b, candidate.score AS score
ORDER BY a, b
