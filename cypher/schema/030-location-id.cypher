// params: none
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (location:Location) REQUIRE location.id IS UNIQUE
