import type { TSESLint } from "@typescript-eslint/utils";
import { isListName } from "../binding.js";
import { inner, site, visitComments, type AnySourceCode, type SourceComment, type Filter, type Visit } from "./site.js";

/** The slice of eslint-plugin-toml's nodes this module reads (they carry `parent`). */
interface TomlNode {
  readonly type: string;
  readonly range: [number, number];
  readonly parent?: TomlNode;
}
interface TomlString extends TomlNode {
  readonly type: "TOMLValue";
  readonly kind: string;
  readonly value: unknown;
  readonly style: "basic" | "literal";
  readonly multiline: boolean;
}
interface TomlKeyValue extends TomlNode {
  readonly type: "TOMLKeyValue";
  readonly key: { readonly keys: readonly ({ readonly name: string } | { readonly value: string })[] };
}

/** `context.sourceCode` of `toml/toml`. */
interface TomlSourceCode extends AnySourceCode {
  getAllComments(): readonly SourceComment[];
}

/** The last part of a dotted key: `sid` of `twilio.account.sid = "AC..."`. */
function keyOf(node: TomlKeyValue): string | undefined {
  const last = node.key.keys.at(-1);
  return last && ("name" in last ? last.name : last.value);
}

/** The key a string is the value of, or, for an element of an array under a list name, that name. */
function nameOf(node: TomlString): string | undefined {
  const parent = node.parent;
  if (parent?.type === "TOMLKeyValue") return keyOf(parent as TomlKeyValue);
  if (parent?.type !== "TOMLArray" || parent.parent?.type !== "TOMLKeyValue") return undefined;
  const name = keyOf(parent.parent as TomlKeyValue);
  return name !== undefined && isListName(name) ? name : undefined;
}

/** Listeners for `toml/toml`: every string value, named by its key. */
export function tomlListeners(sourceCode: TomlSourceCode, visit: Visit, { comments, minLength }: Filter): TSESLint.RuleListener {
  const { text } = sourceCode;
  const listeners: TSESLint.RuleListener = {
    TOMLValue(node: TomlString) {
      if (node.kind !== "string" || typeof node.value !== "string" || node.value.length < minLength) return;
      // Multi-line strings drop a first line break and resolve line-ending backslashes: pieces are found in the source.
      const [raw, base] = node.multiline ? [text.slice(...node.range), node.range[0]] : inner(text, node.range);
      visit(site({ value: node.value, raw, base, whole: node.range, prose: false, name: () => nameOf(node) }));
    },
  } as TSESLint.RuleListener;
  if (comments) {
    // A comment's value is its text after `#`.
    listeners.Program = () => visitComments(sourceCode.getAllComments(), 1, visit);
  }
  return listeners;
}
