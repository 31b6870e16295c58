// `kg merge`: the actor $goneId becomes $keepId. Its claims, mentions, aliases and earlier redirects
// move over, its names become aliases, and a Redirect records the merge, so an import naming it
// later lands on $keepId. Its derived and POSSIBLY_SAME_AS edges go with it; the caller recomputes
// the derived edges of the moved claims.
// params: $keepId, $goneId
MATCH (keep:Actor {id: $keepId})
MATCH (gone:Actor {id: $goneId})
CALL (keep, gone) { MATCH (claim:Claim)-[old:SOURCE]->(gone) MERGE (claim)-[:SOURCE]->(keep) DELETE old }
CALL (keep, gone) { MATCH (claim:Claim)-[old:TARGET]->(gone) MERGE (claim)-[:TARGET]->(keep) DELETE old }
CALL (keep, gone) { MATCH (article:Article)-[old:MENTIONS]->(gone) MERGE (article)-[:MENTIONS]->(keep) DELETE old }
CALL (keep, gone) { MATCH (alias:Alias)-[old:ALIAS_OF]->(gone) MERGE (alias)-[:ALIAS_OF]->(keep) DELETE old }
CALL (keep, gone) { MATCH (redirect:Redirect)-[old:MERGED_INTO]->(gone) MERGE (redirect)-[:MERGED_INTO]->(keep) DELETE old }
MERGE (redirect:Redirect {id: gone.id})
ON CREATE SET redirect.name = gone.name, redirect.mergedAt = datetime()
MERGE (redirect)-[:MERGED_INTO]->(keep)
WITH keep, gone,
     reduce(acc = [], alias IN keep.aliases + [gone.name] + gone.aliases | CASE WHEN alias IN acc OR alias = keep.name THEN acc ELSE acc + alias END) AS aliases,
     reduce(acc = [], key IN keep.lookupKeys + gone.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
SET keep.aliases = aliases,
    keep.lookupKeys = keys,
    keep.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
    keep.country = coalesce(keep.country, gone.country)
DETACH DELETE gone
