import type { TSESLint } from "@typescript-eslint/utils";
import type { DotenvSourceCode } from "../dotenv-language.js";
import type { DotenvVariable } from "../dotenv-parser.js";
import { visitComments, type Filter, type StringSite, type Visit } from "./site.js";

/** Listeners for the plugin's own `twilio-sid/dotenv` language: every value, named by its key. */
export function dotenvListeners(sourceCode: DotenvSourceCode, visit: Visit, { comments, minLength }: Filter): TSESLint.RuleListener {
  const listeners: TSESLint.RuleListener = {
    Variable(node: DotenvVariable) {
      const { value } = node;
      if (value.value.length < minLength) return;
      const whole = sourceCode.getValueRange(value);
      const valueSite: StringSite = {
        value: value.value,
        prose: false,
        name: () => node.key.name,
        deliberate: () => false,
        continued: { start: false, end: false },
        whole,
        // The language maps offsets back through quotes, escapes and line breaks exactly.
        range: (start, end) => sourceCode.getValueRange(value, start, end),
      };
      visit(valueSite);
    },
  } as TSESLint.RuleListener;
  if (comments) {
    // A comment's value is its text after `#`.
    listeners.Dotenv = () => visitComments(sourceCode.getAllComments(), 1, visit);
  }
  return listeners;
}
