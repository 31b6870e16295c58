// read/backers at depth 1 without a filter: each actor in $ids with who backs it directly, in name order
// (then id), a page of $first rows after $offset per actor, each hop with its edge's aggregate and, with
// $withEvidence, its evidence. The most asked form of the question, so it skips what only a deeper or
// filtered one needs (a branch per path length, ranking paths, each hop's passing claims) and sends each
// actor once; the repository rebuilds read/backers's rows from it (tests/integration/backers-statements.int.test.ts).
// params: $ids, $offset, $first, $withEvidence
UNWIND $ids AS anchorId
MATCH (anchor:Actor {id: anchorId})
CALL (anchor) {
  // A derived edge is one per ordered pair and type, so each actor comes once.
  MATCH (node:Actor)-[hop:SUPPORTS]->(anchor)
  WHERE node <> anchor AND hop.claims > 0
  WITH node, hop ORDER BY node.name, node.id
  RETURN collect(hop) AS found
}
CALL (anchor, found) {
  UNWIND found[toInteger($offset)..toInteger($offset + $first)] AS hop
  WITH anchor, hop, startNode(hop) AS node
  CALL (node, anchor) {
    WITH node, anchor WHERE $withEvidence
    MATCH (node)<-[:SOURCE]-(claim:Claim {type: "SUPPORTS"})-[:TARGET]->(anchor)
    WHERE NOT claim.negated
    MATCH (claim)-[:IN]->(article:Article)
    MATCH (claim)-[evidenced:EVIDENCED_BY]->(:Sentence)
    WITH claim, article, evidenced ORDER BY claim.date, article.id, evidenced.start
    RETURN collect({
      text: evidenced.text, start: evidenced.start, end: evidenced.end, date: claim.date, hedged: claim.hedged,
      attributedTo: claim.attributedTo, article: article {.id, .title, .date, .source, .importedAt}
    }) AS evidence
  }
  // A hop's ends are the row's actor and the anchor, so neither is sent again with it.
  RETURN collect({key: elementId(hop), node: node {.id, .name, .type, .aliases, .country}, edge: properties(hop),
                  evidence: CASE WHEN $withEvidence THEN evidence END}) AS backers
}
RETURN anchor {.id, .name, .type, .aliases, .country} AS anchor, size(found) AS totalCount, backers
