import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generators, SHARED_DIR } from "./generators.js";

if (!existsSync(SHARED_DIR)) {
  console.error(`generate: ${SHARED_DIR} is missing; the registry is generated from Twilio's fact tables there.`);
  process.exit(1);
}
for (const { path, generate } of generators) {
  writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), generate(SHARED_DIR));
  console.log(`wrote ${path}`);
}
