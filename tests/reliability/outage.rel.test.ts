/**
 * Neo4j stopped and started again under a running API process and a steady stream of requests: while
 * it is down requests fail with GRAPH_UNAVAILABLE and a message saying so; once it is back they succeed
 * again, without restarting the API, as soon as a fresh connection's query succeeds: the API keeps no
 * stale connection or state from before the outage. Uses its own Neo4j, which it stops and restarts on
 * the same port.
 */
import neo4jDriver from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRestartableNeo4j, type RestartableNeo4j } from "../../src/neo4j/index.js";
import { recordFigures } from "./support/figures.js";
import { postGraphQL, startApiProcess, type ApiProcess } from "./support/processes.js";

const CLIENTS = 4;
const QUERY = `{ actor(name: "LNA") { name backers { edges { node { name } kinds } } } }`;
/**
 * How long each step may take before the check fails saying which step it was. Bounded, so that a
 * server that never recovers fails here rather than at the test's timeout, and generous: the steps
 * have taken 10-60 times longer on a 2-core machine at load average 20 than on a quiet one.
 */
const DEADLINE_MS = {
  /** A few answers before the outage: the API has started, so only the requests' own time. */
  firstAnswers: 180_000,
  /** The server retries a transaction for PROXYGRAPH_GRAPH_RETRY_SECONDS (5) before a request fails. */
  failuresWhileDown: 180_000,
  /** Neo4j's start is bounded apart (PROXYGRAPH_NEO4J_START_TIMEOUT_S); this is the rest of its recovery: Bolt up to its first query answered (4-26 s measured). */
  freshDriverAnswers: 300_000,
  /** From there to the API's first success and every client's next request (4-21 s measured). */
  apiRecovers: 300_000,
};
/** Requests sent after the API's first success that must all succeed: ten per client. */
const REQUESTS_AFTER_RECOVERY = 10 * CLIENTS;

interface Outcome {
  startedAt: number;
  endedAt: number;
  ok: boolean;
  code?: string;
  message?: string;
}

let neo4j: RestartableNeo4j;
let api: ApiProcess;

beforeAll(async () => {
  neo4j = await startRestartableNeo4j((line) => console.error(`[neo4j outage] ${line}`));
  // The API imports seeds/ (the Sirte article, where the LNA is) as it starts.
  api = await startApiProcess(neo4j);
});
afterAll(async () => {
  await api?.stop();
  await neo4j?.close();
});

/** CLIENTS loops of one request after another, until stop() is called. */
function steadyRequests() {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const startedAt = Date.now();
      try {
        const reply = await postGraphQL(api.url, QUERY);
        const ok = reply.status === 200 && reply.errors === undefined && reply.data?.actor?.backers?.edges?.length > 0;
        outcomes.push({ startedAt, endedAt: Date.now(), ok, code: reply.errors?.[0]?.extensions?.code, message: reply.errors?.[0]?.message });
      } catch (error) {
        outcomes.push({ startedAt, endedAt: Date.now(), ok: false, code: "NO_HTTP_ANSWER", message: String(error) });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

/**
 * When a driver that never saw the outage first gets a query answered: Neo4j accepts Bolt connections
 * before its database serves queries, so this, not the port opening, is when the API can answer again.
 */
async function firstAnswerOfAFreshDriver(): Promise<number> {
  const deadline = Date.now() + DEADLINE_MS.freshDriverAnswers;
  for (;;) {
    const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password), { maxTransactionRetryTime: 0 });
    try {
      await driver.executeQuery("RETURN 1");
      return Date.now();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Neo4j accepted no query from a fresh driver within ${DEADLINE_MS.freshDriverAnswers / 1000} s of its restart`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await driver.close();
    }
  }
}

async function until(condition: () => boolean, timeoutMs: number, what: string, seen: () => unknown): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; seen: ${JSON.stringify(seen())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("Neo4j stopped and restarted during a load run", () => {
  it("fails requests clearly while it is down and serves them again after, without restarting the API", async (context) => {
    const load = steadyRequests();
    const last = (count: number) => () => load.outcomes.slice(-count);
    await until(() => load.outcomes.filter((o) => o.ok).length >= 20, DEADLINE_MS.firstAnswers, "the first answers", last(8));

    // Neo4j stops its Bolt server before its JVM is gone, which on a busy machine takes seconds: requests
    // answered meanwhile may be served or fail. "Down" is counted from when the JVM is gone.
    const stopRequestedAt = Date.now();
    await neo4j.stop();
    const stoppedAt = Date.now();
    const down = () => load.outcomes.filter((o) => o.startedAt >= stoppedAt && !o.ok);
    await until(() => down().length >= CLIENTS, DEADLINE_MS.failuresWhileDown, "requests to fail while Neo4j is down", last(8));

    const restartedAt = Date.now();
    await neo4j.start();
    // Bolt accepts a connection and logs in.
    const upAt = Date.now();
    const servingAt = await firstAnswerOfAFreshDriver();
    const answeredAfter = (time: number) => load.outcomes.filter((o) => o.startedAt >= time && o.ok);
    await until(() => answeredAfter(upAt).length >= 1, DEADLINE_MS.apiRecovers, "an answer after the restart", () => ({ upAt, last: last(8)() }));
    const recoveredAt = answeredAfter(upAt)[0]!.endedAt;
    const sentAfter = (time: number) => load.outcomes.filter((o) => o.startedAt >= time);
    await until(() => sentAfter(servingAt).length >= CLIENTS && sentAfter(recoveredAt).length >= REQUESTS_AFTER_RECOVERY, DEADLINE_MS.apiRecovers, "requests sent after the API answered again", last(8));
    await load.stop();

    const before = load.outcomes.filter((o) => o.endedAt < stopRequestedAt);
    const stopping = load.outcomes.filter((o) => o.endedAt >= stopRequestedAt && o.startedAt < stoppedAt);
    const during = load.outcomes.filter((o) => o.startedAt >= stoppedAt && o.endedAt < restartedAt);
    const after = load.outcomes.filter((o) => o.startedAt >= recoveredAt);
    const sentOnceServing = load.outcomes.filter((o) => o.startedAt >= servingAt);
    // Started while Neo4j was down or still coming back, answered before the first success after it.
    const comingBack = load.outcomes.filter((o) => o.startedAt >= stoppedAt && o.endedAt >= restartedAt && o.endedAt < recoveredAt);
    recordFigures(context, {
      okBefore: before.filter((o) => o.ok).length,
      failedBefore: before.filter((o) => !o.ok).length,
      secondsStopping: Math.round((stoppedAt - stopRequestedAt) / 100) / 10,
      okWhileStopping: stopping.filter((o) => o.ok).length,
      failedWhileStopping: stopping.filter((o) => !o.ok).length,
      codesWhileStopping: [...new Set(stopping.map((o) => o.code ?? "ok"))].join("/"),
      failedWhileDown: during.filter((o) => !o.ok).length,
      secondsToFirstFailure: Math.round((Math.min(...during.filter((o) => !o.ok).map((o) => o.endedAt)) - stoppedAt) / 100) / 10,
      slowestFailureSeconds: Math.round(Math.max(...during.filter((o) => !o.ok).map((o) => o.endedAt - o.startedAt)) / 100) / 10,
      secondsDown: Math.round((upAt - stoppedAt) / 1000),
      // Neo4j's own: from starting the JVM to Bolt logging in, then to its first query answered.
      secondsNeo4jStarting: Math.round((upAt - restartedAt) / 100) / 10,
      secondsBoltToFirstQuery: Math.round((servingAt - upAt) / 100) / 10,
      secondsToRecoverAfterRestart: Math.round((recoveredAt - upAt) / 100) / 10,
      secondsToRecoverAfterFirstQuery: Math.round((recoveredAt - servingAt) / 100) / 10,
      failedWhileComingBack: comingBack.filter((o) => !o.ok).length,
      codesWhileComingBack: [...new Set(comingBack.map((o) => o.code ?? "ok"))].join("/"),
      // What the server said, without the driver's detail (the part in parentheses).
      saidWhileComingBack: [...new Set(comingBack.filter((o) => !o.ok).map((o) => (o.message ?? "").replace(/\s*\(Neo4j:[\s\S]*$/, "")))].join(" | "),
      okAfter: after.filter((o) => o.ok).length,
      failedAfter: after.filter((o) => !o.ok).length,
    });

    expect(before.filter((o) => !o.ok)).toEqual([]);
    for (const failure of stopping.filter((o) => !o.ok)) {
      expect(failure.code, failure.message).toBe("GRAPH_UNAVAILABLE");
      expect(failure.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    }
    // The HTTP layer never stopped answering, and every failure says what is wrong.
    expect(during.filter((o) => o.ok)).toEqual([]);
    for (const failure of during) {
      expect(failure.code).toBe("GRAPH_UNAVAILABLE");
      expect(failure.message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    }
    for (const failure of comingBack.filter((o) => !o.ok)) {
      expect(failure.code, failure.message).toBe("GRAPH_UNAVAILABLE");
      expect(failure.message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    }
    expect(after.length).toBeGreaterThanOrEqual(REQUESTS_AFTER_RECOVERY);
    expect(after.filter((o) => !o.ok)).toEqual([]);
    // Nothing from before the outage is held against the API once Neo4j serves again.
    expect(sentOnceServing.length).toBeGreaterThanOrEqual(CLIENTS);
    expect(sentOnceServing.filter((o) => !o.ok)).toEqual([]);
    expect(process.kill(api.pid, 0)).toBe(true);
  });
});
