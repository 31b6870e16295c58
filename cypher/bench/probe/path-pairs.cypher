// For each of $ids, an actor three actor-actor hops away (either direction), so the paths question has answers.
// params: $ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[:SUPPORTS|ALLIED_WITH]-(:Actor)-[:SUPPORTS|ALLIED_WITH]-(:Actor)-[:SUPPORTS|ALLIED_WITH]-(b:Actor)
  WHERE b <> a
  RETURN b
  LIMIT 1
}
RETURN a.id AS from, b.id AS to
