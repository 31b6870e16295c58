// (:Location)-[:WITHIN]->(:Location). A parent the graph does not know is skipped, not invented.
// params: $rows [{id, within}]
UNWIND $rows AS row
MATCH (location:Location {id: row.id})
MATCH (parent:Location {id: row.within})
MERGE (location)-[:WITHIN]->(parent)
