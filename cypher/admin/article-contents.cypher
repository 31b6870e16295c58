// What each article holds: claims, their evidence links, evidence sentences, entities mentioned. The
// reliability suite compares these with a complete import to find half-written articles.
// params: none
MATCH (article:Article)
RETURN article.id AS id, article.source AS source,
       COUNT { (:Claim)-[:IN]->(article) } AS claims,
       COUNT { (claim:Claim)-[:IN]->(article), (claim)-[:EVIDENCED_BY]->(:Sentence) } AS evidence,
       COUNT { (:Sentence)-[:IN]->(article) } AS sentences,
       COUNT { (article)-[:MENTIONS]->() } AS mentions
ORDER BY source, id
