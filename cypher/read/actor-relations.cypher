// Derived actor–actor edges for each ask in $asks [{actorId, type, direction, offset, first}]: "out" leaves
// the actor, "in" enters it, "both" reads either end (symmetric types are stored once per pair). Most
// claims first, then by the other actor's name and id, so pages are stable; one page of `first` rows
// after `offset` per ask, with the total, returned under the ask's index.
// The expansion names the derived types so it never walks an actor's claims or mentions.
// params: $asks
UNWIND range(0, size($asks) - 1) AS index
WITH index, $asks[index] AS ask
MATCH (anchor:Actor {id: ask.actorId})
CALL (anchor, ask) {
  MATCH (anchor)-[edge:ALLIED_WITH|OPPOSES|LEADS|MEMBER_OF|SUPPORTS]-(other:Actor)
  WHERE type(edge) = ask.type
    AND (ask.direction = "both" OR (ask.direction = "out") = (startNode(edge) = anchor))
  WITH edge, other ORDER BY edge.claims DESC, other.name, other.id
  RETURN collect({
    type: type(edge), source: startNode(edge).id, target: endNode(edge).id, edge: properties(edge),
    other: other {.id, .name, .type, .aliases, .country}
  }) AS edges
}
RETURN index, size(edges) AS totalCount, edges[toInteger(ask.offset)..toInteger(ask.offset + ask.first)] AS page
