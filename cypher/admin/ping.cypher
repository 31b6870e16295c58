// The health check's round trip: proves a session can be opened and a query answered.
// params: none
RETURN 1 AS ok
