import json from "@eslint/json";
import markdown from "@eslint/markdown";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import tsParser from "@typescript-eslint/parser";
import path from "node:path";
import { Linter, type ESLint } from "eslint";
import { Linter as Linter9 } from "eslint-9";
import { expect } from "vitest";
import { CORPUS_ROOT, type Expectation } from "../../bench/apps/expectations.js";
import plugin from "../../src/index.js";

export { plugin };

/** Reports of an app-corpus lint as its tests compare them with the marks: `ts/server/x.ts:12:valid-sid`, or a parse error. */
export function corpusReports(results: readonly ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => {
      const file = path.relative(CORPUS_ROOT, result.filePath).split(path.sep).join("/");
      return message.fatal ? `${file}: ${message.message}` : `${file}:${message.line}:${message.ruleId?.replace("twilio-sid/", "")}`;
    }),
  );
}

/** A marked mistake in the form of `corpusReports`. */
export const markKey = (mistake: Expectation) => `${mistake.file}:${mistake.line}:${mistake.ruleId}`;

/** Rule ids as users write them. */
export const RULE_IDS = Object.keys(plugin.rules).map((name) => `twilio-sid/${name}`);

/** Language setup for every file kind the plugin may meet; the plugin config comes last and applies to all. */
export function configsFor(pluginConfig: Linter.Config = plugin.configs.all as Linter.Config): Linter.Config[] {
  return [
    { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser } },
    { files: ["**/*.{jsx,tsx}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.cjs"], languageOptions: { sourceType: "script" } },
    { files: ["**/*.json"], plugins: { json }, language: "json/json" },
    { files: ["**/*.md"], plugins: { markdown }, language: "markdown/commonmark" },
    { files: ["**/*.{yml,yaml}"], plugins: { yml }, language: "yml/yaml" },
    { files: ["**/*.toml"], plugins: { toml }, language: "toml/toml" },
    { files: ["**/.env", "**/.env.*", "**/*.env"], plugins: { "twilio-sid": plugin }, language: "twilio-sid/dotenv" },
    pluginConfig,
  ];
}

/** Code blocks of Markdown files linted as the files they show, as users of the markdown processor do. */
export function processorConfigsFor(pluginConfig: Linter.Config = plugin.configs.all as Linter.Config): Linter.Config[] {
  return [
    ...markdown.configs.processor,
    { files: ["**/*.md/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
    pluginConfig,
  ] as Linter.Config[];
}

/** Both ESLint majors the plugin supports; their linters share the API used here. */
export const LINTERS = [
  ["eslint 10", new Linter({ configType: "flat" })],
  ["eslint 9", new Linter9({ configType: "flat" }) as unknown as Linter],
] as const;

/** Lints in memory; a rule that throws makes this throw, a parse error comes back as a fatal message. */
export function lint(
  code: string,
  filename: string,
  configs: Linter.Config[] = configsFor(),
  linter: Linter = LINTERS[0][1],
): Linter.LintMessage[] {
  return linter.verify(code, configs, { filename });
}

/**
 * Asserts the file parsed and every report range lies inside it, by the lines of the language that parsed it
 * (JSON breaks lines only at `\n`, JavaScript also at U+2028).
 */
export function expectSaneReports(linter: Linter, messages: readonly Linter.LintMessage[]): void {
  const fatal = messages.find((message) => message.fatal);
  expect(fatal?.message).toBeUndefined();
  const { lines } = linter.getSourceCode();
  const inside = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const message of messages) {
    expect(inside(message.line, message.column), `start of ${JSON.stringify(message)}`).toBe(true);
    if (message.endLine === undefined) continue;
    expect(inside(message.endLine, message.endColumn!), `end of ${JSON.stringify(message)}`).toBe(true);
    const ordered =
      message.endLine > message.line || (message.endLine === message.line && message.endColumn! >= message.column);
    expect(ordered, `range of ${JSON.stringify(message)}`).toBe(true);
  }
}
