// Articles by source: a changed text from the same source replaces the earlier version.
// params: none
CREATE INDEX article_source IF NOT EXISTS FOR (article:Article) ON (article.source)
