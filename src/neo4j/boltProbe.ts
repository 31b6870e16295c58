/** Whether a Bolt server answers with these credentials: the one test of "ready" and of "reusable". */
import neo4j from "neo4j-driver";
import type { Credentials } from "./credentials.js";

export async function boltAnswers(uri: string, credentials: Credentials, timeoutMs = 5_000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Polls until the server answers or the deadline passes. */
export async function waitForBolt(uri: string, credentials: Credentials, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await boltAnswers(uri, credentials)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
