// params: none
CREATE FULLTEXT INDEX location_names IF NOT EXISTS FOR (location:Location) ON EACH [location.name, location.lookupText]
