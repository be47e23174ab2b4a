import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";

// `isValidSid(v)`, `validateCallSid(v)`, `looksLikeSid(v)`: a validator's input is there to be judged, often rejected.
const VALIDATOR = /^(?:isValid|validate|looksLike)/i;
// Matchers that pass only when their subject is false: `expect(isSid(v)).toBe(false)`, `.toBeFalsy()`, chai's `.false`.
const EXPECTS_FALSE = new Set(["toBeFalsy", "false"]);
const EXPECTS_VALUE = new Set(["toBe", "toEqual", "toStrictEqual", "equal", "equals", "eql"]);
// Matchers and assertions that pass only when their subject throws or rejects.
const EXPECTS_FAILURE = new Set(["toThrow", "toThrowError", "toThrowErrorMatchingSnapshot", "toThrowErrorMatchingInlineSnapshot", "rejects", "throw", "throws"]);
const FAILURE_ASSERTIONS = new Set(["throws", "rejects"]);

/** The last name of a callee: `isValidSid` of `isValidSid(v)` and of `guards.isValidSid(v)`. */
function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return undefined;
}

/** `false` written as a literal. */
const isFalse = (node: TSESTree.Node | undefined) => node?.type === AST_NODE_TYPES.Literal && node.value === false;

/**
 * Whether a member chain on `expect(...)` reaches a matcher that expects a throw (`.toThrow()`, `.rejects`,
 * `.to.throw()`) or, for a call under test, a false result (`.toBe(false)`, `.toBeFalsy()`, `.to.be.false`).
 */
function expectsFailure(expectCall: TSESTree.CallExpression): boolean {
  const subjectIsCall = expectCall.arguments[0]?.type === AST_NODE_TYPES.CallExpression;
  for (let node: TSESTree.Node = expectCall; node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node; ) {
    node = node.parent;
    const name = calleeName(node);
    if (name !== undefined && EXPECTS_FAILURE.has(name)) return true;
    if (subjectIsCall && name !== undefined && EXPECTS_FALSE.has(name)) return true;
    if (node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) {
      node = node.parent;
      if (subjectIsCall && name !== undefined && EXPECTS_VALUE.has(name) && isFalse((node as TSESTree.CallExpression).arguments[0])) return true;
    }
  }
  return false;
}

/** Whether a call is one whose arguments are fed on purpose to something that must reject them. */
function judgesItsArguments(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = calleeName(call.callee);
  if (name === undefined) return false;
  if (VALIDATOR.test(name)) return true;
  // `assert.throws(() => ...)`, `t.throws(...)`, `assert.rejects(promise)`.
  if (FAILURE_ASSERTIONS.has(name)) return true;
  return name === "expect" && call.type === AST_NODE_TYPES.CallExpression && expectsFailure(call);
}

/**
 * A value a test or a check feeds on purpose to something that must reject it: an argument (at any depth) of
 * `isValid*()` / `validate*()` / `looksLike*()`, or code under `expect(...)` whose matcher expects a throw, a
 * rejection or a false result (`expect(() => assertSid("WK000")).toThrow()`, `await expect(fetchCall("CA1")).rejects`,
 * `expect(isSid("CA1")).toBe(false)`), `assert.throws()`, `assert.rejects()`. Malformed values there are the point.
 */
export function isDeliberateInput(node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.callee !== child &&
      judgesItsArguments(parent)
    ) {
      return true;
    }
  }
  return false;
}
