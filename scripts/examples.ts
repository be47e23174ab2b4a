import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

export const EXAMPLES_DIR = fileURLToPath(new URL("../examples/", import.meta.url));

/** Lints examples/ with its own flat config, as a user of the plugin would. */
export async function lintExamples(): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({ cwd: EXAMPLES_DIR });
  return eslint.lintFiles(["."]);
}

/**
 * The mistakes the example app makes on purpose: each is marked by a comment (or a `"//"` key in JSON) saying
 * `Mistake (twilio-sid/<rule>)`, and sits on the first line after it that is not a comment.
 */
export function expectedMistakes(): { filePath: string; line: number; ruleId: string }[] {
  const files = [
    "README.md",
    "config/twilio.json",
    "src/config.js",
    "src/server.js",
    "functions/forward-call.js",
    ".env.example",
    ".github/workflows/deploy.yml",
  ];
  return files.flatMap((file) => {
    const filePath = `${EXAMPLES_DIR}${file}`;
    const lines = readFileSync(filePath, "utf8").split("\n");
    return lines.flatMap((line, index) => {
      const marker = /Mistake \((twilio-sid\/[\w-]+)\)/.exec(line);
      if (!marker) return [];
      const target = lines.findIndex((candidate, at) => at > index && !/^\s*(\/\/|<!--|"\/\/"|#)/.test(candidate));
      return [{ filePath, line: target + 1, ruleId: marker[1]! }];
    });
  });
}
