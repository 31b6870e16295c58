// The actor an analyst alias already points at, if any.
// params: $key
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(actor:Actor)
RETURN actor.id AS id, actor.name AS name
