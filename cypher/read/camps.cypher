// Coalitions: actors tied by ALLIED_WITH or SUPPORTS edges (either direction) form one camp, and
// camps whose members OPPOSE each other are opposing camps. The actors considered are those the
// articles naming the region $regionKey (a location's normalised name, alias or acronym, or a place
// within it) also name; all actors when $regionKey is null. Ties are followed up to 6 hops, inside
// that scope; with $asOf, only edges first reported on or before it count (partial dates compare
// at the coarser precision). A camp is known by its smallest member id; lone actors are no camp.
// params: $regionKey, $phrase, $asOf
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
UNWIND scope AS actor
MATCH tie = (actor)-[:ALLIED_WITH|SUPPORTS*1..6]-(other:Actor)
WHERE all(member IN nodes(tie) WHERE member IN scope)
  AND all(edge IN relationships(tie) WHERE $asOf IS NULL OR left(edge.firstDate, size($asOf)) <= left($asOf, size(edge.firstDate)))
WITH scope, actor, collect(DISTINCT other.id) + actor.id AS reached
WITH scope, actor, reduce(smallest = actor.id, id IN reached | CASE WHEN id < smallest THEN id ELSE smallest END) AS camp
ORDER BY actor.name, actor.id
WITH camp, collect(actor) AS members
WITH collect({id: camp, members: members}) AS camps
UNWIND camps AS camp
RETURN camp.id AS id,
       [member IN camp.members | member {.id, .name, .type, .aliases, .country}] AS members,
       [other IN camps WHERE other.id <> camp.id AND EXISTS {
          MATCH (one:Actor)-[edge:OPPOSES]-(two:Actor)
          WHERE one IN camp.members AND two IN other.members
            AND ($asOf IS NULL OR left(edge.firstDate, size($asOf)) <= left($asOf, size(edge.firstDate)))
        } | other.id] AS opposes
ORDER BY size(members) DESC, id
