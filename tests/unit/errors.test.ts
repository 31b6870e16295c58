import { GraphQLError } from "graphql";
import { Neo4jError, error as neo4jErrorCodes } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config.js";
import { ArticleInputError } from "../../src/extract/input.js";
import { AppError, formatGraphQLError, toAppError } from "../../src/errors.js";

const target = { uri: "neo4j://db.example:7687", database: "conflicts" };
const neo4jError = (code: string) => new Neo4jError("server said no", code, "50N42", "error: general processing exception");

describe("toAppError", () => {
  it("names the credentials and the server on an auth failure", () => {
    const mapped = toAppError(neo4jError("Neo.ClientError.Security.Unauthorized"), target);
    expect(mapped.code).toBe("GRAPH_AUTH_FAILED");
    expect(mapped.message).toMatch(/^wrong NEO4J_USER\/NEO4J_PASSWORD for NEO4J_URI neo4j:\/\/db\.example:7687/);
  });

  it("says the server cannot be reached", () => {
    const mapped = toAppError(neo4jError(neo4jErrorCodes.SERVICE_UNAVAILABLE), target);
    expect(mapped.code).toBe("GRAPH_UNAVAILABLE");
    expect(mapped.message).toMatch(/^cannot reach Neo4j at neo4j:\/\/db\.example:7687/);
  });

  it.for(["Neo.TransientError.Database.DatabaseUnavailable", "Neo.TransientError.General.DatabaseUnavailable"])("says a database starting or stopping is unavailable (%s)", (code) => {
    const mapped = toAppError(neo4jError(code), target);
    expect(mapped).toMatchObject({ code: "GRAPH_UNAVAILABLE", message: expect.stringMatching(/^Neo4j at neo4j:\/\/db\.example:7687 answers but its database is not available \(starting or stopping\)/) });
  });

  it("names a missing database", () => {
    const mapped = toAppError(neo4jError("Neo.ClientError.Database.DatabaseNotFound"), target);
    expect(mapped).toMatchObject({ code: "GRAPH_UNAVAILABLE", message: expect.stringContaining('database "conflicts" does not exist') });
  });

  it("keeps AppErrors and maps config errors", () => {
    const own = new AppError("BAD_USER_INPUT", "no");
    expect(toAppError(own)).toBe(own);
    expect(toAppError(new ConfigError("bad PORT")).code).toBe("INVALID_CONFIG");
    expect(toAppError(new Error("boom")).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("maps a rejected article file to BAD_USER_INPUT, keeping the file and offset", () => {
    const mapped = toAppError(new ArticleInputError("bad.txt", "binary data (NUL byte), not a text article", 7));
    expect(mapped).toMatchObject({ code: "BAD_USER_INPUT", message: "bad.txt (byte 7): binary data (NUL byte), not a text article" });
  });
});

describe("formatGraphQLError", () => {
  const formattedOf = (original: Error) => {
    const error = new GraphQLError(original.message, { originalError: original });
    return formatGraphQLError({ message: error.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, error, { exposeInternalMessages: false });
  };

  it("gives our errors their public code and message", () => {
    expect(formattedOf(new AppError("BAD_USER_INPUT", "give exactly one of id and name"))).toEqual({
      message: "give exactly one of id and name",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("hides unexpected messages outside development", () => {
    expect(formattedOf(new Error("secret internals")).message).toBe("Internal server error");
  });

  it("leaves Apollo's own errors alone", () => {
    const validation = { message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(formatGraphQLError(validation, new GraphQLError("Cannot query field"), { exposeInternalMessages: false })).toBe(validation);
  });
});
