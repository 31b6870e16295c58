/**
 * A typed GraphQL client in one file, plain fetch: copy it (with generated/graphql.ts) into an
 * analyst tool. Results and variables are typed by the operation's TypedDocumentNode.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** One of the server's PROXYGRAPH_API_KEYS: needed for mutations, and for queries when they are closed. */
  apiKey?: string;
}

export interface GraphQLErrorPayload {
  message: string;
  extensions?: { code?: string };
}

/** What the server refused, with its stable codes (BAD_USER_INPUT, UNAUTHENTICATED, …). */
export class ProxygraphError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorPayload[],
  ) {
    super(errors.map((error) => `${error.message} [${error.extensions?.code ?? "UNKNOWN"}]`).join("; ") || `HTTP ${status}`);
    this.name = "ProxygraphError";
  }

  get codes(): string[] {
    return this.errors.map((error) => error.extensions?.code ?? "UNKNOWN");
  }
}

export type Request = <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

export function createClient({ url, apiKey }: ClientOptions): Request {
  return async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorPayload[] };
    if (body.errors?.length || body.data == null) throw new ProxygraphError(response.status, body.errors ?? []);
    return body.data as Result;
  };
}
