/** The Bolt port: one the OS picks on 127.0.0.1, or the one PROXYGRAPH_NEO4J_PORT asks for. */
import net from "node:net";
import { Neo4jProvisionError } from "./errors.js";

export const PORT_VARIABLE = "PROXYGRAPH_NEO4J_PORT";

/** The port fixed by the environment, if any. */
export function requestedPort(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[PORT_VARIABLE]?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Neo4jProvisionError(`${PORT_VARIABLE} must be a port number (1-65535), got "${raw}"`, `fix or unset ${PORT_VARIABLE}`);
  }
  return port;
}

export function portBusyError(port: number): Neo4jProvisionError {
  return new Neo4jProvisionError(
    `port ${port} (from ${PORT_VARIABLE}) is already in use on 127.0.0.1`,
    `stop what listens there (e.g. \`ss -ltnp 'sport = :${port}'\` shows it), choose another port, or unset ${PORT_VARIABLE} to let the OS pick a free one`,
  );
}

/** Resolves with the port if it can be bound on 127.0.0.1 now, else rejects with a port-busy error. */
export async function requireFreePort(port: number): Promise<number> {
  const bound = await bind(port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE" || error.code === "EACCES") throw portBusyError(port);
    throw error;
  });
  return bound;
}

/** The OS picks; the launcher binds it a moment later (a rare clash is retried by the caller). */
export function findFreePort(): Promise<number> {
  return bind(0);
}

function bind(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
