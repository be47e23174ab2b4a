import type { TSESLint } from "@typescript-eslint/utils";
import type { TwilioSidDocs } from "./create-rule.js";

type RuleEntry = TSESLint.RuleModule<string, readonly unknown[], TwilioSidDocs>;
type Severity = "error" | ["error", Record<string, unknown>];

/** Builds the flat configs from rule metadata, so a new rule or option needs no edit here. */
export function buildConfigs<Plugin>(plugin: Plugin, rules: Record<string, RuleEntry>) {
  const config = (name: string, severity: (docs: TwilioSidDocs) => Severity | undefined) => ({
    name: `twilio-sid/${name}`,
    plugins: { "twilio-sid": plugin },
    rules: Object.fromEntries(
      Object.entries(rules).flatMap(([ruleName, rule]) => {
        const entry = severity(rule.meta.docs!);
        return entry === undefined ? [] : [[`twilio-sid/${ruleName}`, entry]];
      }),
    ),
  });
  return {
    recommended: config("recommended", (docs) => (docs.recommended ? "error" : undefined)),
    strict: config("strict", (docs) => (docs.strictOptions ? ["error", docs.strictOptions] : "error")),
    all: config("all", () => "error"),
  };
}
