import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { openGraph } from "../../src/graph/driver.js";

describe("connecting to Neo4j", () => {
  it("says which credentials are wrong for which server", async () => {
    const { uri, user } = inject("neo4j");
    await expect(openGraph({ uri, user, password: "not-the-password" })).rejects.toMatchObject({
      code: "GRAPH_AUTH_FAILED",
      message: expect.stringContaining(`wrong NEO4J_USER/NEO4J_PASSWORD for NEO4J_URI ${uri}`),
    });
  });

  it("says when nothing listens at the URI", async () => {
    await expect(openGraph({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" })).rejects.toMatchObject({
      code: "GRAPH_UNAVAILABLE",
      message: expect.stringContaining("cannot reach Neo4j at bolt://127.0.0.1:1"),
    });
  });
});
