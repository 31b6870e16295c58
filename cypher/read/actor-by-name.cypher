// The actor whose name, alias or acronym is $key (normalised: lower-case, single spaces).
// The full-text index finds candidates for $phrase; the exact key decides. An exact name beats
// an alias, an alias beats an acronym, and among equals the most-cited actor wins.
// params: $phrase, $key
CALL db.index.fulltext.queryNodes("actor_names", $phrase) YIELD node AS actor
WHERE $key IN actor.lookupKeys
WITH actor,
     CASE
       WHEN toLower(actor.name) = $key THEN 0
       WHEN any(alias IN actor.aliases WHERE toLower(alias) = $key) THEN 1
       ELSE 2
     END AS rank,
     COUNT { (actor)<-[:SOURCE|TARGET]-(:Claim) } AS claims
ORDER BY rank, claims DESC, actor.id
LIMIT 1
RETURN actor {.id, .name, .type, .aliases, .country} AS actor
