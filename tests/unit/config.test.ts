import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("defaults to the local Neo4j, port 4000 and development", () => {
    expect(loadConfig({})).toEqual({ neo4j: null, port: 4000, nodeEnv: "development" });
  });

  it("reads a remote Neo4j, defaulting the user to neo4j", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_PASSWORD: "s3cret", NEO4J_DATABASE: "conflicts", PORT: "8080" });
    expect(config.neo4j).toEqual({ uri: "neo4j://db.example:7687", user: "neo4j", password: "s3cret", database: "conflicts" });
    expect(config.port).toBe(8080);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ NEO4J_URI: "bolt://localhost:7687" }, /NEO4J_URI is set \(bolt:\/\/localhost:7687\) but NEO4J_PASSWORD is missing/],
    [{ NEO4J_PASSWORD: "x" }, /NEO4J_PASSWORD set but NEO4J_URI is not/],
    [{ NEO4J_URI: "localhost:7687", NEO4J_PASSWORD: "x" }, /NEO4J_URI must look like neo4j:\/\/host:7687/],
    [{ PORT: "http" }, /PORT must be an integer/],
    [{ NODE_ENV: "staging" }, /NODE_ENV must be one of development, test, production/],
  ])("fails fast on %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
