/**
 * A synthetic wire-copy corpus: articles built from templates over real countries and cities and
 * generated groups and people, each with the relations it plants. Pure and deterministic for a seed.
 */
import { groupName, largeCities, personName, unMemberCountries } from "./names.js";
import { seededRandom, type Random } from "./random.js";
import { RELATION_TEMPLATES, fillerSentences, type Cast, type PlantedRelation } from "./templates.js";

export interface GeneratedArticle {
  fileName: string;
  text: string;
  relations: PlantedRelation[];
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 10 * 365;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function* generateCorpus(count: number, seed: number): Generator<GeneratedArticle> {
  const random = seededRandom(seed);
  for (let index = 1; index <= count; index++) yield generateArticle(random, `${String(index).padStart(6, "0")}.txt`);
}

function generateArticle(random: Random, fileName: string): GeneratedArticle {
  const cast = castOf(random);
  const templates = random.sample(Object.values(RELATION_TEMPLATES), random.int(3, 5));
  const sentences = random.shuffle([...templates.map((template) => template(cast)), ...fillerSentences(cast, random, random.int(3, 6))]);
  const day = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000);
  const dateline = `${cast.cities[0].toUpperCase()}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (Wire) - `;
  const body = sentences.map((sentence) => sentence.text).join(" ");
  return {
    fileName,
    text: `date ${day.toISOString().slice(0, 10)}\n${dateline}${body}\n`,
    relations: sentences.flatMap((sentence) => sentence.relations),
  };
}

function castOf(random: Random): Cast {
  const [group, rival] = distinct(2, () => groupName(random));
  const [first, second, third, presidentsCountry] = random.sample(unMemberCountries(), 4).map((country) => country.name);
  const [near, captured] = random.sample(largeCities(), 2);
  return {
    group: group!,
    rival: rival!,
    backers: [first!, second!, third!],
    president: { name: personName(random), country: presidentsCountry! },
    cities: [near!, captured!],
  };
}

function distinct(count: number, make: () => string): string[] {
  const made = new Set<string>();
  while (made.size < count) made.add(make());
  return [...made];
}
