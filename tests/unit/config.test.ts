import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_GRAPH_RETRY_SECONDS, DEFAULT_LIMITS, loadConfig } from "../../src/config.js";

const KEY = "0123456789abcdef0123";

describe("loadConfig", () => {
  it("defaults to the local Neo4j, port 4000 and development, open for exploring", () => {
    expect(loadConfig({})).toEqual({
      neo4j: null,
      port: 4000,
      nodeEnv: "development",
      api: { apiKeys: [], requireKeyForQueries: false, corsOrigins: "*", introspection: true, sandbox: true, logLevel: "info", limits: DEFAULT_LIMITS, graphRetrySeconds: DEFAULT_GRAPH_RETRY_SECONDS },
    });
  });

  it("closes production by default: no introspection, no Sandbox, no cross-origin browsers", () => {
    expect(loadConfig({ NODE_ENV: "production" }).api).toMatchObject({ corsOrigins: [], introspection: false, sandbox: false, logLevel: "info" });
    expect(loadConfig({ NODE_ENV: "test" }).api.logLevel).toBe("silent");
  });

  it("reads keys, origins, switches and limits", () => {
    const { api } = loadConfig({
      NODE_ENV: "production",
      PROXYGRAPH_API_KEYS: ` ${KEY} , ${KEY}-2,`,
      PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES: "true",
      PROXYGRAPH_CORS_ORIGINS: "https://analyst.example.org, http://localhost:3000",
      PROXYGRAPH_INTROSPECTION: "1",
      PROXYGRAPH_SANDBOX: "true",
      PROXYGRAPH_LOG_LEVEL: "debug",
      PROXYGRAPH_MAX_DEPTH: "8",
      PROXYGRAPH_MAX_COST: "2500",
      PROXYGRAPH_GRAPH_RETRY_SECONDS: "2",
    });
    expect(api).toEqual({
      apiKeys: [KEY, `${KEY}-2`],
      requireKeyForQueries: true,
      corsOrigins: ["https://analyst.example.org", "http://localhost:3000"],
      introspection: true,
      sandbox: true,
      logLevel: "debug",
      limits: { ...DEFAULT_LIMITS, maxDepth: 8, maxCost: 2500 },
      graphRetrySeconds: 2,
    });
    expect(Object.isFrozen(api.apiKeys)).toBe(true);
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
    [{ PROXYGRAPH_API_KEYS: "short" }, /PROXYGRAPH_API_KEYS: key 1 must be at least 16 characters/],
    [{ PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES: "true" }, /PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES=true but PROXYGRAPH_API_KEYS is empty/],
    [{ PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES: "yes" }, /PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES must be true or false, got "yes"/],
    [{ PROXYGRAPH_CORS_ORIGINS: "https://analyst.example.org/" }, /"https:\/\/analyst.example.org\/" is not an origin/],
    [{ PROXYGRAPH_INTROSPECTION: "false", PROXYGRAPH_SANDBOX: "true" }, /PROXYGRAPH_SANDBOX=true needs introspection/],
    [{ PROXYGRAPH_LOG_LEVEL: "loud" }, /PROXYGRAPH_LOG_LEVEL must be one of trace, debug/],
    [{ PROXYGRAPH_MAX_ALIASES: "0" }, /PROXYGRAPH_MAX_ALIASES must be a positive integer, got "0"/],
  ])("fails fast on %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
