import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../src/extract/types.js";
import { parseStatement, statement, statementNamesUnder, statements } from "../../src/graph/cypher.js";

describe("cypher/", () => {
  it("loads every statement, each declaring exactly the parameters it uses", () => {
    expect(statements().size).toBeGreaterThan(20);
    expect(statement("read/evidence").params).toEqual(["filter", "pairs"]);
  });

  it("keeps the schema statements in file order and idempotent", () => {
    const names = statementNamesUnder("schema");
    expect(names).toEqual([...names].sort());
    for (const name of names.filter((name) => !name.endsWith("await-indexes"))) {
      expect(statement(name).text).toMatch(/IF NOT EXISTS/);
    }
  });

  it("writes every relation type's derived edge", () => {
    for (const type of RELATION_TYPES) {
      expect(statement("import/set-derived-edges").text).toContain(`edge.type = "${type}" THEN [1] ELSE [] END | MERGE (source)-[e:${type}]->(target)`);
    }
  });

  it("rejects a header that disagrees with the body", () => {
    expect(() => parseStatement("read/x", "// params: $id\nMATCH (a {id: $actorId}) RETURN a")).toThrow(
      "cypher/read/x.cypher: header declares $id but the statement uses $actorId",
    );
    expect(() => parseStatement("read/x", "MATCH (a) RETURN a")).toThrow(/missing "\/\/ params:" header/);
  });
});
