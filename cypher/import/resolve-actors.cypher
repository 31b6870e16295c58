// What the graph knows about each actor an article names, for entity resolution (src/graph/resolution.ts):
// an analyst's merge redirect for its id, an analyst's alias for its name, the node with its id, and
// (only for an actor the graph knows by none of these) up to 10 similar actors of a compatible type
// from the full-text index. Reads only; every lookup is index-backed.
// params: $rows [{id, nameKey, query, types}]
UNWIND $rows AS row
OPTIONAL MATCH (:Redirect {id: row.id})-[:MERGED_INTO]->(redirected:Actor)
OPTIONAL MATCH (:Alias {key: row.nameKey})-[:ALIAS_OF]->(aliased:Actor)
OPTIONAL MATCH (existing:Actor {id: row.id})
CALL (row, redirected, aliased, existing) {
  WITH row, redirected, aliased, existing
  WHERE redirected IS NULL AND aliased IS NULL AND existing IS NULL AND row.query IS NOT NULL
  CALL db.index.fulltext.queryNodes("actor_names", row.query, {limit: 10}) YIELD node
  WHERE node.type IN row.types
  RETURN collect(node {.id, .name, .lookupKeys}) AS candidates
}
RETURN row.id AS id, redirected.id AS redirectedTo, aliased.id AS aliasedTo, existing IS NOT NULL AS known, candidates
