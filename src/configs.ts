import type { TSESLint } from "@typescript-eslint/utils";
import type { TwilioSidDocs } from "./create-rule.js";

type RuleEntry = TSESLint.RuleModule<string, readonly unknown[], TwilioSidDocs>;

/** Builds the flat configs from rule metadata, so a new rule or option needs no edit here. */
export function buildConfigs(plugin: TSESLint.FlatConfig.Plugin, rules: Record<string, RuleEntry>) {
  const entries = Object.entries(rules);
  const severity = (select: (docs: TwilioSidDocs) => TSESLint.FlatConfig.RuleEntry | undefined) =>
    Object.fromEntries(
      entries.flatMap(([name, rule]) => {
        const entry = select(rule.meta.docs!);
        return entry === undefined ? [] : [[`twilio-sid/${name}`, entry]];
      }),
    ) as TSESLint.FlatConfig.Rules;
  const config = (name: string, rulesConfig: TSESLint.FlatConfig.Rules): TSESLint.FlatConfig.Config => ({
    name: `twilio-sid/${name}`,
    plugins: { "twilio-sid": plugin },
    rules: rulesConfig,
  });
  return {
    recommended: config(
      "recommended",
      severity((docs) => (docs.recommended ? "error" : undefined)),
    ),
    strict: config(
      "strict",
      severity((docs) => (docs.strictOptions ? ["error", docs.strictOptions] : "error")),
    ),
    all: config(
      "all",
      severity(() => "error"),
    ),
  };
}
