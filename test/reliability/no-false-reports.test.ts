import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { appFile } from "../../bench/corpus.js";
import { lint, plugin } from "./harness.js";

const ROOT = join(import.meta.dirname, "../..");
const recommended = plugin.configs.recommended as Linter.Config;

/** Messages of files that did not parse, or that this plugin's rules reported. */
function problems(results: readonly ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.fatal || message.ruleId?.startsWith("twilio-sid/"))
      .map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}: ${message.message}`),
  );
}

describe("no report on real code that holds no broken SID", () => {
  // One ESLint run over both libraries: about 300k lines, which take a while on two cores.
  it("the twilio package's lib and ESLint's own lib, with recommended", { timeout: 300_000 }, async () => {
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        // ESLint never lints node_modules unless told to.
        { ignores: ["!**/node_modules/"] },
        { files: ["**/*.js"], languageOptions: { sourceType: "commonjs", ecmaVersion: "latest" } },
        { files: ["**/*.d.ts"], languageOptions: { parser: tsParser } },
        recommended,
      ],
    });
    const results = await eslint.lintFiles([
      "node_modules/twilio/lib/**/*.js",
      "node_modules/twilio/lib/rest/api/**/*.d.ts",
      "node_modules/eslint/lib/**/*.js",
    ]);
    expect(results.length).toBeGreaterThan(1000);
    expect(problems(results)).toEqual([]);
  });

  it("an application corpus of correct SIDs, test stubs and placeholders, with recommended", () => {
    const configs = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, recommended];
    for (let index = 0; index < 50; index++) {
      const code = appFile(index);
      const reported = lint(code, `app/handler-${index}.ts`, configs).map(
        (message) => `handler-${index}.ts:${message.line}:${message.column} ${message.message}`,
      );
      expect(reported).toEqual([]);
    }
  });
});
