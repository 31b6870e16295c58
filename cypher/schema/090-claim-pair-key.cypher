// Claims by the derived edge they feed: recomputing an edge reads exactly its claims.
// params: none
CREATE INDEX claim_pair_key IF NOT EXISTS FOR (claim:Claim) ON (claim.pairKey)
