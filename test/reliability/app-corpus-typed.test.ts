import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { CORPUS_ROOT, expectations } from "../../bench/apps/expectations.js";
import { corpusReports, markKey, plugin } from "./harness.js";

/** The corpus's TypeScript code base: one program, its own tsconfig. */
const TS_ROOT = path.join(CORPUS_ROOT, "ts");

/** The TypeScript apps linted with type information (the project service on their tsconfig) and `recommended`. */
async function lintTyped(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: TS_ROOT,
    ignore: false,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: TS_ROOT } } },
      plugin.configs.recommended as Linter.Config,
    ],
  });
  return corpusReports(await eslint.lintFiles(["**/*.{ts,tsx}"]));
}

describe("the app corpus's TypeScript apps (bench/apps/ts), with type information", () => {
  // Building the program reads twilio's declarations: tens of seconds on a shared machine.
  it("gets a report at every marked mistake, those only types reveal included, and nowhere else", { timeout: 300_000 }, async () => {
    const marks = expectations().filter((mistake) => mistake.file.startsWith("ts/"));
    expect(marks.some((mistake) => mistake.typedOnly)).toBe(true);
    const expected = marks.map(markKey);
    expect((await lintTyped()).sort()).toEqual(expected.sort());
  });
});
