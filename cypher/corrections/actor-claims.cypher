// Every claim naming the actor, as source or target, with both ends: the derived edges a merge moves.
// params: $actorId
MATCH (:Actor {id: $actorId})<-[:SOURCE|TARGET]-(claim:Claim)
MATCH (claim)-[:SOURCE]->(source)
MATCH (claim)-[:TARGET]->(target)
RETURN DISTINCT claim.id AS id, claim.type AS type, source.id AS source, target.id AS target
