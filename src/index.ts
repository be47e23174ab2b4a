import { createRequire } from "node:module";
import type { ESLint, Linter, Rule } from "eslint";
import { rules } from "../rules/index.js";
import { buildConfigs } from "./configs.js";
import { dotenv } from "./dotenv-language.js";

// Through the package's own name: a JSON import would make tsc copy package.json (and its `exports`) into dist/.
const packageJson = createRequire(import.meta.url)("eslint-plugin-twilio-sid/package.json") as {
  name: string;
  version: string;
};

/** The plugin in ESLint's own types, so `defineConfig()` and `eslint.config.ts` accept it as is. */
export interface TwilioSidPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: {
    recommended: Linter.Config;
    /** Two objects: everything strict, then what test files need instead (they stub SIDs on purpose). */
    strict: Linter.Config[];
    all: Linter.Config;
  };
  /** `language: "twilio-sid/dotenv"` reads `.env` files as the `dotenv` package does. */
  languages: { dotenv: NonNullable<ESLint.Plugin["languages"]>[string] };
}

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: "twilio-sid" },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
  languages: { dotenv },
};
plugin.configs = buildConfigs(plugin, rules);

// typescript-eslint's rule types and ESLint's describe the same objects but do not line up structurally.
export default plugin as unknown as TwilioSidPlugin;
