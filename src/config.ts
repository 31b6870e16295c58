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

export interface Config {
  /** null when NEO4J_URI is unset: the process starts (or reuses) the local Neo4j instead. */
  neo4j: Neo4jTarget | null;
  port: number;
  nodeEnv: NodeEnv;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  return Object.freeze({
    neo4j: readNeo4jTarget(env),
    port: readPort(env.PORT),
    nodeEnv: readNodeEnv(env.NODE_ENV),
  });
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
