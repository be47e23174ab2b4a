import { fileURLToPath } from "node:url";
import { generateChains } from "./generate-chains.js";
import { generateRegistry } from "./generate-registry.js";
import { generateTypes } from "./generate-types.js";

/** The fact tables live beside the project checkout and never ship. */
export const SHARED_DIR = fileURLToPath(new URL("../../shared/twilio-sids", import.meta.url));

/** Every committed generated file, in dependency order, with the function that produces it. */
export const generators: { path: string; generate: (sharedDir: string) => string }[] = [
  { path: "src/registry.generated.ts", generate: generateRegistry },
  { path: "src/chains.generated.ts", generate: generateChains },
  // Reads the registry module above, not the tables, so it runs after it.
  { path: "src/aliases.generated.ts", generate: generateTypes },
];
