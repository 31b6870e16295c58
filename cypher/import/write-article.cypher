// Writes one article in one statement (each statement costs the server about half a millisecond of
// CPU whatever it does, so an article is one statement rather than eight), a part per CALL:
// - the article (importedAt set once, so importing the same text again changes nothing);
// - its actors and locations, upserted by id: the first article to name one sets its name and type,
//   later ones add aliases and lookup keys (unioned) and fill a missing country or coordinates. One
//   this article adds nothing to is left alone: writing it anyway would lock it until commit (other
//   imports naming it wait) and re-index its names in the full-text index;
// - (:Location)-[:WITHIN]->(:Location), skipping a parent the graph does not know;
// - (:Actor)-[:POSSIBLY_SAME_AS {score}]->(:Actor): a new actor that may be an existing one, for the
//   analyst to decide (`kg merge`);
// - (:Article)-[:MENTIONS]->(:Actor|:Location) for every entity it names, with claims or without:
//   retracting an article deletes only the entities no other article mentions;
// - the sentences that evidence a claim, and one Claim per extracted relation, linked to its source,
//   target, article and sentences; the evidence text (a verbatim slice of the article) and its
//   offsets sit on EVIDENCED_BY.
// params: $article, $actors, $locations, $withins, $possiblySameAs, $entityIds, $sentences, $claims
//   $article {id, sha256, title, date, source}; $actors [{id, name, type, country, aliases, lookupKeys}];
//   $locations [{id, name, type, country, lat, lon, aliases, lookupKeys}]; $withins [{id, within}];
//   $possiblySameAs [{id, other, score}]; $entityIds [id]; $sentences [{id, index, text, start, end}];
//   $claims [{id, source, target, props, evidence: [{sentenceId, text, start, end}]}]
MERGE (article:Article {id: $article.id})
ON CREATE SET article.importedAt = datetime()
SET article.sha256 = $article.sha256,
    article.title = $article.title,
    article.date = $article.date,
    article.source = coalesce($article.source, article.source)
WITH article
CALL () {
  UNWIND $actors AS row
  MERGE (actor:Actor {id: row.id})
  ON CREATE SET actor.name = row.name, actor.type = row.type, actor.aliases = [], actor.lookupKeys = []
  WITH actor, row,
       reduce(acc = actor.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases,
       reduce(acc = actor.lookupKeys, key IN row.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
  WHERE size(aliases) > size(actor.aliases) OR size(keys) > size(actor.lookupKeys) OR actor.lookupText IS NULL
     OR (actor.country IS NULL AND row.country IS NOT NULL)
  SET actor.aliases = aliases,
      actor.lookupKeys = keys,
      actor.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
      actor.country = coalesce(actor.country, row.country)
}
CALL () {
  UNWIND $locations AS row
  MERGE (location:Location {id: row.id})
  ON CREATE SET location.name = row.name, location.type = row.type, location.aliases = [], location.lookupKeys = []
  WITH location, row,
       reduce(acc = location.aliases, alias IN row.aliases | CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases,
       reduce(acc = location.lookupKeys, key IN row.lookupKeys | CASE WHEN key IN acc THEN acc ELSE acc + key END) AS keys
  WHERE size(aliases) > size(location.aliases) OR size(keys) > size(location.lookupKeys) OR location.lookupText IS NULL
     OR (location.country IS NULL AND row.country IS NOT NULL)
     OR (location.lat IS NULL AND row.lat IS NOT NULL) OR (location.lon IS NULL AND row.lon IS NOT NULL)
  SET location.aliases = aliases,
      location.lookupKeys = keys,
      location.lookupText = reduce(text = "", key IN keys | text + key + "\n"),
      location.country = coalesce(location.country, row.country),
      location.lat = coalesce(location.lat, row.lat),
      location.lon = coalesce(location.lon, row.lon)
}
CALL () {
  UNWIND $withins AS row
  MATCH (location:Location {id: row.id})
  MATCH (parent:Location {id: row.within})
  MERGE (location)-[:WITHIN]->(parent)
}
CALL () {
  UNWIND $possiblySameAs AS row
  MATCH (actor:Actor {id: row.id})
  MATCH (other:Actor {id: row.other})
  MERGE (actor)-[candidate:POSSIBLY_SAME_AS]->(other)
  SET candidate.score = row.score
}
CALL (article) {
  UNWIND $entityIds AS id
  OPTIONAL MATCH (actor:Actor {id: id})
  OPTIONAL MATCH (location:Location {id: id})
  WITH article, coalesce(actor, location) AS entity
  WHERE entity IS NOT NULL
  MERGE (article)-[:MENTIONS]->(entity)
}
CALL (article) {
  UNWIND $sentences AS row
  MERGE (sentence:Sentence {id: row.id})
  SET sentence.index = toInteger(row.index), sentence.text = row.text,
      sentence.start = toInteger(row.start), sentence.end = toInteger(row.end)
  MERGE (sentence)-[:IN]->(article)
}
CALL (article) {
  UNWIND $claims AS row
  MATCH (source:Actor {id: row.source})
  OPTIONAL MATCH (targetActor:Actor {id: row.target})
  OPTIONAL MATCH (targetLocation:Location {id: row.target})
  WITH article, row, source, coalesce(targetActor, targetLocation) AS target
  MERGE (claim:Claim {id: row.id})
  SET claim += row.props
  MERGE (claim)-[:IN]->(article)
  MERGE (claim)-[:SOURCE]->(source)
  MERGE (claim)-[:TARGET]->(target)
  WITH claim, row
  UNWIND row.evidence AS evidence
  MATCH (sentence:Sentence {id: evidence.sentenceId})
  MERGE (claim)-[evidenced:EVIDENCED_BY {start: toInteger(evidence.start), end: toInteger(evidence.end)}]->(sentence)
  SET evidenced.text = evidence.text
}
