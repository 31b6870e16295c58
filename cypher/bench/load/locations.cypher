// Benchmark graph: locations as import/write-article leaves them.
// params: $rows [{id, name, type, aliases, lookupKeys, lookupText}]
UNWIND $rows AS row
CREATE (:Location {id: row.id, name: row.name, type: row.type, aliases: row.aliases, lookupKeys: row.lookupKeys, lookupText: row.lookupText})
