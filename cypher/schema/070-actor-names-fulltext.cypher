// Finds actors by name, alias or acronym; lookupText holds them all, one per line, lower-cased.
// params: none
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (actor:Actor) ON EACH [actor.name, actor.lookupText]
