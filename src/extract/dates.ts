import * as chrono from "chrono-node";

/**
 * Event dates in a sentence, relative to the article's date: "on Monday" is the last Monday on or
 * before it, "since April" the last April, "in 2014" the year, "at the end of 2016" its December.
 */
export interface EventTime {
  eventDate: string | null;
  eventUntil: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

// Most sentences name no time at all; only those that might are handed to the date parser.
const MAY_HAVE_DATE = /\b(\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|ago|last|earlier)\b/i;

const DATE_CUES = new RegExp(MAY_HAVE_DATE.source, "gi");

export function eventTime(sentence: string, articleDate: string | null): EventTime {
  DATE_CUES.lastIndex = 0;
  const first = DATE_CUES.exec(sentence);
  if (!first) return { eventDate: null, eventUntil: null };
  let last = first;
  for (let cue = DATE_CUES.exec(sentence); cue; cue = DATE_CUES.exec(sentence)) last = cue;
  // The parser's cost grows with the text: give it only the stretch where times are named.
  return eventTimeIn(sentence.slice(Math.max(0, first.index - 24), last.index + 40), articleDate);
}

function eventTimeIn(sentence: string, articleDate: string | null): EventTime {
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date();
  const end = /\bend of (\d{4})\b/i.exec(sentence);
  if (end) return { eventDate: `${end[1]}-12-01`, eventUntil: `${end[1]}-12-31` };
  const year = /\bin (\d{4})\b/.exec(sentence);
  const sinceYear = /\bsince (\d{4})\b/.exec(sentence);
  if (sinceYear) return { eventDate: `${sinceYear[1]}-01-01`, eventUntil: articleDate };
  // Without the article's date a parsed time cannot be placed: the parser is not asked.
  const results = articleDate ? chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false }) : [];
  const hit = results.find((r) => r.start.isCertain("weekday")) ?? results.find((r) => r.start.isCertain("month") || r.start.isCertain("day"));
  if (hit && articleDate) {
    const d = hit.start.date();
    // chrono may pick the coming weekday or month; a news report speaks of the past.
    const weekdayOnly = hit.start.isCertain("weekday") && !hit.start.isCertain("day");
    while (d > ref) {
      if (weekdayOnly) d.setUTCDate(d.getUTCDate() - 7);
      else d.setUTCFullYear(d.getUTCFullYear() - 1);
    }
    const monthOnly = hit.start.isCertain("month") && !hit.start.isCertain("day") && !hit.start.isCertain("weekday");
    if (monthOnly) d.setUTCDate(1);
    return { eventDate: iso(d), eventUntil: /\bsince\b/i.test(sentence.slice(Math.max(0, hit.index - 8), hit.index)) ? articleDate : null };
  }
  if (year) return { eventDate: `${year[1]}-01-01`, eventUntil: `${year[1]}-12-31` };
  return { eventDate: null, eventUntil: null };
}
