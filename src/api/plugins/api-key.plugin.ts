/**
 * Mutations need a known API key; queries too when the config closes them. Checked once the
 * operation is known and before anything runs, so no alias or fragment can slip a field past it.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { AppError, toRequestError } from "../../errors.js";
import type { ApiContext } from "../context.js";

export function apiKeyPlugin(options: { requireKeyForQueries: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const mutation = operation?.operation === "mutation";
          if (!mutation && !options.requireKeyForQueries) return;
          const what = mutation ? "mutations" : "queries";
          if (contextValue.credential === "none") {
            throw toRequestError(new AppError("UNAUTHENTICATED", `${what} need an API key: send Authorization: Bearer <key>`));
          }
          if (contextValue.credential === "invalid") {
            throw toRequestError(new AppError("FORBIDDEN", "the API key in the Authorization header is not one of PROXYGRAPH_API_KEYS"));
          }
        },
      };
    },
  };
}
