// The actors with the most distinct backers on derived SUPPORTS edges; ties by name, then id.
// params: $first
MATCH (backer:Actor)-[:SUPPORTS]->(actor:Actor)
WITH actor, count(DISTINCT backer) AS backers
RETURN actor.id AS id, actor.name AS name, backers
ORDER BY backers DESC, name, id
LIMIT toInteger($first)
