// `kg alias`: records the name as an analyst alias of the actor (an import naming it lands there)
// and adds it to the actor's names, so lookups by name find it at once.
// params: $actorId, $name, $key, $keys
MATCH (actor:Actor {id: $actorId})
MERGE (alias:Alias {key: $key})
ON CREATE SET alias.name = $name, alias.createdAt = datetime()
MERGE (alias)-[:ALIAS_OF]->(actor)
WITH actor,
     reduce(acc = [], name IN actor.aliases + [$name] | CASE WHEN name IN acc OR name = actor.name THEN acc ELSE acc + name END) AS aliases,
     reduce(acc = [], key IN actor.lookupKeys + $keys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
SET actor.aliases = aliases,
    actor.lookupKeys = keys,
    actor.lookupText = reduce(text = "", key IN keys | text + key + "\n")
