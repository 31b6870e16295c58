// Benchmark graph: actors as import/write-article leaves them. Plain CREATE: a dataset is written once,
// one step per transaction with its progress (dataset/record-progress), so no step runs twice. Properties
// are named one by one: SET n = map would make the planner buffer every row (Eager) before writing.
// params: $rows [{id, name, type, aliases, lookupKeys, lookupText}]
UNWIND $rows AS row
CREATE (:Actor {id: row.id, name: row.name, type: row.type, aliases: row.aliases, lookupKeys: row.lookupKeys, lookupText: row.lookupText})
