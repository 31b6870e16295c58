// (:Article)-[:MENTIONS]->(:Actor|:Location) for every entity the extraction names, with claims or
// without: retracting an article deletes only the entities no other article mentions.
// params: $articleId, $ids
MATCH (article:Article {id: $articleId})
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (location:Location {id: id})
WITH article, coalesce(actor, location) AS entity
WHERE entity IS NOT NULL
MERGE (article)-[:MENTIONS]->(entity)
