// params: none
CREATE INDEX actor_name IF NOT EXISTS FOR (actor:Actor) ON (actor.name)
