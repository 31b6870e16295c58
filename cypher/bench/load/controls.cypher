// Benchmark graph: derived CONTROLS edges with the aggregates src/graph/edges.ts computes from their claims.
// params: $rows [{source, target, props}]
UNWIND $rows AS row
MATCH (source:Actor {id: row.source})
MATCH (target:Location {id: row.target})
CREATE (source)-[edge:CONTROLS]->(target)
SET edge = row.props, edge.claims = toInteger(row.props.claims), edge.articles = toInteger(row.props.articles)
