/**
 * The README's API section as data: each ```graphql block followed directly by a ```json block is a
 * copy-paste query and its documented answer (the `data` of the response).
 */
import { readFile, writeFile } from "node:fs/promises";

export const README = new URL("../../README.md", import.meta.url);
const SECTION_START = "## The GraphQL API: analyst queries";
const EXAMPLE = /```graphql\n([\s\S]*?)```\n\s*```json\n([\s\S]*?)```/g;

export interface ReadmeExample {
  /** The example's first line, to name it in test output. */
  title: string;
  query: string;
  answer: unknown;
  /** Where the answer's text sits in the README, for rewriting it. */
  answerStart: number;
  answerEnd: number;
}

export function apiSection(readme: string): { start: number; end: number } {
  const start = readme.indexOf(SECTION_START);
  if (start < 0) throw new Error(`README.md has no "${SECTION_START}" section`);
  const next = readme.indexOf("\n## ", start + SECTION_START.length);
  return { start, end: next < 0 ? readme.length : next };
}

export function readmeExamples(readme: string): ReadmeExample[] {
  const { start, end } = apiSection(readme);
  const section = readme.slice(start, end);
  return [...section.matchAll(EXAMPLE)].map((match) => {
    const [whole, query, answer] = match as unknown as [string, string, string];
    const answerStart = start + match.index! + whole.lastIndexOf(answer);
    return {
      title: query.split("\n").find((line) => line.trim() !== "" && line.trim() !== "{")!.trim(),
      query,
      answer: JSON.parse(answer),
      answerStart,
      answerEnd: answerStart + answer.length,
    };
  });
}

/**
 * JSON in the README's style: a value that fits on one line of 100 characters is written compactly
 * (`{"name":"Russia"}`), else one member or item per line, indented by two.
 */
export function formatAnswer(value: unknown, indent = 0): string {
  const compact = JSON.stringify(value);
  if (value === null || typeof value !== "object" || indent + compact.length <= 100) return compact;
  const pad = " ".repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => pad + formatAnswer(item, indent + 2)).join(",\n")}\n${" ".repeat(indent)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([key, item]) => `${pad}${JSON.stringify(key)}: ${formatAnswer(item, indent + 2)}`).join(",\n")}\n${" ".repeat(indent)}}`;
}

/** Writes each example's answer back, last first so earlier offsets stay valid. */
export async function rewriteAnswers(readme: string, answers: { example: ReadmeExample; answer: unknown }[]): Promise<void> {
  let text = readme;
  for (const { example, answer } of [...answers].sort((a, b) => b.example.answerStart - a.example.answerStart)) {
    text = text.slice(0, example.answerStart) + formatAnswer(answer) + "\n" + text.slice(example.answerEnd);
  }
  await writeFile(README, text);
}

export const readReadme = () => readFile(README, "utf8");
