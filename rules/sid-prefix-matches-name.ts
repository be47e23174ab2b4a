import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { bindingName, referenceName, staticKey } from "../src/binding.js";
import { classifySid, looksGenerated, SID_LENGTH } from "../src/classify.js";
import { createRule } from "../src/create-rule.js";
import { stripWrappers, ValueEvidence, type Evidence } from "../src/evidence.js";
import { languageOf, locOf, RULE_LANGUAGES, stringListeners, type StringSite } from "../src/languages.js";
import { aSid, describePrefixes, shorten } from "../src/messages.js";
import { nameWords, renamedSidName, sidName, type SidName } from "../src/names.js";
import { PREFIXES, type SidPrefix } from "../src/registry.generated.js";
import { typeInformation } from "../src/typed.js";

/** The API-key mix-up has its own message; these are its two sides. */
const ACCOUNT: SidPrefix = "AC";
const API_KEY: SidPrefix = "SK";

/** `callSid`, `call_sid` and `CALL_SIDS` are one name to the `names` option. */
function nameKey(name: string): string {
  const words = nameWords(name);
  if (words.at(-1) === "sids") words[words.length - 1] = "sid";
  return words.join(" ");
}

/** A value certain to be a SID (or a SID placeholder) with a known prefix, else undefined. */
function certainSid(value: string): { prefix: SidPrefix; placeholder: boolean } | undefined {
  const sid = classifySid(value);
  if (sid.kind === "placeholder") return { prefix: sid.prefix, placeholder: true };
  // Twilio writes bodies in lowercase; an uppercase hex body may be some other token that happens to fit.
  if (sid.kind === "sid" && looksGenerated(value)) return { prefix: sid.prefix, placeholder: false };
  return undefined;
}

/** True when renaming the variable to `name` keeps every reference resolving as before and reaches no other module. */
function canRename(variable: TSESLint.Scope.Variable, name: string): boolean {
  const declarator = variable.defs[0]?.node;
  if (variable.defs.length !== 1 || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  if (declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
  const scope = variable.scope;
  if (scope.type === "global") return false;
  const pending: TSESLint.Scope.Scope[] = [scope];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (current.set.has(name) || current.references.some((reference) => reference.identifier.name === name)) return false;
    pending.push(...current.childScopes);
  }
  // A shorthand property or an export specifier would change its key or exported name with the variable.
  return variable.references.every(({ identifier }) => {
    const parent = identifier.parent;
    return !(
      (parent?.type === AST_NODE_TYPES.Property && parent.shorthand) ||
      parent?.type === AST_NODE_TYPES.ExportSpecifier
    );
  });
}

/** The name a parameter binds (`callSid`, `callSid = x`), or undefined for patterns and rest elements. */
function parameterName(parameter: TSESTree.Parameter): string | undefined {
  const binding = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const target = binding.type === AST_NODE_TYPES.AssignmentPattern ? binding.left : binding;
  return target.type === AST_NODE_TYPES.Identifier ? target.name : undefined;
}

/** Key name of an object property or class member: `callSid`, `"call_sid"`, `["CallSid"]`. */
function memberKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  return computed ? staticKey(key) : referenceName(key) ?? staticKey(key);
}

/**
 * A value named or typed as an Account SID where a name expects an API Key SID: where the API key's SID is the
 * username, the Account SID is one too (auth-token authentication).
 */
function isApiKeyUsername(expected: readonly SidPrefix[], given: readonly SidPrefix[]): boolean {
  return expected.length === 1 && expected[0] === API_KEY && given.includes(ACCOUNT);
}

/** A literal written in place: the literal listeners check those at every binding but call arguments. */
function isWrittenLiteral(node: TSESTree.Node): boolean {
  const value = stripWrappers(node);
  return value.type === AST_NODE_TYPES.Literal || (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0);
}

/** Where a report goes: at a JS node, or at a location in a file of another language. */
type Where = { node: TSESTree.Node } | { loc: TSESTree.SourceLocation };

export type Options = [
  {
    /** Extra or overriding name -> prefixes entries for the codebase's own names. */
    names?: Record<string, SidPrefix[]>;
    /** Regular expressions for binding names to skip. */
    ignore?: string[];
  },
];

export type MessageIds =
  | "mismatch"
  | "givenName"
  | "givenValue"
  | "argumentName"
  | "argumentValue"
  | "givenType"
  | "argumentType"
  | "apiKeyAsAccount"
  | "accountAsApiKey"
  | "rename";

export default createRule<Options, MessageIds>({
  name: "sid-prefix-matches-name",
  meta: {
    type: "problem",
    docs: { description: "Require a SID's prefix to fit the name it is bound to.", recommended: true },
    languages: RULE_LANGUAGES,
    messages: {
      mismatch: "`{{name}}` holds {{actual}} (`{{value}}`); the name expects {{expected}}.",
      givenName: "`{{name}}` is given `{{source}}`, named for {{actual}}; the name expects {{expected}}.",
      givenValue: "`{{name}}` is given `{{source}}`, which holds {{actual}} (`{{value}}`); the name expects {{expected}}.",
      argumentName:
        "`{{callee}}()` passes `{{source}}`, named for {{actual}}, to its parameter `{{name}}`; the name expects {{expected}}.",
      argumentValue:
        "`{{callee}}()` passes {{actual}} (`{{value}}`) to its parameter `{{name}}`; the name expects {{expected}}.",
      givenType: "`{{name}}` is given `{{source}}` of type `{{type}}`, which holds {{actual}}; the name expects {{expected}}.",
      argumentType:
        "`{{callee}}()` passes `{{source}}` of type `{{type}}`, which holds {{actual}}, to its parameter `{{name}}`; the name expects {{expected}}.",
      apiKeyAsAccount:
        "`{{name}}` holds an API Key SID (`{{value}}`), not an Account SID (`AC...`). An API key is the username, with its secret as the password; the Account SID is passed separately: `twilio(apiKeySid, apiKeySecret, { accountSid })`.",
      accountAsApiKey:
        "`{{name}}` holds an Account SID (`{{value}}`), not an API Key SID (`SK...`). Create an API key and use its `SK...` SID as the username with its secret; the Account SID is passed separately: `twilio(apiKeySid, apiKeySecret, { accountSid })`.",
      rename: "Rename `{{name}}` to `{{suggested}}`.",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          names: {
            type: "object",
            description:
              "Names of the codebase's own and the prefixes they take, e.g. `{ \"supportQueueSid\": [\"WQ\"] }`; matched in any case style, and overriding the built-in meaning of a name.",
            additionalProperties: {
              type: "array",
              items: { type: "string", enum: [...PREFIXES.keys()] },
              minItems: 1,
              uniqueItems: true,
            },
          },
          ignore: {
            type: "array",
            description: "Regular expressions for binding names the rule skips, e.g. `^legacy`.",
            items: { type: "string", format: "regex" },
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{ names: {}, ignore: [] }],
  },
  create(context, [options]) {
    const custom = new Map(Object.entries(options.names ?? {}).map(([name, prefixes]) => [nameKey(name), prefixes]));
    // The schema's `format: "regex"` turns an invalid pattern into a configuration error before this runs.
    const ignore = (options.ignore ?? []).map((pattern) => new RegExp(pattern));

    const meanings = new Map<string, SidName | undefined>();
    /** What a name says it holds, with the codebase's own names and the ignored ones; the same for both sides. */
    const readName =
      custom.size === 0 && ignore.length === 0
        ? sidName
        : (name: string): SidName | undefined => {
            if (meanings.has(name)) return meanings.get(name);
            let meaning: SidName | undefined;
            if (!ignore.some((pattern) => pattern.test(name))) {
              const own = custom.size > 0 ? custom.get(nameKey(name)) : undefined;
              meaning = own ? { stem: undefined, prefixes: own, plural: nameWords(name).at(-1) === "sids" } : sidName(name);
            }
            meanings.set(name, meaning);
            return meaning;
          };

    /** The prefixes a name takes and its stem, or undefined when the name says nothing certain. */
    function expectation(name: string): (SidName & { prefixes: readonly SidPrefix[] }) | undefined {
      const meaning = readName(name);
      // Asked for every bound name of a file: the reading itself, not a copy.
      return meaning?.prefixes ? (meaning as SidName & { prefixes: readonly SidPrefix[] }) : undefined;
    }

    /**
     * Reports a value whose prefix the name does not take, at `where` (a node, or the location of a value in a file of
     * another language); `rename` is the local variable a suggestion renames.
     */
    function check(where: Where, value: string, name: string | undefined, rename?: TSESLint.Scope.Variable): void {
      if (name === undefined) return;
      const expected = expectation(name);
      const sid = expected && certainSid(value);
      if (!sid || expected.prefixes.includes(sid.prefix)) return;
      const { prefix } = sid;
      const shown = shorten(value);
      const only = expected.prefixes.length === 1 ? expected.prefixes[0] : undefined;
      if (only === ACCOUNT && prefix === API_KEY) {
        return context.report({ ...where, messageId: "apiKeyAsAccount", data: { name, value: shown } });
      }
      if (only === API_KEY && prefix === ACCOUNT) {
        return context.report({ ...where, messageId: "accountAsApiKey", data: { name, value: shown } });
      }
      const suggested = rename && renamedSidName(name, prefix);
      context.report({
        ...where,
        messageId: "mismatch",
        data: { name, value: shown, actual: `${aSid(PREFIXES.get(prefix)!)}${sid.placeholder ? " placeholder" : ""}`, expected: describePrefixes(expected.prefixes, { lead: expected.stem }) },
        suggest:
          suggested && canRename(rename, suggested)
            ? [
                {
                  messageId: "rename",
                  data: { name, suggested },
                  fix: (fixer) =>
                    [rename.identifiers[0]!, ...rename.references.map((reference) => reference.identifier)]
                      .filter((identifier, index, all) => all.indexOf(identifier) === index)
                      .map((identifier) => fixer.replaceText(identifier, suggested)),
                },
              ]
            : [],
      });
    }

    /** The variable a value initializes directly (`const messageSid = "CA..."`), for the rename suggestion. */
    function initializedVariable(node: TSESTree.Node): TSESLint.Scope.Variable | undefined {
      const parent = node.parent;
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node) return undefined;
      return context.sourceCode.getDeclaredVariables(parent)[0];
    }

    /** Cheapest test first: only 34-character strings that start with a known prefix can be reported. */
    const mayBeSid = (value: string) => value.length === SID_LENGTH && PREFIXES.has(value.slice(0, 2));

    const language = languageOf(context.sourceCode);
    if (language !== "js") {
      // JSON members, YAML and TOML keys, `.env` variables, `NAME=value` pairs in Markdown: named values, no code.
      const visit = (site: StringSite) => {
        if (!site.prose && mayBeSid(site.value)) check({ loc: locOf(context, site.whole) }, site.value, site.name());
      };
      return stringListeners(context, visit, { comments: false, minLength: SID_LENGTH });
    }
    const types = typeInformation(context.sourceCode);
    const values = new ValueEvidence(context.sourceCode, readName, types);

    /**
     * Reports a value known by a name, or through a variable, bound to a name whose prefixes it cannot have. `callee`
     * is the function whose parameter `name` is, for an argument. No suggestion: either side may be the wrong one.
     */
    function checkEvidence(node: TSESTree.Node, name: string, evidence: Evidence | undefined, callee?: string): void {
      const expected = expectation(name);
      if (!expected || !evidence) return;
      const expects = () => describePrefixes(expected.prefixes, { lead: expected.stem });
      if (evidence.kind === "literal") {
        // A literal written at a binding is the literal listeners' to check; at an argument it is this one's.
        if (evidence.via === undefined && callee === undefined) return;
        const sid = certainSid(evidence.value);
        if (!sid || expected.prefixes.includes(sid.prefix)) return;
        const actual = `${aSid(PREFIXES.get(sid.prefix)!)}${sid.placeholder ? " placeholder" : ""}`;
        const value = shorten(evidence.value);
        if (callee !== undefined && evidence.via === undefined) {
          context.report({ node, messageId: "argumentValue", data: { callee, name, actual, value, expected: expects() } });
        } else {
          context.report({ node, messageId: "givenValue", data: { name, source: evidence.via!, actual, value, expected: expects() } });
        }
        return;
      }
      if (evidence.kind === "type") {
        // One SID bound to one SID's name, where the binding's own type (a `CallSid` annotation) is not already the
        // compiler's check.
        if (expected.plural || evidence.prefixes.some((prefix) => expected.prefixes.includes(prefix))) return;
        if (isApiKeyUsername(expected.prefixes, evidence.prefixes)) return;
        if (types?.isCheckedByCompiler(node)) return;
        const actual = describePrefixes(evidence.prefixes);
        const data = { name, source: evidence.name, type: evidence.type, actual, expected: expects() };
        context.report({ node, messageId: callee === undefined ? "givenType" : "argumentType", data: callee === undefined ? data : { ...data, callee } });
        return;
      }
      if (evidence.plural !== expected.plural || evidence.prefixes.some((prefix) => expected.prefixes.includes(prefix))) return;
      if (isApiKeyUsername(expected.prefixes, evidence.prefixes)) return;
      const data = { name, source: evidence.name, actual: describePrefixes(evidence.prefixes, { lead: evidence.stem }), expected: expects() };
      context.report({ node, messageId: callee === undefined ? "givenName" : "argumentName", data: callee === undefined ? data : { ...data, callee } });
    }

    /** Checks what `value` holds against `name`; a variable of the same name adds nothing to its own declaration. */
    function checkBinding(name: string | undefined, value: TSESTree.Node, callee?: string): void {
      if (name === undefined) return;
      const expected = expectation(name);
      if (!expected) return;
      const stripped = stripWrappers(value);
      if (stripped.type === AST_NODE_TYPES.Identifier && stripped.name === name) return;
      checkEvidence(value, name, values.against(value, expected.prefixes, expected.plural), callee);
    }

    /** Functions of the file with a parameter named for a SID, and calls that may reach one, for `Program:exit`. */
    const sidFunctions = new Set<string>();
    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const noteFunction = (name: string, params: readonly TSESTree.Parameter[]) => {
      if (params.some((parameter) => expectation(parameterName(parameter) ?? ""))) sidFunctions.add(name);
    };

    return {
      Literal(node) {
        if (typeof node.value === "string" && mayBeSid(node.value)) {
          check({ node }, node.value, bindingName(node), initializedVariable(node));
        }
      },
      TemplateLiteral(node) {
        const value = node.expressions.length === 0 ? node.quasis[0]!.value.cooked : undefined;
        if (value && mayBeSid(value)) check({ node }, value, bindingName(node), initializedVariable(node));
      },
      VariableDeclarator(node) {
        if (node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return;
        const init = stripWrappers(node.init);
        if (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression) {
          noteFunction(node.id.name, init.params);
        } else if (!isWrittenLiteral(init)) {
          checkBinding(node.id.name, node.init);
        }
      },
      FunctionDeclaration(node) {
        if (node.id) noteFunction(node.id.name, node.params);
      },
      AssignmentExpression(node) {
        if (node.operator === "=" || node.operator === "||=" || node.operator === "??=") {
          if (!isWrittenLiteral(node.right)) checkBinding(referenceName(node.left), node.right);
        }
      },
      AssignmentPattern(node) {
        if (node.left.type === AST_NODE_TYPES.Identifier && !isWrittenLiteral(node.right)) checkBinding(node.left.name, node.right);
      },
      Property(node) {
        const key = memberKeyName(node.key, node.computed);
        if (key === undefined) return;
        if (node.parent.type === AST_NODE_TYPES.ObjectExpression) {
          if (node.kind === "init" && !node.method && !isWrittenLiteral(node.value)) checkBinding(key, node.value);
          return;
        }
        // `const { MessageSid: callSid } = req.body`: the key names what the local is given.
        const local = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
        if (local.type === AST_NODE_TYPES.Identifier && local.name !== key) checkEvidence(node, local.name, values.ofName(key));
      },
      PropertyDefinition(node) {
        if (node.value && !isWrittenLiteral(node.value)) checkBinding(memberKeyName(node.key, node.computed), node.value);
      },
      JSXAttribute(node) {
        const container = node.value;
        if (container?.type !== AST_NODE_TYPES.JSXExpressionContainer) return;
        const { expression } = container;
        if (expression.type === AST_NODE_TYPES.JSXEmptyExpression || isWrittenLiteral(expression)) return;
        checkBinding(node.name.type === AST_NODE_TYPES.JSXNamespacedName ? node.name.name.name : node.name.name, expression);
      },
      CallExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.arguments.length > 0) calls.push(node);
      },
      NewExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.arguments.length > 0) calls.push(node);
      },
      // Functions are hoisted: a call may come before the declaration, so calls are matched once the file is read.
      "Program:exit"() {
        for (const call of calls) {
          const callee = call.callee as TSESTree.Identifier;
          if (!sidFunctions.has(callee.name)) continue;
          const params = values.functionOf(callee)?.params ?? [];
          for (const [index, argument] of call.arguments.entries()) {
            const parameter = params[index];
            if (argument.type === AST_NODE_TYPES.SpreadElement || !parameter || parameter.type === AST_NODE_TYPES.RestElement) break;
            checkBinding(parameterName(parameter), argument, callee.name);
          }
        }
      },
    };
  },
});
