/**
 * The one error this folder throws at its callers: what went wrong, what the user can do about it
 * (`hint`), and the last lines of the tool that failed (`details`), all in one readable message.
 */
export class Neo4jProvisionError extends Error {
  override name = "Neo4jProvisionError";

  constructor(
    readonly problem: string,
    readonly hint: string,
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(formatMessage(problem, hint, details), options);
  }
}

function formatMessage(problem: string, hint: string, details: readonly string[]): string {
  const message = `Local Neo4j: ${problem}. Fix: ${hint}`;
  if (details.length === 0) return message;
  return `${message}\nLast output:\n${details.map((line) => `  | ${line}`).join("\n")}`;
}

/** Appended to most hints: the local server is a convenience, never a requirement. */
export const USE_EXISTING_SERVER = "or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an existing server";
