// Claim ids hash the claim's content, so re-importing the same extraction MERGEs onto the same nodes.
// params: none
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (claim:Claim) REQUIRE claim.id IS UNIQUE
