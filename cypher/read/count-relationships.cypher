// params: none
MATCH ()-[relationship]->()
RETURN type(relationship) AS type, count(*) AS count
ORDER BY type
