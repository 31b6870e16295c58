// Benchmark question 2, the raw driver's single statement: every actor that backs this one through a
// chain of up to 2 SUPPORTS edges, nearest first, each with its shortest chain (most claims among equals) and
// every hop's evidence.
// params: $id, $first
MATCH (target:Actor {id: $id})
MATCH path = (backer:Actor)-[:SUPPORTS*1..2]->(target)
WHERE backer <> target
WITH backer, path
// Among equally short chains, the one with most claims, as proxygraph picks.
ORDER BY length(path), reduce(claims = 0, hop IN relationships(path) | claims - hop.claims)
WITH backer, head(collect(path)) AS path
ORDER BY length(path), backer.name
WITH collect({backer: backer, path: path}) AS found
CALL (found) {
  UNWIND found[0..$first] AS hit
  WITH hit.backer AS backer, hit.path AS path
  CALL (path) {
    UNWIND relationships(path) AS hop
    WITH hop, startNode(hop) AS from, endNode(hop) AS to
    CALL (hop, from, to) {
      MATCH (from)<-[:SOURCE]-(claim:Claim)-[:TARGET]->(to)
      WHERE claim.type = type(hop) AND NOT claim.negated
      MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
      MATCH (claim)-[:IN]->(article:Article)
      RETURN collect({text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
                      article: article {.id, .title, .date}}) AS evidence
    }
    RETURN collect({from: from {.id, .name}, to: to {.id, .name}, kinds: hop.kinds, evidence: evidence}) AS hops
  }
  RETURN collect({node: backer {.id, .name}, depth: length(path), path: hops}) AS edges
}
RETURN {totalCount: size(found), edges: edges} AS page
