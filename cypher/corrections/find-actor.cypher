// The actor an analyst names on the command line: by id, by the id it had before a merge, or by a
// name, alias or acronym ($key, normalised; the full-text index narrows, the exact key decides).
// params: $ref, $key, $phrase
OPTIONAL MATCH (byId:Actor {id: $ref})
OPTIONAL MATCH (:Redirect {id: $ref})-[:MERGED_INTO]->(redirected:Actor)
CALL () {
  CALL db.index.fulltext.queryNodes("actor_names", $phrase, {limit: 20}) YIELD node
  WHERE $key IN node.lookupKeys
  RETURN collect(node {.id, .name}) AS byName
}
RETURN byId {.id, .name} AS byId, redirected {.id, .name} AS redirected, byName
