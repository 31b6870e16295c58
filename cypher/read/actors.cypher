// Actors by name, then id, optionally of one type ($type null: all): how many there are, and the
// $first after the key ($afterName, $afterId; both "" for the first page) plus one, which only says
// whether another page follows. The key is a range seek on the actor_name index, read in name
// order, so a page costs the same wherever it starts.
// params: $type, $afterName, $afterId, $first
// Untyped, the total is the label's count from the count store; of a type, a label scan.
WITH CASE WHEN $type IS NULL THEN COUNT { (:Actor) } ELSE COUNT { (actor:Actor) WHERE actor.type = $type } END AS totalCount
CALL () {
  MATCH (actor:Actor)
  WHERE actor.name >= $afterName AND (actor.name > $afterName OR actor.id > $afterId)
    AND ($type IS NULL OR actor.type = $type)
  WITH actor ORDER BY actor.name, actor.id
  LIMIT toInteger($first) + 1
  RETURN collect(actor {.id, .name, .type, .aliases, .country}) AS page
}
RETURN totalCount, page
