import type { TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { bindingName } from "../binding.js";
import { MIN_CANDIDATE_LENGTH } from "../classify.js";
import { isDeliberateInput } from "../intent.js";
import { EXPRESSION, inner, site, visitComments, type Filter, type StringSite, type Visit } from "./site.js";

/**
 * A template literal with expressions as one site, each expression standing as `EXPRESSION`; a piece maps back
 * through the static part it lies in.
 */
function joinedTemplate(node: TSESTree.TemplateLiteral, deliberate: () => boolean): StringSite | undefined {
  const parts = node.quasis.map((quasi) => {
    const cooked = quasi.value.cooked;
    // A quasi's range holds its delimiters: `` ` `` or `}` before, `${` or `` ` `` after.
    return cooked == null ? undefined : site({ value: cooked, raw: quasi.value.raw, base: quasi.range[0] + 1, whole: quasi.range, prose: true });
  });
  if (parts.some((part) => part === undefined)) return undefined;
  const starts: number[] = [];
  let value = "";
  for (const part of parts as StringSite[]) {
    if (starts.length > 0) value += EXPRESSION;
    starts.push(value.length);
    value += part.value;
  }
  return {
    value,
    prose: true,
    name: () => undefined,
    deliberate,
    continued: { start: false, end: false },
    whole: node.range,
    range(start, end) {
      const index = starts.findLastIndex((partStart) => partStart <= start);
      const part = parts[index]!;
      const offset = starts[index]!;
      return end - offset <= part.value.length ? part.range(start - offset, end - offset) : undefined;
    },
  };
}

/** Listeners for JS and TS: string literals, template literals, JSX text, and comments if asked. */
export function jsListeners(sourceCode: TSESLint.SourceCode, visit: Visit, { comments, minLength, joinTemplates }: Filter): TSESLint.RuleListener {
  const { text } = sourceCode;
  /** The static parts of a template with expressions: text, never a whole value; its edges run on into expressions. */
  const visitQuasis = (node: TSESTree.TemplateLiteral) => {
    const deliberate = () => isDeliberateInput(node);
    if (joinTemplates) {
      const joined = joinedTemplate(node, deliberate);
      if (joined) visit(joined);
      return;
    }
    node.quasis.forEach((quasi, index) => {
      const { cooked, raw } = quasi.value;
      if (cooked == null || cooked.length < MIN_CANDIDATE_LENGTH) return;
      const continued = { start: index > 0, end: index < node.quasis.length - 1 };
      visit(site({ value: cooked, raw, base: quasi.range[0] + 1, whole: quasi.range, prose: true, deliberate, continued }));
    });
  };
  const listeners: TSESLint.RuleListener = {
    Literal(node) {
      if (typeof node.value !== "string" || node.value.length < minLength) return;
      const [raw, base] = inner(text, node.range);
      const name = () => bindingName(node);
      visit(site({ value: node.value, raw, base, whole: node.range, prose: false, name, deliberate: () => isDeliberateInput(node) }));
    },
    TemplateLiteral(node) {
      if (node.expressions.length > 0) {
        visitQuasis(node);
        return;
      }
      const cooked = node.quasis[0]!.value.cooked;
      if (cooked == null || cooked.length < minLength) return;
      const [raw, base] = inner(text, node.range);
      const name = () => bindingName(node);
      visit(site({ value: cooked, raw, base, whole: node.range, prose: false, name, deliberate: () => isDeliberateInput(node) }));
    },
    JSXText(node) {
      if (node.value.length < MIN_CANDIDATE_LENGTH) return;
      visit(site({ value: node.value, raw: node.raw, base: node.range[0], whole: node.range, prose: true }));
    },
  };
  if (comments) {
    // A comment's value is its raw text after `//` or `/*`.
    listeners.Program = () => visitComments(sourceCode.getAllComments(), 2, visit);
  }
  return listeners;
}
