// Actor ids are canonical across articles ("state:TUR"); MERGE on them keeps one node per actor.
// params: none
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (actor:Actor) REQUIRE actor.id IS UNIQUE
