// Lets the locations list page by name with a range seek (cypher/read/locations.cypher).
// params: none
CREATE INDEX location_name IF NOT EXISTS FOR (location:Location) ON (location.name)
