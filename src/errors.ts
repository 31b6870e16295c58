/**
 * The public error codes, and the one place internal errors (config, neo4j-driver, import
 * validation) become them. Both the API (via formatGraphQLError) and the CLI go through here.
 */
import { Neo4jError, error as neo4jErrorCodes } from "neo4j-driver";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ConfigError } from "./config.js";
import { ArticleInputError } from "./extract/input.js";

export const ERROR_CODES = [
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "INVALID_CONFIG",
  "INVALID_EXTRACTION",
  "GRAPH_AUTH_FAILED",
  "GRAPH_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Where the failing call was going, so messages can say which server and database to check. */
export interface GraphTarget {
  uri: string;
  database?: string;
}

export function toAppError(error: unknown, target?: GraphTarget): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ConfigError) return new AppError("INVALID_CONFIG", error.message, { cause: error });
  if (error instanceof ArticleInputError) return new AppError("BAD_USER_INPUT", error.message, { cause: error });
  if (error instanceof Neo4jError) return fromNeo4jError(error, target);
  const message = error instanceof Error ? error.message : String(error);
  return new AppError("INTERNAL_SERVER_ERROR", message, { cause: error });
}

function fromNeo4jError(error: Neo4jError, target?: GraphTarget): AppError {
  const uri = target?.uri ?? "NEO4J_URI";
  const said = `(Neo4j: ${error.message})`;
  switch (error.code) {
    case "Neo.ClientError.Security.Unauthorized":
      return new AppError("GRAPH_AUTH_FAILED", `wrong NEO4J_USER/NEO4J_PASSWORD for NEO4J_URI ${uri} ${said}`, { cause: error });
    case "Neo.ClientError.Security.AuthenticationRateLimit":
      return new AppError("GRAPH_AUTH_FAILED", `too many failed logins to ${uri}; fix NEO4J_USER/NEO4J_PASSWORD and retry in a few seconds ${said}`, { cause: error });
    case "Neo.ClientError.Database.DatabaseNotFound":
      return new AppError("GRAPH_UNAVAILABLE", `database "${target?.database ?? "?"}" does not exist on ${uri}: check NEO4J_DATABASE ${said}`, { cause: error });
    case neo4jErrorCodes.SERVICE_UNAVAILABLE:
    case neo4jErrorCodes.SESSION_EXPIRED:
      return new AppError("GRAPH_UNAVAILABLE", `cannot reach Neo4j at ${uri}: is it running and is NEO4J_URI right? ${said}`, { cause: error });
    // A server that answers while its database is still starting, e.g. just after a restart, or already
    // stopping (Neo4j 5 then says General.DatabaseUnavailable, found by the reliability suite's outage check).
    case "Neo.TransientError.Database.DatabaseUnavailable":
    case "Neo.TransientError.General.DatabaseUnavailable":
      return new AppError("GRAPH_UNAVAILABLE", `Neo4j at ${uri} answers but its database is not available (starting or stopping) ${said}`, { cause: error });
    default:
      return new AppError("INTERNAL_SERVER_ERROR", `Neo4j error ${error.code}: ${error.message}`, { cause: error });
  }
}

/** HTTP status for errors that reject a whole request; field errors keep Apollo's 200. */
const REQUEST_STATUS: Partial<Record<ErrorCode, number>> = { BAD_REQUEST: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413 };

/**
 * An AppError as Apollo plugins must throw it to reject a request before it runs: already a
 * GraphQLError, so it keeps its code, with the HTTP status that code stands for.
 */
export function requestStatusOf(code: ErrorCode): number | undefined {
  return REQUEST_STATUS[code];
}

export function toRequestError(error: AppError): GraphQLError {
  const status = REQUEST_STATUS[error.code];
  return new GraphQLError(error.message, { extensions: { code: error.code, ...(status ? { http: { status } } : {}) } });
}

/**
 * Apollo's formatError hook. Errors Apollo itself coded (validation, parsing) pass through;
 * ours get their public code; unexpected ones lose their message outside development.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { exposeInternalMessages: boolean },
): GraphQLFormattedError {
  const original = originalErrorOf(error);
  if (original === undefined) return formatted;
  const appError = toAppError(original);
  const exposeMessage = appError.code !== "INTERNAL_SERVER_ERROR" || options.exposeInternalMessages;
  return {
    ...formatted,
    message: exposeMessage ? appError.message : "Internal server error",
    extensions: { ...formatted.extensions, code: appError.code },
  };
}

/** The error a resolver threw, unwrapped from graphql-js's GraphQLError; undefined for Apollo's own. */
function originalErrorOf(error: unknown): unknown {
  if (!(error instanceof Error) || !("originalError" in error)) return undefined;
  const original = (error as { originalError?: unknown }).originalError;
  // Errors that are already GraphQLErrors (e.g. type-graphql's argument validation) carry their own code.
  if (original === undefined || original === null || (original instanceof Error && "extensions" in original)) return undefined;
  return original;
}
