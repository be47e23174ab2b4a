import type { TSESLint } from "@typescript-eslint/utils";
import { MIN_CANDIDATE_LENGTH } from "../classify.js";
import type { DotenvSourceCode } from "../dotenv-language.js";
import type { DotenvVariable } from "../dotenv-parser.js";
import { site, type Filter, type StringSite, type Visit } from "./site.js";

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
    listeners.Dotenv = () => {
      for (const comment of sourceCode.getAllComments()) {
        if (comment.value.length < MIN_CANDIDATE_LENGTH) continue;
        // A comment's value is its text after `#`.
        visit(site({ value: comment.value, raw: comment.value, base: comment.range[0] + 1, whole: comment.range, prose: true }));
      }
    };
  }
  return listeners;
}
