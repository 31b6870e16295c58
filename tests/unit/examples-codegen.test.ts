import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_FILE, generateClientTypes } from "../../examples/codegen.js";

describe("examples/generated/graphql.ts", () => {
  it("matches what GraphQL Code Generator makes of the SDL and examples/operations.graphql (run `npm run examples:codegen`)", async () => {
    // Also fails, naming the field, when an example operation no longer fits the schema.
    expect(await readFile(GENERATED_FILE, "utf8")).toBe(await generateClientTypes());
  });
});
