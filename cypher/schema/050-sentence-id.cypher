// params: none
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (sentence:Sentence) REQUIRE sentence.id IS UNIQUE
