// Removes derived edges no non-negated claim supports any more. Both ends are found by id first, so
// the edge is looked up between them rather than among all of a much-backed actor's edges.
// params: $pairs [{type, source, target}]
UNWIND $pairs AS pair
MATCH (source:Actor {id: pair.source})
OPTIONAL MATCH (targetActor:Actor {id: pair.target})
OPTIONAL MATCH (targetLocation:Location {id: pair.target})
WITH pair, source, coalesce(targetActor, targetLocation) AS target
MATCH (source)-[edge]->(target)
WHERE type(edge) = pair.type
DELETE edge
