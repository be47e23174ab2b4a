// `npm run corpus:lint [-- --config strict]`: lints Twilio's own published packages (fetched by `npm run
// corpus:fetch` into .cache/twilio-packages/) with the plugin alone, in every language it reads, and prints each
// report, so every one can be judged. Real code that holds no broken SID: every report is a false one unless shown
// otherwise.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import plugin from "../src/index.js";
import { PACKAGES_DIR } from "./fetch-twilio-packages.js";

const { values } = parseArgs({ options: { config: { type: "string", default: "recommended" } } });
const configs = values.config === "strict" ? (plugin.configs.strict as Linter.Config[]) : [plugin.configs[values.config as "recommended" | "all"] as Linter.Config];

const eslint = new ESLint({
  cwd: PACKAGES_DIR,
  ignore: false,
  overrideConfigFile: true,
  overrideConfig: [
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    // Published packages keep their own node_modules out, but bundles and sources sit side by side.
    { ignores: ["!**/node_modules/"] },
    { files: ["**/*.{js,mjs,cjs,jsx}"], languageOptions: { ecmaVersion: "latest", parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.json"], plugins: { json }, language: "json/json" },
    { files: ["**/*.md"], plugins: { markdown }, language: "markdown/gfm", languageOptions: { frontmatter: "yaml" } },
    { files: ["**/*.{yml,yaml}"], plugins: { yml }, language: "yml/yaml" },
    { files: ["**/*.toml"], plugins: { toml }, language: "toml/toml" },
    { files: ["**/.env", "**/.env.*", "**/*.env"], plugins: { "twilio-sid": plugin }, language: "twilio-sid/dotenv" },
    ...configs,
  ],
});

const packages = readdirSync(PACKAGES_DIR);
let files = 0;
let unparsed = 0;
const reports: string[] = [];
for (const name of packages) {
  const results = await eslint.lintFiles([join(name, "**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts,json,md,yml,yaml,toml}")]);
  files += results.length;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        unparsed++;
        continue;
      }
      if (message.ruleId?.startsWith("twilio-sid/")) {
        reports.push(`${relative(PACKAGES_DIR, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  process.stderr.write(`${name}: ${results.length} files\n`);
}
for (const report of reports) console.log(report);
console.log(`${packages.length} packages, ${files} files (${unparsed} not parsed), ${reports.length} reports with ${values.config}.`);
