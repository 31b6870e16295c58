/**
 * A throwaway instance that can be stopped and started again on the same port, data and password, so
 * that the reliability suite can play a database outage under a running API. Its home is a test home
 * (swept like theirs if the process dies) and is deleted by close().
 */
import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { LOCAL_USER, generatePassword, type Credentials } from "./credentials.js";
import { startLocalNeo4j } from "./localServer.js";
import { neo4jPaths } from "./paths.js";
import { testHomeName } from "./testInstance.js";

export interface RestartableNeo4j extends Credentials {
  readonly uri: string;
  /** Stops Neo4j, keeping its data and port for start(). */
  stop(): Promise<void>;
  /** Starts it again where stop() left it; resolves once it answers. */
  start(): Promise<void>;
  /** Stops it for good and deletes its data. */
  close(): Promise<void>;
}

export async function startRestartableNeo4j(log: (line: string) => void): Promise<RestartableNeo4j> {
  const home = path.join(neo4jPaths.testHomes, testHomeName(process.pid, Date.now()));
  const credentials: Credentials = { user: LOCAL_USER, password: generatePassword() };
  const launch = (fixedPort?: number) =>
    startLocalNeo4j({
      home,
      credentials,
      fixedPort,
      keepsHome: true,
      log,
      afterStop: async () => {},
      afterStopSync: () => rmSync(home, { recursive: true, force: true }),
    });

  let running: Awaited<ReturnType<typeof launch>> | undefined = await launch();
  const uri = running.uri;
  const port = Number(new URL(uri).port);
  const stop = async () => {
    const current = running;
    running = undefined;
    await current?.stop();
  };
  return {
    uri,
    ...credentials,
    stop,
    async start() {
      running ??= await launch(port);
    },
    async close() {
      await stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
