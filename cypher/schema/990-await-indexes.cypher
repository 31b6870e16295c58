// New indexes populate in the background; the first import and query must not race them.
// params: none
CALL db.awaitIndexes(300)
