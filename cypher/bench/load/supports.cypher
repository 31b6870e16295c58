// Benchmark graph: derived SUPPORTS edges with the aggregates src/graph/edges.ts computes from their claims.
// params: $rows [{source, target, props}]
UNWIND $rows AS row
MATCH (source:Actor {id: row.source})
MATCH (target:Actor {id: row.target})
CREATE (source)-[:SUPPORTS {kinds: row.props.kinds, kind: row.props.kind, hedged: row.props.hedged, claims: toInteger(row.props.claims),
                   articles: toInteger(row.props.articles), firstDate: row.props.firstDate, lastDate: row.props.lastDate}]->(target)
