/**
 * What a browser gets at the API's URL: Apollo Sandbox opened on the analyst's saved questions,
 * or, when the Sandbox is off (production default), Apollo's static page without a query editor.
 */
import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";

export const SANDBOX_DOCUMENT_FILE = new URL("../sandbox/analyst-questions.graphql", import.meta.url);

export function landingPagePlugin(options: { sandbox: boolean }): ApolloServerPlugin {
  if (!options.sandbox) return ApolloServerPluginLandingPageProductionDefault({ footer: false });
  return ApolloServerPluginLandingPageLocalDefault({
    document: readFileSync(SANDBOX_DOCUMENT_FILE, "utf8"),
    footer: false,
    embed: { endpointIsEditable: false },
  });
}
