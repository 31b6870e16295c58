/** Environment → frozen typed config. Every entry point reads it once and fails fast on bad input. */

export const NODE_ENVS = ["development", "test", "production"] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** Unset: the server's default database. */
  database?: string;
}

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Request-level limits on a GraphQL document, enforced before anything runs. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
}

/** How the GraphQL API guards and describes itself; defaults are safe for `production`. */
export interface ApiConfig {
  /** Bearer keys allowed to mutate (and to query, when requireKeyForQueries). Empty: no mutations. */
  apiKeys: readonly string[];
  requireKeyForQueries: boolean;
  /** Browser origins allowed to call the API; "*" any, [] only same-origin pages. */
  corsOrigins: "*" | readonly string[];
  introspection: boolean;
  /** Apollo Sandbox with the example operations at the API's URL (needs introspection). */
  sandbox: boolean;
  logLevel: LogLevel;
  limits: Readonly<QueryLimits>;
  /** How long a request's transaction is retried while Neo4j is unreachable before it fails with GRAPH_UNAVAILABLE. */
  graphRetrySeconds: number;
}

export interface Config {
  /** null when NEO4J_URI is unset: the process starts (or reuses) the local Neo4j instead. */
  neo4j: Neo4jTarget | null;
  port: number;
  nodeEnv: NodeEnv;
  api: Readonly<ApiConfig>;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const nodeEnv = readNodeEnv(env.NODE_ENV);
  return Object.freeze({
    neo4j: readNeo4jTarget(env),
    port: readPort(env.PORT),
    nodeEnv,
    api: readApiConfig(env, nodeEnv),
  });
}

// Cost: a full page (200) of claims with their evidence scores about 36,000 in graphql-armor's reckoning.
export const DEFAULT_LIMITS: Readonly<QueryLimits> = Object.freeze({ maxDepth: 12, maxAliases: 15, maxTokens: 1500, maxCost: 50_000, maxDirectives: 20 });
const MIN_KEY_LENGTH = 16;
/**
 * The server's retry budget per transaction: enough to ride out a deadlock or a dropped connection,
 * short enough that while Neo4j is down a caller hears so in seconds, not after the driver's 30 s.
 */
export const DEFAULT_GRAPH_RETRY_SECONDS = 5;

function readApiConfig(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv): Readonly<ApiConfig> {
  const open = nodeEnv !== "production";
  const apiKeys = readApiKeys(env.PROXYGRAPH_API_KEYS);
  const requireKeyForQueries = readBoolean(env, "PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES", false);
  if (requireKeyForQueries && apiKeys.length === 0) {
    throw new ConfigError("PROXYGRAPH_REQUIRE_KEY_FOR_QUERIES=true but PROXYGRAPH_API_KEYS is empty: no one could query");
  }
  const introspection = readBoolean(env, "PROXYGRAPH_INTROSPECTION", open);
  const sandbox = readBoolean(env, "PROXYGRAPH_SANDBOX", open && introspection);
  if (sandbox && !introspection) throw new ConfigError("PROXYGRAPH_SANDBOX=true needs introspection: unset PROXYGRAPH_INTROSPECTION=false");
  return Object.freeze({
    apiKeys,
    requireKeyForQueries,
    corsOrigins: readCorsOrigins(env.PROXYGRAPH_CORS_ORIGINS, open),
    introspection,
    sandbox,
    logLevel: readLogLevel(env.PROXYGRAPH_LOG_LEVEL, nodeEnv),
    limits: Object.freeze({
      maxDepth: readPositiveInt(env, "PROXYGRAPH_MAX_DEPTH", DEFAULT_LIMITS.maxDepth),
      maxAliases: readPositiveInt(env, "PROXYGRAPH_MAX_ALIASES", DEFAULT_LIMITS.maxAliases),
      maxTokens: readPositiveInt(env, "PROXYGRAPH_MAX_TOKENS", DEFAULT_LIMITS.maxTokens),
      maxCost: readPositiveInt(env, "PROXYGRAPH_MAX_COST", DEFAULT_LIMITS.maxCost),
      maxDirectives: readPositiveInt(env, "PROXYGRAPH_MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives),
    }),
    graphRetrySeconds: readPositiveInt(env, "PROXYGRAPH_GRAPH_RETRY_SECONDS", DEFAULT_GRAPH_RETRY_SECONDS),
  });
}

function readApiKeys(raw: string | undefined): readonly string[] {
  const keys = (raw ?? "").split(",").map((key) => key.trim()).filter((key) => key !== "");
  keys.forEach((key, index) => {
    // Short keys can be guessed; whitespace would never survive an Authorization header.
    if (key.length < MIN_KEY_LENGTH || /\s/.test(key)) {
      throw new ConfigError(`PROXYGRAPH_API_KEYS: key ${index + 1} must be at least ${MIN_KEY_LENGTH} characters without spaces (e.g. \`openssl rand -hex 24\`)`);
    }
  });
  return Object.freeze(keys);
}

function readCorsOrigins(raw: string | undefined, open: boolean): "*" | readonly string[] {
  const value = blankToUndefined(raw);
  if (value === undefined) return open ? "*" : Object.freeze([]);
  if (value === "*") return "*";
  return Object.freeze(value.split(",").map((origin) => origin.trim()).filter((origin) => origin !== "").map((origin) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    // Browsers send the bare origin, so anything more (a path, a trailing slash) would never match.
    if (parsed === undefined || parsed.origin !== origin) {
      throw new ConfigError(`PROXYGRAPH_CORS_ORIGINS: "${origin}" is not an origin like https://analyst.example.org (scheme, host, optional port; no path)`);
    }
    return origin;
  }));
}

function readLogLevel(raw: string | undefined, nodeEnv: NodeEnv): LogLevel {
  const value = blankToUndefined(raw) ?? (nodeEnv === "test" ? "silent" : "info");
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(`PROXYGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${value}"`);
  }
  return value as LogLevel;
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = blankToUndefined(env[name])?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function readPositiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function readNeo4jTarget(env: NodeJS.ProcessEnv): Neo4jTarget | null {
  const uri = blankToUndefined(env.NEO4J_URI);
  const user = blankToUndefined(env.NEO4J_USER);
  const password = env.NEO4J_PASSWORD;
  const database = blankToUndefined(env.NEO4J_DATABASE);
  if (!uri) {
    // Credentials without a URI would be silently ignored in favour of the local Neo4j.
    const stray = Object.entries({ NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database })
      .filter(([, value]) => value !== undefined)
      .map(([name]) => name);
    if (stray.length > 0) throw new ConfigError(`${stray.join(", ")} set but NEO4J_URI is not: set NEO4J_URI too, or unset them to use the local Neo4j`);
    return null;
  }
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/]+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687, got "${uri}"`);
  }
  if (password === undefined || password === "") {
    throw new ConfigError(`NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is missing`);
  }
  return Object.freeze({ uri, user: user ?? "neo4j", password, ...(database ? { database } : {}) });
}

function readPort(raw: string | undefined): number {
  if (blankToUndefined(raw) === undefined) return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function readNodeEnv(raw: string | undefined): NodeEnv {
  const value = blankToUndefined(raw) ?? "development";
  if (!(NODE_ENVS as readonly string[]).includes(value)) {
    throw new ConfigError(`NODE_ENV must be one of ${NODE_ENVS.join(", ")}, got "${value}"`);
  }
  return value as NodeEnv;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
