// Analyst merges (`kg merge`): the id of a merged-away actor points at the actor it became.
// params: none
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (redirect:Redirect) REQUIRE redirect.id IS UNIQUE
