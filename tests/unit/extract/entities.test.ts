import { describe, expect, it } from "vitest";
import { EntityTable } from "../../../src/extract/entities.js";
import { countryByIso3 } from "../../../src/extract/gazetteer.js";

describe("the article's entity table", () => {
  it("keeps every alias a record was given, merging a list it has seen once only, and again after an alias is removed", () => {
    const table = new EntityTable();
    const sudan = countryByIso3("SDN")!;
    const r = table.state(sudan, 0);
    expect([...r.aliases]).toEqual(sudan.names.filter((n) => n !== r.name));
    const alias = [...r.aliases][0];
    table.removeAlias(r, alias);
    expect(r.aliases.has(alias)).toBe(false);
    // The next mention of the state brings its names again.
    table.state(sudan, 1, "Khartoum's rulers");
    expect(r.aliases.has(alias)).toBe(true);
    expect(r.aliases.has("Khartoum's rulers")).toBe(true);
    expect(table.upsert({ key: r.key, kind: "actor", type: "STATE", name: r.name, aliases: ["the Sudanese state"] }, 2).aliases.has("the Sudanese state")).toBe(true);
  });
});
