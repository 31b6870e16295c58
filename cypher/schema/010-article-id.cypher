// One node per article text (id = sha256 of the text).
// params: none
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (article:Article) REQUIRE article.id IS UNIQUE
