/**
 * The bad-input files too large or too binary to commit, written at test time next to copies of the
 * committed ones (tests/fixtures/bad/).
 */
import { randomBytes } from "node:crypto";
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "./processes.js";

export const COMMITTED_BAD_FILES = path.join(PROJECT_ROOT, "tests", "fixtures", "bad");

/** Copies the committed corpus into `dir` and adds the generated files; returns `dir`. */
export async function writeBadCorpus(dir: string): Promise<string> {
  await cp(COMMITTED_BAD_FILES, dir, { recursive: true });
  // A PNG saved under a .txt name: its signature and header carry NUL bytes early on.
  const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), randomBytes(4096)]);
  await writeFile(path.join(dir, "image.txt"), png);
  await writeFile(path.join(dir, "one-line-10mb.txt"), oneLongLine(10 * 1024 * 1024));
  await writeFile(path.join(dir, "ten-thousand-sentences.txt"), `date 2024-01-10\n${manySentences(10_000).join(" ")}\n`);
  return dir;
}

function oneLongLine(bytes: number): string {
  const words = "Rwanda has supplied weapons to the M23 Movement, officials said ";
  return words.repeat(Math.ceil(bytes / words.length)).slice(0, bytes);
}

/** Support claims among a few actors, between sentences that name no one. */
export function manySentences(count: number): string[] {
  const actors = ["Rwanda", "Uganda", "Iran", "Turkey", "Russia", "the M23 Movement", "the Houthis", "Hezbollah"];
  return Array.from({ length: count }, (_, i) => {
    const backer = actors[i % actors.length]!;
    const backed = actors[(i * 3 + 1) % actors.length]!;
    if (i % 3 === 0) return `${backer} has supplied weapons to ${backed}, officials said on day ${i}.`;
    if (i % 3 === 1) return `In Goma, residents said the fighting, which began in March, had displaced ${i} families.`;
    return `${backer} denied backing ${backed}.`;
  });
}
