// claims(filter: {type}) and claims(filter: {kinds}) start from the claims of one type.
// params: none
CREATE INDEX claim_type IF NOT EXISTS FOR (claim:Claim) ON (claim.type)
