/**
 * Before timing: which form of each question every contender can answer (proxygraph's running schema is
 * introspected, and a question whose fields it lacks is skipped with the validation message), the
 * request bodies, and a check that every contender gives the same answer for every input.
 */
import { buildClientSchema, getIntrospectionQuery, parse, validate, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { CONTENDERS, type Contender, type GraphqlForm, type Input, type Probe, type Question } from "./questions.js";

export type Urls = Record<Contender, string>;

export type Plan =
  | { contender: Contender; available: true; form: string; url: string; bodies: string[]; digests: string[] }
  | { contender: Contender; available: false; reason: string };

export async function introspect(url: string): Promise<GraphQLSchema> {
  const { data } = await post(url, JSON.stringify({ query: getIntrospectionQuery() }));
  return buildClientSchema(data as IntrospectionQuery);
}

export async function planQuestion(question: Question, urls: Urls, proxygraphSchema: GraphQLSchema, probe: Probe): Promise<Plan[]> {
  const inputs = question.inputs(probe);
  return Promise.all(
    CONTENDERS.map(async (contender): Promise<Plan> => {
      try {
        if (contender === "raw") {
          const bodies = inputs.map((input) => JSON.stringify(question.raw.params(input)));
          const url = `${urls.raw}${question.key}`;
          return { contender, available: true, form: "one statement", url, bodies, digests: await answer(url, bodies, (data) => question.raw.digest(data)) };
        }
        const form = contender === "proxygraph" ? firstValid(question.proxygraph, proxygraphSchema) : question.neo4jGraphql;
        if (typeof form === "string") return { contender, available: false, reason: form };
        const bodies = inputs.map((input: Input) => JSON.stringify({ query: form.query, variables: form.variables(input) }));
        return { contender, available: true, form: form.label, url: urls[contender], bodies, digests: await answer(urls[contender], bodies, form.digest) };
      } catch (error) {
        return { contender, available: false, reason: `fails: ${(error as Error).message}` };
      }
    }),
  );
}

/** "" when every available contender gave the same answers, else what differs. */
export function disagreement(plans: Plan[]): string {
  const answered = plans.filter((plan) => plan.available);
  const [first, ...others] = answered;
  if (!first) return "";
  for (const other of others) {
    const differing = first.digests.findIndex((digest, i) => digest !== other.digests[i]);
    if (differing >= 0) {
      return `answers differ: input ${differing}: ${first.contender} ${first.digests[differing]} vs ${other.contender} ${other.digests[differing]}`;
    }
  }
  return "";
}

function firstValid(forms: GraphqlForm[], schema: GraphQLSchema): GraphqlForm | string {
  const reasons: string[] = [];
  for (const form of forms) {
    const errors = validate(schema, parse(form.query));
    if (errors.length === 0) return form;
    reasons.push(errors[0]!.message);
  }
  return `not available in this build: ${reasons[0]}`;
}

async function answer(url: string, bodies: string[], digest: (data: any) => string): Promise<string[]> {
  const digests: string[] = [];
  for (const body of bodies) digests.push(digest((await post(url, body)).data));
  return digests;
}

async function post(url: string, body: string): Promise<{ data: unknown }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || json.errors?.length) throw new Error(json.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return { data: json.data };
}
