import { describe, expect, it } from "vitest";
import { EntityTable } from "../../../src/extract/entities.js";
import { countryByIso3 } from "../../../src/extract/gazetteer.js";

describe("the article's entity table", () => {
  it("keeps every alias a record was given, merging a list it has seen once only, and again after an alias is removed", () => {
    const table = new EntityTable();
    const sudan = countryByIso3("SDN")!;
    const r = table.countryPlace(sudan, 0);
    expect([...r.aliases]).toEqual(sudan.names.filter((n) => n !== r.name));
    const alias = [...r.aliases][0];
    table.removeAlias(r, alias);
    expect(r.aliases.has(alias)).toBe(false);
    // The next mention of the state brings its names again.
    table.countryPlace(sudan, 1, "Khartoum's rulers");
    expect(r.aliases.has(alias)).toBe(true);
    expect(r.aliases.has("Khartoum's rulers")).toBe(true);
    expect(table.upsert({ key: r.key, kind: "location", type: "COUNTRY", name: r.name, aliases: ["the Sudanese state"] }, 2).aliases.has("the Sudanese state")).toBe(true);
  });

  it("calls a state only by the forms the article used for it, not by every name the data package knows", () => {
    const table = new EntityTable();
    const australia = countryByIso3("AUS")!;
    expect(australia.names).toContain("Commonwealth of Australia");
    const r = table.state(australia, 0, "Canberra");
    table.state(australia, 1, "Australian");
    expect([...r.aliases]).toEqual(["Canberra", "Australian"]);
  });
});
