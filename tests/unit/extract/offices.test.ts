/**
 * Offices titled before a name with no body named: which record (the state or its government) they
 * are held in; counterparts; governments named for their heads.
 * The texts are written for these tests in the style of wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const id = (x: Extraction, n: string) => [...x.actors, ...x.locations].find((e) => e.name === n || e.aliases.includes(n))?.id;
const rel = (x: Extraction, type: string, source: string, target: string) => x.relations.find((r) => r.type === type && r.source === id(x, source) && r.target === id(x, target));

describe("offices of state with no body named", () => {
  it("places a prime minister in the home government, the head of state in the state, a country titling another person aside", () => {
    const x = extractArticle("date 2024-03-01\nDILI, March 1 (Reuters) - East Timor's President Jose Alves dissolved the cabinet on Friday, a week after Prime Minister Mario Soares resigned. The government had faced weeks of protests.");
    expect(rel(x, "LEADS", "Jose Alves", "East Timor")).toBeDefined();
    expect(rel(x, "LEADS", "Mario Soares", "Government of Timor-Leste")).toBeDefined();
    expect(rel(x, "LEADS", "Mario Soares", "East Timor")).toBeUndefined();
  });
  it("keeps a prime minister in the state where the article names no government", () => {
    const x = extractArticle("date 2024-03-01\nDILI, March 1 (Reuters) - Prime Minister Mario Soares visited troops in the east on Friday. East Timor has asked for help from its neighbours.");
    expect(rel(x, "LEADS", "Mario Soares", "East Timor")).toBeDefined();
  });
  it("places a head who speaks for the home state there, whatever the sentence before named", () => {
    const x = extractArticle("date 2024-03-01\nKATHMANDU, March 1 (Reuters) - Nepal's army said it had killed ten rebels. Troops from India crossed the border on Thursday. Prime Minister Ram Bahadur said Nepal would not give in to the rebels. The government has imposed a curfew.");
    expect(rel(x, "LEADS", "Ram Bahadur", "Government of Nepal")).toBeDefined();
  });
});

describe("counterparts", () => {
  it("places a minister's counterpart in the state named as a member, a head of state's as its head", () => {
    const x = extractArticle("date 2024-03-01\nNAIROBI, March 1 (Reuters) - Kenyan Foreign Minister Peter Kamau met his Somali counterpart Abdi Warsame in Nairobi on Friday. Later the Gabonese president Paul Obame and his Cameroonian counterpart Jean Biya signed a pact.");
    expect(rel(x, "MEMBER_OF", "Abdi Warsame", "Somalia")).toBeDefined();
    expect(rel(x, "LEADS", "Abdi Warsame", "Somalia")).toBeUndefined();
    expect(rel(x, "LEADS", "Jean Biya", "Cameroon")).toBeDefined();
  });
  it("reads the office of the person beside the counterpart where the article first titled them", () => {
    const x = extractArticle("date 2024-03-01\nNAIROBI, March 1 (Reuters) - Foreign Minister Peter Kamau flew to Addis Ababa on Friday. Kamau, who held talks with his Ethiopian counterpart Tesfaye Alemu, said the border would reopen.");
    expect(rel(x, "MEMBER_OF", "Tesfaye Alemu", "Ethiopia")).toBeDefined();
  });
  it("places no counterpart of someone who holds no office", () => {
    const x = extractArticle("date 2024-03-01\nNAIROBI, March 1 (Reuters) - The activist Peter Kamau met his Somali counterpart Abdi Warsame in Nairobi on Friday.");
    expect(x.relations.filter((r) => r.source === id(x, "Abdi Warsame"))).toEqual([]);
  });
});

describe("governments named for their heads", () => {
  it("reads whose a government is as a person who leads it", () => {
    const x = extractArticle("date 2024-03-01\nADDIS ABABA, March 1 (Reuters) - Officials accused the Sudanese government of Omar Hassan Bashir of arming the rebels. Ethiopia denied sending troops.");
    expect(rel(x, "LEADS", "Omar Hassan Bashir", "Government of Sudan")).toBeDefined();
  });
  it("takes no city a government is of for a person", () => {
    const x = extractArticle("date 2024-03-01\nLAGOS, March 1 (Reuters) - Police said the government of Port Harcourt had asked for troops. Nigeria denied it.");
    expect(x.actors.filter((a) => a.type === "PERSON")).toEqual([]);
  });
});

describe("the story's own country", () => {
  const story = (dateline: string) => `date 2023-08-03\n${dateline} (Reuters) - Kenya will send more troops to its border with Somalia, the interior ministry announced on Thursday, saying Somali militias had crossed into Mandera from across the frontier. President Jonah Kariuki said the deployment was temporary. Somalia has denied it. Somali officials said Somalia had closed its side of the border. Somalia's army said Somali troops were on alert.`;
  it("is the country of the dateline's town when the lede opens with it, however often a neighbour is named", () => {
    const x = extractArticle(story("NAIROBI"));
    expect(rel(x, "LEADS", "Jonah Kariuki", "Kenya") ?? rel(x, "LEADS", "Jonah Kariuki", "Government of Kenya")).toBeDefined();
    expect(x.relations.filter((r) => r.source === id(x, "Jonah Kariuki") && [id(x, "Somalia"), id(x, "Government of Somalia")].includes(r.target))).toEqual([]);
  });
});
