import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from "./schema.js";

await writeFile(SCHEMA_FILE, printApiSchema(await buildApiSchema()));
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
