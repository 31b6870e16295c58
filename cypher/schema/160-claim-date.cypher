// ...and the article's date, for claims whose text gives no event date.
// params: none
CREATE INDEX claim_date IF NOT EXISTS FOR (claim:Claim) ON (claim.date)
