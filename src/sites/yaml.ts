import type { TSESLint } from "@typescript-eslint/utils";
import { isListName } from "../binding.js";
import { inner, part, site, visitComments, type AnySourceCode, type SourceComment, type Filter, type StringSite, type Visit } from "./site.js";

/** The slice of eslint-plugin-yml's nodes this module reads (they carry `parent`). */
interface YamlNode {
  readonly type: string;
  readonly range: [number, number];
  readonly parent?: YamlNode;
}
interface YamlScalar extends YamlNode {
  readonly type: "YAMLScalar";
  readonly value: unknown;
  readonly style: "plain" | "double-quoted" | "single-quoted" | "literal" | "folded";
}
interface YamlPair extends YamlNode {
  readonly type: "YAMLPair";
  readonly key: YamlNode | null;
  readonly value: YamlNode | null;
}

/** `context.sourceCode` of `yml/yaml`. */
interface YamlSourceCode extends AnySourceCode {
  getAllComments(): readonly SourceComment[];
}

// `- TWILIO_FLOW_SID=FW...`: an item of docker-compose's `environment:` list and the like.
const ITEM_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** The key of a pair, when it is a scalar. */
function keyOf(pair: YamlPair): string | undefined {
  const key = pair.key;
  if (key?.type !== "YAMLScalar") return undefined;
  const value = (key as YamlScalar).value;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** The key a scalar is the value of, or, for an item of a sequence under a list name, that name. */
function nameOf(node: YamlScalar): string | undefined {
  const parent = node.parent;
  if (parent?.type === "YAMLPair") return (parent as YamlPair).value === node ? keyOf(parent as YamlPair) : undefined;
  if (parent?.type !== "YAMLSequence" || parent.parent?.type !== "YAMLPair") return undefined;
  const name = keyOf(parent.parent as YamlPair);
  return name !== undefined && isListName(name) ? name : undefined;
}

/** Listeners for `yml/yaml`: every string scalar, named by its key; `KEY=value` items named by their `KEY`. */
export function yamlListeners(sourceCode: YamlSourceCode, visit: Visit, { comments, minLength }: Filter): TSESLint.RuleListener {
  const { text } = sourceCode;
  /** The scalar's value as a site: quotes stripped, block scalars placed by their source. */
  const scalarSite = (node: YamlScalar & { value: string }, name: () => string | undefined): StringSite => {
    const quoted = node.style === "double-quoted" || node.style === "single-quoted";
    const [raw, base] = quoted ? inner(text, node.range) : [text.slice(...node.range), node.range[0]];
    return site({ value: node.value, raw, base, whole: node.range, prose: false, name });
  };
  const listeners: TSESLint.RuleListener = {
    YAMLScalar(node: YamlScalar) {
      if (typeof node.value !== "string") return;
      const scalar = node as YamlScalar & { value: string };
      const assignment = node.parent?.type === "YAMLSequence" ? ITEM_ASSIGNMENT.exec(scalar.value) : null;
      if (assignment) {
        const named = part(text, scalarSite(scalar, () => undefined), assignment[0].length, scalar.value.length, assignment[1]!);
        if (named) visit(named);
        return;
      }
      if (scalar.value.length >= minLength) visit(scalarSite(scalar, () => nameOf(scalar)));
    },
  } as TSESLint.RuleListener;
  if (comments) {
    // A comment's value is its text after `#`.
    listeners.Program = () => visitComments(sourceCode.getAllComments(), 1, visit);
  }
  return listeners;
}
