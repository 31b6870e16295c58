/**
 * One structured log line per GraphQL request: operation name and type, duration, error codes.
 * Variables are not logged: they carry article text and, for some clients, personal data.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";

export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? "UNKNOWN")))];
          const line = {
            operationName: operationName ?? request.operationName ?? null,
            operationType: operation?.operation ?? null,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            status: response.http.status ?? 200,
            ...(errorCodes.length > 0 ? { errorCodes } : {}),
            persistedQuery: request.extensions?.persistedQuery !== undefined,
          };
          if (errorCodes.length > 0) logger.warn(line, "graphql request failed");
          else logger.info(line, "graphql request");
        },
      };
    },
  };
}
