import json from "@eslint/json";
import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { CORPUS_ROOT, expectations } from "../../bench/apps/expectations.js";
import { corpusReports, markKey, plugin } from "./harness.js";

/** The app corpus linted as its users would, with `recommended` and no type information. */
async function lintCorpus(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: CORPUS_ROOT,
    ignore: false,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ["**/*.{js,mjs,cjs}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      // Each JS app's package.json says CommonJS, but for the one ESM app.
      { files: ["js/**/*.js"], ignores: ["js/express-esm-ivr/**"], languageOptions: { sourceType: "commonjs" } },
      { files: ["**/*.json"], plugins: { json }, language: "json/json" },
      { files: ["**/tsconfig.json"], language: "json/jsonc" },
      { files: ["**/*.md"], plugins: { markdown }, language: "markdown/gfm" },
      plugin.configs.recommended as Linter.Config,
    ],
  });
  return corpusReports(await eslint.lintFiles(["ts", "js"]));
}

describe("the app corpus (bench/apps), without type information", () => {
  it("gets a report at every mistake marked for linting without types, and nowhere else", { timeout: 120_000 }, async () => {
    const expected = expectations().filter((mistake) => !mistake.typedOnly).map(markKey);
    expect((await lintCorpus()).sort()).toEqual(expected.sort());
  });
});
