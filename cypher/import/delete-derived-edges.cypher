// Removes derived edges no non-negated claim supports any more.
// params: $pairs [{type, source, target}]
UNWIND $pairs AS pair
MATCH (source:Actor {id: pair.source})-[edge]->(target)
WHERE type(edge) = pair.type AND target.id = pair.target
DELETE edge
