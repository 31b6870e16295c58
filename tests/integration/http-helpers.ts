/** The API over real HTTP on a free port, configured as the environment given would configure it. */
import { startHttpApi, type RunningApi } from "../../src/api/http.js";
import { buildApiSchema } from "../../src/api/schema.js";
import { loadConfig } from "../../src/config.js";
import type { Graph } from "../../src/graph/driver.js";
import { createLogger, type Logger } from "../../src/logger.js";

export async function startTestHttpApi(graph: Graph, env: Record<string, string> = {}, logger: Logger = createLogger("silent")): Promise<RunningApi> {
  return startHttpApi({ schema: await buildApiSchema(), graph, config: loadConfig({ NODE_ENV: "test", ...env }), logger, port: 0 });
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/** POSTs a GraphQL request body as JSON; `headers` adds to or overrides the content type. */
export async function postGraphQL(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse["body"] };
}

export const codesOf = (response: GraphQLResponse) => (response.body.errors ?? []).map((error) => error.extensions?.code);
