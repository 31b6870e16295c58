// Sentences of this article that no claim cites any more (after a re-import).
// params: $articleId
MATCH (:Article {id: $articleId})<-[:IN]-(sentence:Sentence)
WHERE NOT (sentence)<-[:EVIDENCED_BY]-(:Claim)
DETACH DELETE sentence
