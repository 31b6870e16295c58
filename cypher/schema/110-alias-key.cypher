// Analyst aliases (`kg alias`): one normalised name points at one actor.
// params: none
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (alias:Alias) REQUIRE alias.key IS UNIQUE
