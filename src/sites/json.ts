import type { TSESLint } from "@typescript-eslint/utils";
import { jsonBindingName, type JsonNode, type JsonParents } from "../binding.js";
import { inner, site, type AnySourceCode, type Filter, type Visit } from "./site.js";

/** The slice of `@eslint/json`'s nodes this module reads. */
interface JsonString extends JsonNode {
  readonly value: string;
  readonly range: [number, number];
}

/** Listeners for `@eslint/json`: every string, named by the member key it is the value of. */
export function jsonListeners(sourceCode: AnySourceCode & JsonParents, visit: Visit, { minLength }: Filter): TSESLint.RuleListener {
  return {
    String(node: JsonString) {
      if (node.value.length < minLength) return;
      const [raw, base] = inner(sourceCode.text, node.range);
      visit(site({ value: node.value, raw, base, whole: node.range, prose: false, name: () => jsonBindingName(node, sourceCode) }));
    },
  } as TSESLint.RuleListener;
}
