import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { Command, Option } from "commander";
import { extractArticle } from "../extract/index.js";
import { decodeArticle } from "../extract/input.js";
import type { Extraction } from "../extract/types.js";

/** `kg extract FILE`: what the importer would write, without a database. */
export function extractCommand(): Command {
  return new Command("extract")
    .description("extract actors, locations and relations from one article, without importing")
    .argument("<file>", "article text file")
    .addOption(new Option("--format <format>", "output format").choices(["json", "table"]).default("table"))
    .option("--date <yyyy-mm-dd>", "article date when the text has no `date` header")
    .action(async (file: string, opts: { format: string; date?: string }) => {
      const text = decodeArticle(await readFile(file), file);
      const result = extractArticle(text, { date: opts.date, fileName: basename(file) });
      process.stdout.write(opts.format === "json" ? `${JSON.stringify(toJson(result, file), null, 2)}\n` : toTable(result));
    });
}

function toJson(x: Extraction, file: string) {
  return { article: basename(file), title: x.title, date: x.date, actors: x.actors, locations: x.locations, relations: x.relations };
}

function toTable(x: Extraction): string {
  const name = new Map([...x.actors, ...x.locations].map((e) => [e.id, e.name]));
  const lines = [`${x.title ?? "(untitled)"} — ${x.date ?? "undated"}`, ""];
  lines.push(`Actors (${x.actors.length})`, ...x.actors.map((a) => `  ${a.type.padEnd(15)} ${a.name}${a.aliases.length ? `  (${a.aliases.slice(0, 4).join(", ")})` : ""}`), "");
  lines.push(`Locations (${x.locations.length})`, ...x.locations.map((l) => `  ${l.type.padEnd(15)} ${l.name}${l.within ? `  in ${name.get(l.within)}` : ""}`), "");
  lines.push(`Relations (${x.relations.length})`);
  for (const r of x.relations) {
    const flags = [r.kinds.join("+"), r.hedged ? "hedged" : "", r.negated ? "NEGATED" : "", r.eventDate ? `on ${r.eventDate}` : "", r.attributedTo ? `per ${r.attributedTo}` : ""].filter(Boolean).join(", ");
    lines.push(`  ${name.get(r.source)} —${r.type}→ ${name.get(r.target)}${flags ? `  [${flags}]` : ""}`, `      “${r.evidence[0].text.slice(0, 160)}”`);
  }
  return `${lines.join("\n")}\n`;
}
