// Benchmark graph: locations as import/merge-locations leaves them.
// params: $rows [{id, name, type, aliases, lookupKeys, lookupText}]
UNWIND $rows AS row
CREATE (location:Location)
SET location = row
