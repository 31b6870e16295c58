/**
 * Names read past what stands between them and what is said of them: another name for a person set
 * off by commas ("X, known as Y, head of Z"). The texts are written for these tests in the style of
 * wire copy.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { Extraction } from "../../../src/extract/types.js";

const actor = (x: Extraction, n: string) => x.actors.find((e) => e.name === n || e.aliases.includes(n));
const related = (x: Extraction, type: string, a: string, b: string) => x.relations.some((r) => r.type === type && r.source === actor(x, a)?.id && r.target === actor(x, b)?.id);

describe("another name set off by commas", () => {
  it("reads a bare title after a nickname as the person's", () => {
    const x = extractArticle("date 2024-03-01\nOmar Haji Dhuubow, known as Qaraami, commander of the Hiiraan Defence Brigade (HDB), was wounded in a mortar attack near Beledweyne on Sunday.");
    expect(actor(x, "Omar Haji Dhuubow")?.type).toBe("PERSON");
    expect(related(x, "LEADS", "Omar Haji Dhuubow", "Hiiraan Defence Brigade")).toBe(true);
  });
  it("reads a title with an article after an alias as the person's", () => {
    const x = extractArticle("date 2024-03-01\n\"We will not retreat,\" Baltazar Ruiz Ochoa, alias Tigre, the leader of the Sierra Norte Front, told reporters in the hills above the town.");
    expect(related(x, "LEADS", "Baltazar Ruiz Ochoa", "Sierra Norte Front")).toBe(true);
  });
  it("reads a relative clause of leading after an alias as the person's", () => {
    const x = extractArticle("date 2024-03-01\nThe raid targeted Idrissa Kone Maiga, also known as Abu Talha, who leads the Gourma Liberation Front, officials said.");
    expect(related(x, "LEADS", "Idrissa Kone Maiga", "Gourma Liberation Front")).toBe(true);
  });
});

describe("a body named as a person's", () => {
  it("reads the body before 'of' and a person as the one they lead, first in a list too", () => {
    const x = extractArticle("date 2024-03-01\nThey include the Union for Democracy in the Republic of Chad (UDRC) of Moussa Hissein, the Movement for Renewal of the Republic of Chad (MRRC) of Ibrahim Kodi and two smaller factions.");
    expect(related(x, "LEADS", "Moussa Hissein", "Union for Democracy in the Republic of Chad")).toBe(true);
  });
  it("makes a party of an unknown name that a known person owns", () => {
    const x = extractArticle("date 2024-03-01\nKarim Khalili, a former physics professor, returned from exile in May. Ministers met envoys of the Sangha-Kombo of Karim Khalili on Tuesday.");
    expect(actor(x, "Sangha-Kombo")).toBeDefined();
    expect(related(x, "LEADS", "Karim Khalili", "Sangha-Kombo")).toBe(true);
  });
  it("makes no party of a word opening a headline before 'of' and a name", () => {
    const x = extractArticle("date 2024-03-01\nRescue of Harbour Star is over, 40 sailors freed: navy\nThe navy said the crew of the Harbour Star had been freed, a spokesman, Commander Ali Reza, said.");
    expect(actor(x, "Rescue")).toBeUndefined();
  });
});
