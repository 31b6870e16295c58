// Empties the database. Only the integration tests call this, on their throwaway test instance.
// params: none
MATCH (node)
DETACH DELETE node
