import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { bindingName, jsonBindingName, type JsonNode, type JsonParents } from "../src/binding.js";
import { classifySid, looksGenerated, SID_LENGTH } from "../src/classify.js";
import { createRule } from "../src/create-rule.js";
import { languageOf, RULE_LANGUAGES } from "../src/languages.js";
import { aSid, describePrefixes, shorten } from "../src/messages.js";
import { nameWords, renamedSidName, sidName } from "../src/names.js";
import { PREFIXES, type SidPrefix } from "../src/registry.generated.js";

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

export type Options = [
  {
    /** Extra or overriding name -> prefixes entries for the codebase's own names. */
    names?: Record<string, SidPrefix[]>;
    /** Regular expressions for binding names to skip. */
    ignore?: string[];
  },
];

export type MessageIds = "mismatch" | "apiKeyAsAccount" | "accountAsApiKey" | "rename";

export default createRule<Options, MessageIds>({
  name: "sid-prefix-matches-name",
  meta: {
    type: "problem",
    docs: { description: "Require a SID's prefix to fit the name it is bound to.", recommended: true },
    languages: RULE_LANGUAGES,
    messages: {
      mismatch: "`{{name}}` holds {{actual}} (`{{value}}`); the name expects {{expected}}.",
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

    /** The prefixes a name takes and its stem, or undefined when the name says nothing certain. */
    function expectation(name: string): { prefixes: readonly SidPrefix[]; stem: string | undefined } | undefined {
      if (ignore.some((pattern) => pattern.test(name))) return undefined;
      const own = custom.get(nameKey(name));
      if (own) return { prefixes: own, stem: undefined };
      const meaning = sidName(name);
      return meaning?.prefixes && { prefixes: meaning.prefixes, stem: meaning.stem };
    }

    /** Reports a value whose prefix the name does not take; `rename` is the local variable a suggestion renames. */
    function check(node: TSESTree.Node, value: string, name: string | undefined, rename?: TSESLint.Scope.Variable): void {
      if (name === undefined) return;
      const expected = expectation(name);
      const sid = expected && certainSid(value);
      if (!sid || expected.prefixes.includes(sid.prefix)) return;
      const { prefix } = sid;
      const shown = shorten(value);
      const only = expected.prefixes.length === 1 ? expected.prefixes[0] : undefined;
      if (only === ACCOUNT && prefix === API_KEY) {
        return context.report({ node, messageId: "apiKeyAsAccount", data: { name, value: shown } });
      }
      if (only === API_KEY && prefix === ACCOUNT) {
        return context.report({ node, messageId: "accountAsApiKey", data: { name, value: shown } });
      }
      const suggested = rename && renamedSidName(name, prefix);
      context.report({
        node,
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
    if (language === "json") {
      const sourceCode = context.sourceCode as unknown as JsonParents;
      return {
        String(node: JsonNode & { value: string }) {
          if (mayBeSid(node.value)) check(node as never, node.value, jsonBindingName(node, sourceCode));
        },
      } as TSESLint.RuleListener;
    }

    // Markdown and other languages have no bindings.
    if (language !== "js") return {};
    return {
      Literal(node) {
        if (typeof node.value === "string" && mayBeSid(node.value)) {
          check(node, node.value, bindingName(node), initializedVariable(node));
        }
      },
      TemplateLiteral(node) {
        const value = node.expressions.length === 0 ? node.quasis[0]!.value.cooked : undefined;
        if (value && mayBeSid(value)) check(node, value, bindingName(node), initializedVariable(node));
      },
    };
  },
});
