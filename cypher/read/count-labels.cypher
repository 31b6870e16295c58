// params: none
MATCH (node)
UNWIND labels(node) AS label
RETURN label, count(*) AS count
ORDER BY label
