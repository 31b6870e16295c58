// A new actor that may be an existing one: the analyst decides (`kg merge`), the import does not guess.
// params: $rows [{id, other, score}]
UNWIND $rows AS row
MATCH (actor:Actor {id: row.id})
MATCH (other:Actor {id: row.other})
MERGE (actor)-[candidate:POSSIBLY_SAME_AS]->(other)
SET candidate.score = row.score
