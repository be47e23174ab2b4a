import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";

/** The name an expression reads: `callSid`, or the last property of `config.callSid` / `req.body["CallSid"]`. */
export function referenceName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.MemberExpression:
      return node.computed ? staticKey(node.property) : propertyName(node.property);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return referenceName(node.expression);
    default:
      return undefined;
  }
}

/** Name of a non-computed key: `callSid`, `#callSid`, `"call_sid"`. */
function propertyName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.PrivateIdentifier) return node.name;
  return staticKey(node);
}

/** Value of a key written as a string literal or a template literal without expressions. */
export function staticKey(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string" ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** Key name of a property, class member or enum member. */
function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  return computed ? staticKey(key) : propertyName(key);
}

/** `callSids`, `CALL_SIDS`, `messageSidList`: a name whose last word is a plural or a list. */
export function isListName(name: string): boolean {
  return /(?:s|S|List|LIST)$/.test(name);
}

const COMPARISONS = new Set(["===", "!==", "==", "!="]);

/** Type-only wrappers that leave the value as it is: `"CA..." as Sid`, `satisfies`, `!`, `<Sid>"CA..."`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

/**
 * The name a value (a string or template literal) is bound to, or undefined when nothing names it:
 * `const callSid = v`, `config.callSid = v`, `{ call_sid: v }`, class fields, parameter and destructuring defaults,
 * `callSid === v`, `case v:` under `switch (callSid)`, `<Call sid={v}>`'s `sid`, elements of `callSids = [v]`,
 * `process.env.CALL_SID ?? v`, branches of `cond ? v : w`, and `enum Sids { CallSid = v }`.
 */
export function bindingName(node: TSESTree.Node): string | undefined {
  const value = unwrap(node);
  const parent = value.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === value ? referenceName(parent.left) : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      // `function f(callSid = v)`, `const { callSid = v } = x`, `const { sid: callSid = v } = x`.
      return parent.right === value && parent.left.type === AST_NODE_TYPES.Identifier ? parent.left.name : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === value ? keyName(parent.key, parent.computed) : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return parent.value === value ? keyName(parent.key, parent.computed) : undefined;
    case AST_NODE_TYPES.TSEnumMember:
      return parent.initializer === value ? keyName(parent.id, parent.computed) : undefined;
    case AST_NODE_TYPES.BinaryExpression:
      if (!COMPARISONS.has(parent.operator)) return undefined;
      return referenceName(parent.left === value ? parent.right : parent.left);
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === value ? referenceName(parent.parent.discriminant) : undefined;
    case AST_NODE_TYPES.JSXExpressionContainer:
      return parent.parent.type === AST_NODE_TYPES.JSXAttribute ? jsxAttributeName(parent.parent) : undefined;
    case AST_NODE_TYPES.JSXAttribute:
      return jsxAttributeName(parent);
    case AST_NODE_TYPES.ArrayExpression: {
      const name = bindingName(parent);
      return name !== undefined && isListName(name) ? name : undefined;
    }
    case AST_NODE_TYPES.LogicalExpression:
      // `process.env.CALL_SID ?? v`: the left side names the value; `lookup() ?? v` takes the whole's binding.
      if (parent.right !== value || parent.operator === "&&") return undefined;
      return referenceName(parent.left) ?? bindingName(parent);
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === value ? undefined : bindingName(parent);
    default:
      return undefined;
  }
}

/** `sid` in `<Call sid="CA...">`, `callSid` in `<x:callSid>`. */
function jsxAttributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXNamespacedName ? attribute.name.name.name : attribute.name.name;
}

/** The slice of `@eslint/json`'s (momoa) node shapes that naming needs, without depending on its types. */
export interface JsonNode {
  readonly type: string;
}
interface JsonMember extends JsonNode {
  readonly type: "Member";
  readonly name: { readonly type: "String"; readonly value: string } | { readonly type: "Identifier"; readonly name: string };
}
/** `context.sourceCode` of the `json/json` language: JSON nodes have no `parent` property. */
export interface JsonParents {
  getParent(node: JsonNode): JsonNode | undefined;
}

/** Key of a JSON member. */
function memberKey(member: JsonMember): string {
  return member.name.type === "String" ? member.name.value : member.name.name;
}

/**
 * The key a JSON string is the value of (`"callSid": v`), or, for an element of an array value, that member's key
 * when it is a list name (`"callSids": [v]`). Undefined for keys, top-level values and unnamed positions.
 */
export function jsonBindingName(node: JsonNode, sourceCode: JsonParents): string | undefined {
  const parent = sourceCode.getParent(node);
  if (parent?.type === "Member") {
    const member = parent as JsonMember & { readonly value: JsonNode };
    return member.value === node ? memberKey(member) : undefined;
  }
  // Array elements are wrapped: String -> Element -> Array -> Member.
  if (parent?.type !== "Element") return undefined;
  const array = sourceCode.getParent(parent);
  const member = array && sourceCode.getParent(array);
  if (member?.type !== "Member") return undefined;
  const name = memberKey(member as JsonMember);
  return isListName(name) ? name : undefined;
}
