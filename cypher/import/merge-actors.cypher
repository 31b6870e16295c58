// Upserts actors by canonical id. The first article to name an actor sets its name and type;
// later articles add aliases and lookup keys (unioned) and fill a missing country.
// params: $rows [{id, name, type, country, aliases, lookupKeys}]
UNWIND $rows AS row
MERGE (actor:Actor {id: row.id})
ON CREATE SET actor.name = row.name, actor.type = row.type, actor.aliases = [], actor.lookupKeys = []
WITH actor, row,
     reduce(acc = [], alias IN actor.aliases + row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases,
     reduce(acc = [], key IN actor.lookupKeys + row.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
SET actor.aliases = aliases,
    actor.lookupKeys = keys,
    actor.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
    actor.country = coalesce(actor.country, row.country)
