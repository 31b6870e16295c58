// Benchmark graph: derived SUPPORTS edges with the aggregates src/graph/edges.ts computes from their claims.
// params: $rows [{source, target, props}]
UNWIND $rows AS row
MATCH (source:Actor {id: row.source})
MATCH (target:Actor {id: row.target})
CREATE (source)-[edge:SUPPORTS]->(target)
SET edge = row.props, edge.claims = toInteger(row.props.claims), edge.articles = toInteger(row.props.articles)
