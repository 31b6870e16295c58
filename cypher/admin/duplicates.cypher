// Copies that racing imports must never leave: nodes of one label sharing an id, and relationships
// repeated between the same two nodes (derived edges by type alone, others by type and properties,
// since a claim may cite two stretches of one sentence). Only the reliability suite calls this.
// params: none
CALL () {
  MATCH (node)
  WHERE node.id IS NOT NULL
  UNWIND labels(node) AS label
  WITH label, node.id AS id, count(*) AS copies
  WHERE copies > 1
  RETURN count(*) AS duplicateNodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, b, type(r) AS type,
       CASE WHEN type(r) IN ["SUPPORTS", "ALLIED_WITH", "OPPOSES", "CONTROLS", "LEADS", "MEMBER_OF"] THEN null ELSE properties(r) END AS props,
       count(*) AS copies
  WHERE copies > 1
  RETURN count(*) AS duplicateRelationships
}
RETURN duplicateNodes, duplicateRelationships
