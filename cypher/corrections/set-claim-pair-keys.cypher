// A claim's derived-edge key after one of its ends changed (a merge).
// params: $rows [{id, pairKey}]
UNWIND $rows AS row
MATCH (claim:Claim {id: row.id})
SET claim.pairKey = row.pairKey
