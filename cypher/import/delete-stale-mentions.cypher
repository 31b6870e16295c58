// Re-importing an article replaces its mentions: entities the new extraction no longer names lose theirs.
// params: $articleId, $keepIds
MATCH (:Article {id: $articleId})-[mention:MENTIONS]->(entity)
WHERE NOT entity.id IN $keepIds
DELETE mention
