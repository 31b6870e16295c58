// Upserts actors by canonical id. The first article to name an actor sets its name and type;
// later articles add aliases and lookup keys (unioned) and fill a missing country.
// An actor this article adds nothing to is left alone: writing it anyway would lock it until commit
// (other imports naming it wait) and re-index its names in the full-text index.
// params: $rows [{id, name, type, country, aliases, lookupKeys}]
UNWIND $rows AS row
MERGE (actor:Actor {id: row.id})
ON CREATE SET actor.name = row.name, actor.type = row.type, actor.aliases = [], actor.lookupKeys = []
WITH actor, row,
     reduce(acc = actor.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases,
     reduce(acc = actor.lookupKeys, key IN row.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
WHERE size(aliases) > size(actor.aliases) OR size(keys) > size(actor.lookupKeys) OR actor.lookupText IS NULL
   OR (actor.country IS NULL AND row.country IS NOT NULL)
SET actor.aliases = aliases,
    actor.lookupKeys = keys,
    actor.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
    actor.country = coalesce(actor.country, row.country)
