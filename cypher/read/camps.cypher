// Coalitions: actors tied by ALLIED_WITH or SUPPORTS edges (either direction) form one camp, and
// camps whose members OPPOSE each other are opposing camps. The actors considered are those the
// articles naming the region $regionKey (a location's normalised name, alias or acronym, or a place
// within it) also name; all actors when $regionKey is null. With $asOf, only edges first reported on
// or before it count (partial dates compare at the coarser precision).
// Components grow by one breadth-first search per camp, not per actor: an actor already in a camp
// starts none. Ties are followed up to 6 hops inside the scope, so a chain longer than that can
// leave its far end in a camp of its own. A camp is known by its smallest member id; lone actors are no camp.
// One row: how many camps there are, and the page of $first after $offset, largest first (then by
// id), each with the camps it opposes (largest first) and, for each window of $memberWindows
// [{afterName, afterId, first}], that window's members in name order (then id) plus one, which only
// says whether more follow.
// params: $regionKey, $phrase, $asOf, $offset, $first, $memberWindows
CALL () {
  WITH 1 AS once WHERE $regionKey IS NULL
  MATCH (actor:Actor)
  RETURN actor
  UNION
  WITH 1 AS once WHERE $regionKey IS NOT NULL
  CALL db.index.fulltext.queryNodes("location_names", $phrase) YIELD node AS region
  WHERE $regionKey IN region.lookupKeys
  MATCH (place:Location)
  WHERE place = region OR (place)-[:WITHIN]->(region)
  MATCH (place)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(actor:Actor)
  RETURN actor
}
WITH collect(DISTINCT actor) AS scope
WITH scope, [actor IN scope WHERE EXISTS {
  MATCH (actor)-[edge:ALLIED_WITH|SUPPORTS]-(other:Actor)
  WHERE ($regionKey IS NULL OR other IN scope)
    AND ($asOf IS NULL OR left(edge.firstDate, size($asOf)) <= left($asOf, size(edge.firstDate)))
}] AS tied
WITH scope, reduce(state = {seen: [], camps: []}, actor IN tied |
  CASE WHEN actor IN state.seen THEN state ELSE
    reduce(grown = state, members IN [COLLECT {
      MATCH tie = (actor)-[:ALLIED_WITH|SUPPORTS*0..6]-(other:Actor)
      WHERE all(member IN nodes(tie) WHERE $regionKey IS NULL OR member IN scope)
        AND all(edge IN relationships(tie) WHERE $asOf IS NULL OR left(edge.firstDate, size($asOf)) <= left($asOf, size(edge.firstDate)))
      RETURN DISTINCT other
    }] | {seen: grown.seen + members, camps: grown.camps + [[member IN members WHERE NOT member IN grown.seen]]})
  END).camps AS components
WITH [members IN components WHERE size(members) > 1 |
       {id: reduce(smallest = members[0].id, member IN members | CASE WHEN member.id < smallest THEN member.id ELSE smallest END),
        members: members}] AS camps
CALL (camps) {
  UNWIND camps AS camp
  WITH camp ORDER BY size(camp.members) DESC, camp.id
  RETURN collect(camp) AS ranked
}
WITH ranked, ranked[toInteger($offset)..toInteger($offset + $first)] AS paged
CALL (ranked, paged) {
  UNWIND range(0, size(paged) - 1) AS rank
  WITH ranked, rank, paged[rank] AS camp
  CALL (camp) {
    UNWIND camp.members AS member
    OPTIONAL MATCH (member)-[edge:OPPOSES]-(enemy:Actor)
    WHERE $asOf IS NULL OR left(edge.firstDate, size($asOf)) <= left($asOf, size(edge.firstDate))
    RETURN collect(DISTINCT enemy) AS enemies
  }
  CALL (camp) {
    UNWIND camp.members AS member
    WITH member ORDER BY member.name, member.id
    RETURN collect(member) AS members
  }
  WITH rank, camp, members,
       [other IN ranked WHERE other.id <> camp.id AND any(enemy IN enemies WHERE enemy IN other.members) | other.id] AS opposes
  ORDER BY rank
  RETURN collect({
    id: camp.id, opposes: opposes, memberCount: size(members),
    memberPages: [asked IN $memberWindows |
      [member IN members WHERE member.name >= asked.afterName AND (member.name > asked.afterName OR member.id > asked.afterId)
       | member {.id, .name, .type, .aliases, .country}][..toInteger(asked.first) + 1]]
  }) AS page
}
RETURN size(ranked) AS totalCount, page
