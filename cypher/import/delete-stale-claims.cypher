// Re-importing an article replaces its claims: those the new extraction no longer makes go.
// params: $articleId, $keepIds
MATCH (:Article {id: $articleId})<-[:IN]-(claim:Claim)
WHERE NOT claim.id IN $keepIds
DETACH DELETE claim
