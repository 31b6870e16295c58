// How many articles each month has, by the article's own date ("YYYY-MM-DD"); undated articles are not counted.
// params: none
MATCH (article:Article)
WHERE article.date IS NOT NULL
RETURN substring(article.date, 0, 7) AS month, count(*) AS articles
ORDER BY month
