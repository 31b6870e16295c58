// Upserts locations by id, like merge-actors: first name and type win, aliases and keys union,
// missing country and coordinates get filled; a location this article adds nothing to is left alone.
// params: $rows [{id, name, type, country, lat, lon, aliases, lookupKeys}]
UNWIND $rows AS row
MERGE (location:Location {id: row.id})
ON CREATE SET location.name = row.name, location.type = row.type, location.aliases = [], location.lookupKeys = []
WITH location, row,
     reduce(acc = location.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases,
     reduce(acc = location.lookupKeys, key IN row.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
WHERE size(aliases) > size(location.aliases) OR size(keys) > size(location.lookupKeys) OR location.lookupText IS NULL
   OR (location.country IS NULL AND row.country IS NOT NULL)
   OR (location.lat IS NULL AND row.lat IS NOT NULL) OR (location.lon IS NULL AND row.lon IS NOT NULL)
SET location.aliases = aliases,
    location.lookupKeys = keys,
    location.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
    location.country = coalesce(location.country, row.country),
    location.lat = coalesce(location.lat, row.lat),
    location.lon = coalesce(location.lon, row.lon)
