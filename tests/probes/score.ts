/**
 * Scores the extractor on the project's own probe sets (tests/probes/setNN: synthetic wire stories
 * with gold annotations, written by people who did not read the extractor) and on the shared
 * evaluation set beside the project, with the shared scorer. One line per set: relation F1, P, R,
 * tp/fp/fn and the misses counted by cause:
 *   ENTITY                a side of the gold relation is never output as an actor or location;
 *   NAME-NOT-IN-EVIDENCE  a side is named in the gold sentence only by a reference ("the group", "it");
 *   NO-RULE               both sides are named in the sentence and found, and no rule fired.
 *
 *   npm run probes -- [--sets shared,13,14] [--show miss|fp|ENTITY|NAME-NOT-IN-EVIDENCE|NO-RULE] [--out DIR]
 *
 * `--show` prints each miss (or false positive) with its evidence; `--out` keeps the extractions.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle } from "../../src/extract/index.js";
import { decodeArticle } from "../../src/extract/input.js";

interface Named { id: string; name: string; aliases?: string[] }
interface GoldRelation { type: string; source: string; target: string; evidence?: (string | { text: string })[] }
interface Doc { actors: Named[]; locations: Named[]; relations: GoldRelation[] }
interface Scored { relations: { tp: number; fp: number; fn: number }; missed: string[]; falsePositives: string[] }

const SHARED = new URL("../../../shared/eval/", import.meta.url).pathname;
const HERE = new URL(".", import.meta.url).pathname;
const { values } = parseArgs({ options: { sets: { type: "string" }, show: { type: "string", default: "" }, out: { type: "string" } } });

const { score } = (await import(join(SHARED, "score.mjs"))) as { score: (gold: Doc, sys: Doc, text: string) => Scored };

const allSets = [
  ...(existsSync(join(SHARED, "gold")) ? [{ name: "shared", dir: SHARED }] : []),
  ...readdirSync(HERE).filter((d) => /^set\d+$/.test(d)).sort().map((d) => ({ name: d.slice(3), dir: join(HERE, d) })),
];
const wanted = values.sets?.split(",").map((s) => s.trim().replace(/^set/, ""));
const sets = wanted ? allSets.filter((s) => wanted.includes(s.name)) : allSets;

// The scorer's own name normalisation, so "found" here means what it means there.
const norm = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ").replace(/^\s*the\s+/, "").replace(/\s+/g, " ").trim();
const namesOf = (e: Named) => [e.name, ...(e.aliases ?? [])].filter(Boolean).map(norm);

const total = { tp: 0, fp: 0, fn: 0 };
for (const set of sets) {
  const counts = { tp: 0, fp: 0, fn: 0 };
  const causes: Record<string, number> = {};
  for (const file of readdirSync(join(set.dir, "gold")).filter((f) => f.endsWith(".json")).sort()) {
    const articlePath = join(set.dir, "articles", file.replace(/\.json$/, ".txt"));
    const raw = readFileSync(articlePath);
    const x = extractArticle(decodeArticle(raw, articlePath), { fileName: file.replace(/\.json$/, ".txt") });
    const sys: Doc = { actors: x.actors, locations: x.locations, relations: x.relations };
    if (values.out) {
      mkdirSync(join(values.out, set.name), { recursive: true });
      writeFileSync(join(values.out, set.name, file), JSON.stringify(sys, null, 2));
    }
    const gold = JSON.parse(readFileSync(join(set.dir, "gold", file), "utf8")) as Doc;
    const s = score(gold, sys, raw.toString("utf8"));
    counts.tp += s.relations.tp; counts.fp += s.relations.fp; counts.fn += s.relations.fn;

    const goldEntity = new Map([...gold.actors, ...gold.locations].map((e) => [e.id, e]));
    const output = new Set([...sys.actors, ...sys.locations].flatMap(namesOf));
    for (const miss of s.missed) {
      const [type, source, , target] = miss.split(" ");
      const r = gold.relations.find((g) => g.type === type && g.source === source && g.target === target);
      const evidence = (r?.evidence ?? []).map((e) => (typeof e === "string" ? e : e.text)).join(" ");
      const sides = [goldEntity.get(source), goldEntity.get(target)];
      const cause = sides.some((e) => !e || !namesOf(e).some((n) => output.has(n)))
        ? "ENTITY"
        : sides.some((e) => !namesOf(e!).some((n) => norm(evidence).includes(n)))
          ? "NAME-NOT-IN-EVIDENCE"
          : "NO-RULE";
      causes[cause] = (causes[cause] ?? 0) + 1;
      if (values.show === "miss" || values.show === cause) console.log(`MISS ${set.name}/${file} [${cause}] ${miss}\n    ${evidence.slice(0, 400)}`);
    }
    if (values.show === "fp") {
      const nameOf = new Map([...sys.actors, ...sys.locations].map((e) => [e.id, e.name]));
      for (const fp of s.falsePositives) {
        const [type, source, , target] = fp.split(" ");
        const r = x.relations.find((y) => y.type === type && y.source === source && y.target === target);
        console.log(`FP ${set.name}/${file} ${type} ${nameOf.get(source)} -> ${nameOf.get(target)}\n    ${(r?.evidence[0]?.text ?? "").slice(0, 400)}`);
      }
    }
  }
  const p = counts.tp / (counts.tp + counts.fp || 1);
  const r = counts.tp / (counts.tp + counts.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${set.name.padEnd(6)} F1 ${f1.toFixed(3)}  P ${p.toFixed(2)} R ${r.toFixed(2)}  tp ${counts.tp} fp ${counts.fp} fn ${counts.fn}  ${JSON.stringify(causes)}`);
  total.tp += counts.tp; total.fp += counts.fp; total.fn += counts.fn;
}
console.log(`TOTAL  tp ${total.tp} fp ${total.fp} fn ${total.fn}`);
