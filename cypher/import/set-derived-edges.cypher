// Writes the derived direct edges. Relationship types cannot be parameters without APOC, so each
// type of the closed RelationType enum gets its own FOREACH, and only the matching one runs.
// params: $edges [{type, source, target, props}]
UNWIND $edges AS edge
MATCH (source:Actor {id: edge.source})
OPTIONAL MATCH (targetActor:Actor {id: edge.target})
OPTIONAL MATCH (targetLocation:Location {id: edge.target})
WITH edge, source, coalesce(targetActor, targetLocation) AS target
WHERE target IS NOT NULL
WITH edge, source, target, edge.props AS given
// JavaScript numbers arrive as floats; counts are stored as integers.
WITH edge, source, target, given {.*, claims: toInteger(given.claims), articles: toInteger(given.articles)} AS props
FOREACH (_ IN CASE WHEN edge.type = "SUPPORTS" THEN [1] ELSE [] END | MERGE (source)-[e:SUPPORTS]->(target) SET e = props)
FOREACH (_ IN CASE WHEN edge.type = "ALLIED_WITH" THEN [1] ELSE [] END | MERGE (source)-[e:ALLIED_WITH]->(target) SET e = props)
FOREACH (_ IN CASE WHEN edge.type = "OPPOSES" THEN [1] ELSE [] END | MERGE (source)-[e:OPPOSES]->(target) SET e = props)
FOREACH (_ IN CASE WHEN edge.type = "CONTROLS" THEN [1] ELSE [] END | MERGE (source)-[e:CONTROLS]->(target) SET e = props)
FOREACH (_ IN CASE WHEN edge.type = "LEADS" THEN [1] ELSE [] END | MERGE (source)-[e:LEADS]->(target) SET e = props)
FOREACH (_ IN CASE WHEN edge.type = "MEMBER_OF" THEN [1] ELSE [] END | MERGE (source)-[e:MEMBER_OF]->(target) SET e = props)
