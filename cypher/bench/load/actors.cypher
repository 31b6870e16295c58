// Benchmark graph: actors as import/merge-actors leaves them. Plain CREATE: a dataset is written once,
// one step per transaction with its progress (dataset/record-progress), so no step runs twice.
// params: $rows [{id, name, type, aliases, lookupKeys, lookupText}]
UNWIND $rows AS row
CREATE (actor:Actor)
SET actor = row
