import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateChains } from "./generate-chains.js";
import { generateDeclarations } from "./generate-declarations.js";
import { generatePaths } from "./generate-paths.js";
import { generateRegistry } from "./generate-registry.js";
import { generateTwilio } from "./generate-twilio.js";
import { generateAliases, generateTypeMessages } from "./generate-types.js";

/** The fact tables live beside the project checkout and never ship. */
export const SHARED_DIR = fileURLToPath(new URL("../../shared/twilio-sids", import.meta.url));

/** A fresh clone without the tables beside it still builds and tests; the checks against the tables skip. */
export const HAS_SHARED_TABLES = existsSync(SHARED_DIR);

/** What a test that needs the tables prints when they are absent, so the skip is never silent. */
export const SKIPPED_WITHOUT_TABLES = `SKIPPED: ${SHARED_DIR} is absent, so checks against Twilio's fact tables did not run.`;

/** Every committed generated file, in dependency order, with the function that produces it. */
export const generators: { path: string; generate: (sharedDir: string) => string }[] = [
  { path: "src/registry.generated.ts", generate: generateRegistry },
  { path: "src/chains.generated.ts", generate: generateChains },
  { path: "src/declarations.generated.ts", generate: generateDeclarations },
  { path: "src/paths.generated.ts", generate: generatePaths },
  // These read the registry module above, not the tables, so they run after it.
  { path: "src/aliases.generated.ts", generate: generateAliases },
  { path: "src/type-messages.generated.ts", generate: generateTypeMessages },
  // Reads the chain table and the aliases above.
  { path: "src/twilio.generated.ts", generate: generateTwilio },
];
