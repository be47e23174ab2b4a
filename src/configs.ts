import type { TSESLint } from "@typescript-eslint/utils";
import type { TwilioSidDocs } from "./create-rule.js";

type RuleEntry = TSESLint.RuleModule<string, readonly unknown[], TwilioSidDocs>;
type Severity = "error" | ["error", Record<string, unknown>];

/** Where test suites live by the conventions of Jest, Vitest, Mocha and node:test. */
export const TEST_FILES = [
  "**/*.{test,spec}.{js,jsx,mjs,cjs,ts,tsx,mts,cts}",
  "**/{test,tests,__tests__,__mocks__,fixtures,__fixtures__}/**",
  "**/*.{fixture,fixtures}.*",
];

/** Builds the flat configs from rule metadata, so a new rule or option needs no edit here. */
export function buildConfigs<Plugin>(plugin: Plugin, rules: Record<string, RuleEntry>) {
  const ruleEntries = (severity: (docs: TwilioSidDocs) => Severity | undefined) =>
    Object.fromEntries(
      Object.entries(rules).flatMap(([ruleName, rule]) => {
        const entry = severity(rule.meta.docs!);
        return entry === undefined ? [] : [[`twilio-sid/${ruleName}`, entry]];
      }),
    );
  const config = (name: string, severity: (docs: TwilioSidDocs) => Severity | undefined) => ({
    name: `twilio-sid/${name}`,
    plugins: { "twilio-sid": plugin },
    rules: ruleEntries(severity),
  });
  return {
    recommended: config("recommended", (docs) => (docs.recommended ? "error" : undefined)),
    strict: [
      config("strict", (docs) => (docs.strictOptions ? ["error", docs.strictOptions] : "error")),
      {
        name: "twilio-sid/strict/tests",
        files: TEST_FILES,
        rules: ruleEntries((docs) => (docs.strictTestFileOptions ? ["error", docs.strictTestFileOptions] : undefined)),
      },
    ],
    all: config("all", () => "error"),
  };
}
