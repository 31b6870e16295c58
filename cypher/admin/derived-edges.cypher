// Every derived edge with its properties, in a stable order. Only the integration tests call this,
// to compare whole graphs.
// params: none
MATCH (source:Actor)-[edge:SUPPORTS|ALLIED_WITH|OPPOSES|CONTROLS|LEADS|MEMBER_OF]->(target)
RETURN type(edge) AS type, source.id AS source, target.id AS target, properties(edge) AS props
ORDER BY type, source, target
