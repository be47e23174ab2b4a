// One lint of a TypeScript code base in this process, as a CLI run does it: `tsx bench/lint-typed.ts <dir> [--no-types]`.
// With types: @eslint/js and typescript-eslint's `recommendedTypeChecked` on the project service, plus twilio-sid's
// `recommended`. Without: the same files, the parser without a program, `@eslint/js` and twilio-sid alone. Prints
// ESLint's per-rule timings (`stats`) and the plugin's reports as JSON; `npm run bench` runs it in fresh processes.
import { resolve } from "node:path";
import js from "@eslint/js";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import plugin from "../src/index.js";

const [directory = "", flag] = process.argv.slice(2);
const cwd = resolve(directory);
const typed = flag !== "--no-types";
const FILES = ["**/*.ts", "**/*.tsx"];

const config: Linter.Config[] = [
  { files: FILES, ...js.configs.recommended },
  ...(typed
    ? (tseslint.configs.recommendedTypeChecked as Linter.Config[])
    : [{ files: FILES, languageOptions: { parser: tseslint.parser as Linter.Parser } }, tseslint.configs.eslintRecommended as Linter.Config]),
  { files: FILES, languageOptions: { parserOptions: typed ? { projectService: true, tsconfigRootDir: cwd } : {} } },
  plugin.configs.recommended as Linter.Config,
];

const eslint = new ESLint({ cwd, ignore: false, overrideConfigFile: true, overrideConfig: config, stats: true });
const results = await eslint.lintFiles(FILES);
const fatal = results.find((result) => result.fatalErrorCount > 0);
if (fatal) throw new Error(`${fatal.filePath} did not parse: ${fatal.messages[0]?.message}`);

let total = 0;
let parse = 0;
const rules: Record<string, number> = {};
const reports: string[] = [];
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    total += pass.total;
    parse += pass.parse?.total ?? 0;
    for (const [id, { total: ms }] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + ms;
  }
  for (const message of result.messages) {
    if (message.ruleId?.startsWith("twilio-sid/")) reports.push(`${result.filePath.slice(cwd.length + 1)}:${message.line} ${message.ruleId}`);
  }
}
process.stdout.write(JSON.stringify({ files: results.length, total, parse, rules, reports }));
