/**
 * The domain vocabulary reaches the words wire copy, UN panel reports and think-tank prose use for each
 * relation, beside the commonest: each sentence turns on one word added to a lexicon and is read as its
 * synonyms are. The texts are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const has = (text: string, type: string, source: string, target: string) => {
  const x = extractArticle("date 2022-05-04\n" + text);
  return x.relations.some((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));
};

const SUPPORT: Array<[string, string, string]> = [
  ["Qatar has underwritten the Sahel Patriotic Movement for years, diplomats said.", "Qatar", "Sahel Patriotic Movement"],
  ["Iran subsidises the Kivu Liberation Front, a UN panel said.", "Iran", "Kivu Liberation Front"],
  ["Iran subsidizes the Kivu Liberation Front, a UN panel said.", "Iran", "Kivu Liberation Front"],
  ["Belarus furnished assault rifles to the Kivu Liberation Front, the panel found.", "Belarus", "Kivu Liberation Front"],
  ["Japan donated armoured vehicles to the Somali National Army last year.", "Japan", "Somali National Army"],
  ["Chad airdropped ammunition to the Darfur Patriotic Front, witnesses said.", "Chad", "Darfur Patriotic Front"],
  ["Turkey ferried hundreds of fighters to the Government of National Accord in 2020.", "Turkey", "Government of National Accord"],
  ["Russia rearmed the Donbas Volunteer Brigade after the battle, officials said.", "Russia", "Donbas Volunteer Brigade"],
  ["Russia has shielded Syria from sanctions at the Security Council.", "Russia", "Syria"],
  ["Iran outfitted the Kivu Liberation Front with drones, the report said.", "Iran", "Kivu Liberation Front"],
  ["Rwanda seconded officers to the Kivu Liberation Front, the panel said.", "Rwanda", "Kivu Liberation Front"],
  ["Egypt loaned two helicopters to the Libyan National Army, diplomats said.", "Egypt", "Libyan National Army"],
  ["Sudan abetted the Kivu Liberation Front for a decade, investigators said.", "Sudan", "Kivu Liberation Front"],
  ["Russian instructors mentor the Malian army, officials said.", "Russia", "Malian army"],
  ["Egypt buttressed the Libyan National Army with air power, diplomats said.", "Egypt", "Libyan National Army"],
  ["The Kivu Liberation Front, long subsidised by Iran, took the town.", "Iran", "Kivu Liberation Front"],
  ["The Sahel Patriotic Movement, underwritten by Qatar, seized the town.", "Qatar", "Sahel Patriotic Movement"],
  ["The Donbas Volunteer Brigade, rearmed by Russia, attacked again.", "Russia", "Donbas Volunteer Brigade"],
  ["The Kivu Liberation Front, resupplied by Iran, attacked again.", "Iran", "Kivu Liberation Front"],
  ["The Kivu Liberation Front, outfitted by Iran, attacked again.", "Iran", "Kivu Liberation Front"],
  ["The Kivu Liberation Front, harboured by Iran, attacked again.", "Iran", "Kivu Liberation Front"],
  ["The Kivu Liberation Front, sheltered by Iran, attacked again.", "Iran", "Kivu Liberation Front"],
  ["The Kivu Liberation Front is abetted by Iran, the panel said.", "Iran", "Kivu Liberation Front"],
  ["The Kivu Liberation Front is shielded by Iran, the panel said.", "Iran", "Kivu Liberation Front"],
  ["Iran, the Kivu Liberation Front's paymaster, denied the report.", "Iran", "Kivu Liberation Front"],
  ["Iran is the chief protector of the Kivu Liberation Front, the panel said.", "Iran", "Kivu Liberation Front"],
  ["Iran is the main armourer of the Kivu Liberation Front, the panel said.", "Iran", "Kivu Liberation Front"],
  ["Iran is the main bankroller of the Kivu Liberation Front, the panel said.", "Iran", "Kivu Liberation Front"],
  ["Munitions from Iran to the Kivu Liberation Front were seized at sea.", "Iran", "Kivu Liberation Front"],
  ["Missiles from Iran to the Kivu Liberation Front were seized at sea.", "Iran", "Kivu Liberation Front"],
  ["Iran's largesse to the Kivu Liberation Front angered Kinshasa.", "Iran", "Kivu Liberation Front"],
  ["Iran's subsidies to the Kivu Liberation Front angered Kinshasa.", "Iran", "Kivu Liberation Front"],
];

const OPPOSITION: Array<[string, string, string]> = [
  ["The Sahel Patriotic Movement strafed the Malian army near Gao.", "Sahel Patriotic Movement", "Malian army"],
  ["The Malian army repulsed the Sahel Patriotic Movement near Gao on Monday.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army skirmished with the Sahel Patriotic Movement near Gao on Monday.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army is encircling the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army dislodged the Sahel Patriotic Movement from Gao on Monday.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army overpowered the Sahel Patriotic Movement near Gao on Monday.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army eliminated 20 Sahel Patriotic Movement fighters near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army counterattacked the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army has harassed the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army hunted down the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army outflanked the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army has annihilated the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army engaged the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army pummelled the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army vanquished the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army smashed the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army has blockaded the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army fended off the Sahel Patriotic Movement near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army suppressed the Sahel Patriotic Movement revolt.", "Malian army", "Sahel Patriotic Movement"],
  ["The Malian army executed Sahel Patriotic Movement prisoners near Gao.", "Malian army", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement vowed to overthrow the government of Mali.", "Sahel Patriotic Movement", "Government of Mali"],
  ["The Sahel Patriotic Movement unseated the government of Mali in 2012.", "Sahel Patriotic Movement", "Government of Mali"],
  ["The Sahel Patriotic Movement assassinated the commander of the Malian army in Gao.", "Sahel Patriotic Movement", "Malian army"],
  ["The Sahel Patriotic Movement abducted soldiers of the Malian army near Gao.", "Sahel Patriotic Movement", "Malian army"],
  ["The Sahel Patriotic Movement kidnapped the Malian army chief.", "Sahel Patriotic Movement", "Malian army"],
  ["The Sahel Patriotic Movement's onslaught against the Malian army went on.", "Sahel Patriotic Movement", "Malian army"],
  ["The Malian army's crackdown on the Sahel Patriotic Movement went on.", "Malian army", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement's insurrection against the Malian army went on.", "Sahel Patriotic Movement", "Malian army"],
  ["The Sahel Patriotic Movement's barrage against the Malian army went on.", "Sahel Patriotic Movement", "Malian army"],
  ["The Sahel Patriotic Movement's jihad against the Malian army went on.", "Sahel Patriotic Movement", "Malian army"],
];

const CONTROL: Array<[string, string, string]> = [
  ["The Sahel Patriotic Movement reoccupies Gao every rainy season.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement regained Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement reclaimed Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement wrested Gao from the army in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement reconquered Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement retained Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement dominates Gao, residents said.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement garrisoned Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement grabbed Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was retaken by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was recaptured by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was annexed by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was liberated by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was reoccupied by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao was conquered by the Sahel Patriotic Movement in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["Gao is dominated by the Sahel Patriotic Movement.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement extended its control over Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement consolidated control of Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement tightened control over Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement cemented control over Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement reasserted control over Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement imposed control over Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement wields control over Gao.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement won control of Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement secured control of Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement retook control of Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement recovered control of Gao in 2012.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement exerts control over Gao.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement holds control of Gao.", "Sahel Patriotic Movement", "Gao"],
  ["Gao, the Sahel Patriotic Movement heartland, was calm.", "Sahel Patriotic Movement", "Gao"],
  ["The Sahel Patriotic Movement redoubt of Gao was calm.", "Sahel Patriotic Movement", "Gao"],
];

const LEADERSHIP: Array<[string, string, string]> = [
  ["Amadou Kone, who chaired the Sahel Patriotic Movement until 2019, was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Amadou Kone, who directs the Sahel Patriotic Movement, was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Amadou Kone, who co-founded the Sahel Patriotic Movement, was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Amadou Kone, who helms the Sahel Patriotic Movement, was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement, helmed by Amadou Kone, seized Gao.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement, established by Amadou Kone, seized Gao.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement, cofounded by Amadou Kone, seized Gao.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["The Sahel Patriotic Movement, spearheaded by Amadou Kone, seized Gao.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement chairperson Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement co-founder Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement amir Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement boss Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement kingpin Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement chieftain Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement ringleader Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Sahel Patriotic Movement strongman Amadou Kone was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Amadou Kone, the chairperson of the Sahel Patriotic Movement, was arrested.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Malian ruler Amadou Kone was arrested.", "Amadou Kone", "Mali"],
  ["Amadou Kone, the ruler of Mali, was arrested.", "Amadou Kone", "Mali"],
  ["Malian monarch Amadou Kone was arrested.", "Amadou Kone", "Mali"],
  ["Amadou Kone was nominated leader of the Sahel Patriotic Movement on Monday.", "Amadou Kone", "Sahel Patriotic Movement"],
  ["Amadou Kone was promoted commander of the Sahel Patriotic Movement on Monday.", "Amadou Kone", "Sahel Patriotic Movement"],
];

// Words for an armed group: a noun pointing back to one named before, a noun for its fighters after its name.
const GROUPS: Array<[string, string, string, string]> = [
  ["The Kivu Liberation Front seized Goma on Monday. The outfit is backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["The Kivu Liberation Front seized Goma on Monday. The organisation is backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["The Kivu Liberation Front seized Goma on Monday. The organization is backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["The Kivu Liberation Front seized Goma on Monday. The sect is backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["The Kivu Liberation Front seized Goma on Monday. The jihadis are backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["The Kivu Liberation Front seized Goma on Monday. The network is backed by Rwanda, the panel said.", "SUPPORTS", "Rwanda", "Kivu Liberation Front"],
  ["Ituri Vanguard jihadis attacked Uganda on Monday.", "OPPOSES", "Ituri Vanguard", "Uganda"],
  ["Zamfara Vanguard bandits attacked Nigeria on Monday.", "OPPOSES", "Zamfara Vanguard", "Nigeria"],
  ["The Kivu Liberation Front conspired with the Ituri Patriotic Front to seize Bunia.", "ALLIED_WITH", "Kivu Liberation Front", "Ituri Patriotic Front"],
];

describe("the vocabulary of support", () => {
  it.each(SUPPORT)("reads %s", (text, source, target) => expect(has(text, "SUPPORTS", source, target)).toBe(true));
});
describe("the vocabulary of fighting", () => {
  it.each(OPPOSITION)("reads %s", (text, source, target) => expect(has(text, "OPPOSES", source, target)).toBe(true));
});
describe("the vocabulary of taking and holding ground", () => {
  it.each(CONTROL)("reads %s", (text, source, target) => expect(has(text, "CONTROLS", source, target)).toBe(true));
});
describe("the vocabulary of leading", () => {
  it.each(LEADERSHIP)("reads %s", (text, source, target) => expect(has(text, "LEADS", source, target)).toBe(true));
});
describe("the vocabulary of armed groups", () => {
  it.each(GROUPS)("reads %s", (text, type, source, target) => expect(has(text, type, source, target)).toBe(true));
});
