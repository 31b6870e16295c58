/**
 * The three contenders as HTTP servers on 127.0.0.1, in one child process of the bench so that the
 * load generator does not share its event loop with them. Each has its own driver with the default
 * pool, as each would in its own deployment; only one is under load at a time.
 *
 * Reads the bench Neo4j from BENCH_NEO4J_URI/USER/PASSWORD, prints one line
 * `BENCH_SERVERS {"proxygraph": url, "neo4j-graphql": url, "raw": url}`, and stops when stdin closes.
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import neo4j from "neo4j-driver";
import { startHttpApi } from "../../src/api/http.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { runCypher } from "../../src/graph/cypher.js";
import { openGraph, type Graph } from "../../src/graph/driver.js";
import { buildNeo4jGraphqlSchema } from "./neo4jGraphql.js";
import { QUESTIONS, type Contender } from "./questions.js";

const HOST = "127.0.0.1";

const target = {
  uri: required("BENCH_NEO4J_URI"),
  user: process.env.BENCH_NEO4J_USER ?? "neo4j",
  password: required("BENCH_NEO4J_PASSWORD"),
};

const proxygraphGraph = await openGraph(target);
// Served as `npm start` serves it in production, with introspection on so the harness can see which questions this build answers.
const proxygraphConfig = loadConfig({ NODE_ENV: "production", PROXYGRAPH_INTROSPECTION: "true", PROXYGRAPH_LOG_LEVEL: "silent" });
const proxygraph = await startHttpApi({ schema: await buildApiSchema(), graph: proxygraphGraph, config: proxygraphConfig, logger: createLogger("silent"), port: 0, host: HOST });
const proxygraphUrl = proxygraph.url.replace("localhost", HOST);

const neo4jGraphqlDriver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
// Introspection on as for proxygraph (NODE_ENV is production here), so both are asked the same way.
const neo4jGraphql = new ApolloServer({ schema: await buildNeo4jGraphqlSchema(neo4jGraphqlDriver), introspection: true });
const { url: neo4jGraphqlUrl } = await startStandaloneServer(neo4jGraphql, { listen: { host: HOST, port: 0 } });

const rawGraph = await openGraph(target);
const raw = createServer((request, response) => void answerRaw(rawGraph, request, response));
await new Promise<void>((resolve) => raw.listen(0, HOST, resolve));
const rawUrl = `http://${HOST}:${(raw.address() as AddressInfo).port}/`;

const urls: Record<Contender, string> = { proxygraph: proxygraphUrl, "neo4j-graphql": neo4jGraphqlUrl, raw: rawUrl };
console.log(`BENCH_SERVERS ${JSON.stringify(urls)}`);

process.stdin.resume();
process.stdin.on("end", async () => {
  await Promise.allSettled([proxygraph.stop(), neo4jGraphql.stop(), new Promise((resolve) => raw.close(resolve))]);
  await Promise.allSettled([proxygraphGraph.close(), rawGraph.close(), neo4jGraphqlDriver.close()]);
  process.exit(0);
});

/** POST /<question key> with the statement's parameters as JSON → {"data": page}: the least a server can do. */
async function answerRaw(graph: Graph, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const question = QUESTIONS.find((one) => `/${one.key}` === request.url);
    if (!question || request.method !== "POST") {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const params = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const [row] = await graph.read((tx) => runCypher(tx, question.raw.statement, params));
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: row?.page ?? null }));
  } catch (error) {
    response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: bench/api/servers.ts is started by npm run bench`);
  return value;
}
