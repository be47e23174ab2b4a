import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { normalizeChain, parentPrefixes, POSITION_METHODS, positionsOfChain, type ChainPosition } from "../src/chains.js";
import { SID_LENGTH } from "../src/classify.js";
import { ClientTracker } from "../src/clients.js";
import { createRule } from "../src/create-rule.js";
import { ValueEvidence } from "../src/evidence.js";
import { languageOf, locOf, RULE_LANGUAGES, stringListeners, type StringSite } from "../src/languages.js";
import { aSid, describePrefixes, shorten } from "../src/messages.js";
import { PREFIXES } from "../src/registry.generated.js";
import { findRestPathSids, mayHoldRestPath } from "../src/rest-paths.js";
import { typeInformation } from "../src/typed.js";

// A file reaches a client through the `twilio` module or Twilio Functions' context; one with neither has none.
// One scan of the text; it spares every other file the listeners below.
const CLIENT_HINT = /\btwilio["'`]|getTwilioClient/;

/** The callee as written, arguments elided: `client.conferences(...).participants()`. */
function render(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.ThisExpression:
      return "this";
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
      return render(node.expression);
    case AST_NODE_TYPES.AwaitExpression:
      return `(await ${render(node.argument)})`;
    case AST_NODE_TYPES.MemberExpression:
      return `${render(node.object)}${node.optional ? "?." : "."}${node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : "[...]"}`;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return `${node.type === AST_NODE_TYPES.NewExpression ? "new " : ""}${render(node.callee)}(${node.arguments.length > 0 ? "..." : ""})`;
    default:
      return "...";
  }
}

/**
 * Whether the call's result may go on to `path` (`participants`, `create`), where alone its position takes a
 * non-SID: it does when the members read from it right away follow the path, or stop on it with the result kept (it
 * may get there later); it does not when they turn off it (`.fetch()`, `.participants(x)`) or the result is dropped.
 */
function mayContinueTo(call: TSESTree.Node, path: readonly string[]): boolean {
  let current = call;
  for (const name of path) {
    const parent = current.parent?.type === AST_NODE_TYPES.ChainExpression ? current.parent.parent : current.parent;
    const at = current.parent?.type === AST_NODE_TYPES.ChainExpression ? current.parent : current;
    // Kept part of the way (`const participants = client.conferences(name).participants`), it may go on later.
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== at) return parent?.type !== AST_NODE_TYPES.ExpressionStatement;
    if (parent.computed || parent.property.type !== AST_NODE_TYPES.Identifier || parent.property.name !== name) return false;
    // `participants(x)` turns off the path to `participants.create`.
    if (name !== path.at(-1) && parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) return false;
    current = parent;
  }
  return true;
}

/** Whether the position takes a non-SID at this call: always, never, or when the result goes on to a path. */
function takesNonSid(call: TSESTree.Node, position: ChainPosition): boolean {
  if (!position.acceptsNonSid) return false;
  return position.nonSidOnlyBefore === undefined || mayContinueTo(call, position.nonSidOnlyBefore);
}

export type Options = [{ clients?: string[] }];
export type MessageIds = "wrongPrefix" | "wrongValue" | "wrongName" | "wrongPathSid" | "wrongType";

/** Listeners that report SIDs in Twilio REST URLs of any string, template, prose or link their position does not take. */
function restPathListeners(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): TSESLint.RuleListener {
  if (!mayHoldRestPath(context.sourceCode.text)) return {};
  // A URL can reach the rule twice (a Markdown autolink's destination and its text).
  const reported = new Set<string>();
  const visit = (site: StringSite) => {
    for (const { start, end, prefix, collection, expected } of findRestPathSids(site.value)) {
      const range = site.range(start, end) ?? site.whole;
      const key = range.join(":");
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({
        loc: locOf(context, range),
        messageId: "wrongPathSid",
        data: { collection, expected: describePrefixes(expected, { ellipsis: true }), prefix, actual: aSid(PREFIXES.get(prefix)!) },
      });
    }
  };
  return stringListeners(context, visit, { comments: false, minLength: SID_LENGTH, joinTemplates: true });
}

export default createRule<Options, MessageIds>({
  name: "sid-matches-resource",
  meta: {
    type: "problem",
    docs: {
      description: "Require SIDs passed to the Twilio client to fit the resource they address.",
      recommended: true,
    },
    languages: RULE_LANGUAGES,
    messages: {
      wrongPrefix: "`{{callee}}()` takes {{expected}}; `{{prefix}}...` is {{actual}}.",
      wrongValue: "`{{callee}}()` takes {{expected}}; `{{name}}` holds {{actual}} (`{{value}}`).",
      wrongPathSid: "`{{collection}}/` in a Twilio REST URL takes {{expected}}; `{{prefix}}...` is {{actual}}.",
      wrongName: "`{{callee}}()` takes {{expected}}; `{{name}}` is named for {{actual}}.",
      wrongType: "`{{callee}}()` takes {{expected}}; `{{name}}` is of type `{{type}}`, which holds {{actual}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          clients: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*$" },
            uniqueItems: true,
            description:
              "Names or member paths that hold a Twilio client the rule cannot see being created, e.g. `this.twilio`, `deps.twilioClient`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ clients: [] }],
  },
  create(context, [{ clients = [] }]) {
    const { sourceCode } = context;
    const paths = restPathListeners(context);
    // Client calls exist only in JS.
    if (languageOf(sourceCode) !== "js") return paths;
    // With types, a client is found by its type wherever it comes from, and the file need not name twilio.
    const types = typeInformation(sourceCode);
    const typedClients = types?.hasTwilio === true;
    if (!typedClients && clients.length === 0 && !CLIENT_HINT.test(sourceCode.text)) return paths;
    const tracker = new ClientTracker(sourceCode, clients);

    const values = new ValueEvidence(sourceCode, undefined, types);

    /** Reports an argument that cannot fit its position; stays silent on anything it cannot be sure of. */
    function checkArgument(
      call: TSESTree.CallExpression,
      chain: string,
      argument: TSESTree.Node,
      position: ChainPosition,
      describe: () => string,
      ordinal: string,
    ): void {
      const { prefixes } = position;
      const evidence = values.against(argument, prefixes, false);
      if (!evidence) return;
      // Worded only for a report.
      const expected = () => describePrefixes(prefixes, { ellipsis: true }) + ordinal;
      if (evidence.kind === "literal") {
        // A conference named after a task SID is right where the friendly name is taken.
        if (prefixes.includes(evidence.prefix) || (position.nonSidOnlyBefore && takesNonSid(call, position))) return;
        const actual = aSid(PREFIXES.get(evidence.prefix)!);
        if (evidence.via === undefined) {
          context.report({ node: argument, messageId: "wrongPrefix", data: { callee: describe(), expected: expected(), prefix: evidence.prefix, actual } });
        } else {
          const data = { callee: describe(), expected: expected(), name: evidence.via, actual, value: shorten(evidence.value) };
          context.report({ node: argument, messageId: "wrongValue", data });
        }
        return;
      }
      if (evidence.kind === "type") {
        if (evidence.prefixes.some((prefix) => prefixes.includes(prefix))) return;
        // A unique name or identity may be derived from another resource's SID (a Sync document per call), but
        // not from the SID of the resource it sits under: `conferences(callSid).participants(conferenceSid)`.
        if (takesNonSid(call, position) && !evidence.prefixes.every((prefix) => parentPrefixes(chain).has(prefix))) return;
        const actual = describePrefixes(evidence.prefixes, { ellipsis: true });
        const data = { callee: describe(), expected: expected(), name: evidence.name, type: evidence.type, actual };
        context.report({ node: argument, messageId: "wrongType", data });
        return;
      }
      // A unique name or identity is often derived from another resource's SID (a Sync document per call).
      if (takesNonSid(call, position)) return;
      if (evidence.plural || evidence.prefixes.some((prefix) => prefixes.includes(prefix))) return;
      context.report({
        node: argument,
        messageId: "wrongName",
        data: { callee: describe(), expected: expected(), name: evidence.name, actual: describePrefixes(evidence.prefixes, { ellipsis: true }) },
      });
    }

    return {
      ...paths,
      ImportDeclaration: (node) => tracker.importDeclaration(node),
      VariableDeclarator: (node) => tracker.variableDeclarator(node),
      AssignmentExpression: (node) => tracker.assignmentExpression(node),
      TSTypeReference: (node) => tracker.typeReference(node),
      CallExpression(node) {
        if (node.arguments.length === 0 || !(tracker.active || typedClients)) return;
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          if (callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
          if (!POSITION_METHODS.has(callee.property.name)) return;
        } else if (
          callee.type !== AST_NODE_TYPES.Identifier ||
          !(tracker.isCandidate(callee.name) || (typedClients && POSITION_METHODS.has(callee.name)))
        ) {
          return;
        }
        const names = tracker.chainOf(callee);
        let chain = names && normalizeChain(names);
        let positions = chain === undefined ? undefined : positionsOfChain(chain);
        // A client the file does not show being made (imported, injected, handed to a callback): its type says.
        if (!positions && typedClients) {
          chain = types!.chainOfCallee(callee);
          positions = chain === undefined ? undefined : positionsOfChain(chain);
        }
        if (!positions) return;
        const describe = () => render(callee);
        node.arguments.forEach((argument, index) => {
          const position = positions[index];
          if (position && position.prefixes.length > 0) {
            checkArgument(node, chain!, argument, position, describe, positions.length > 1 ? ` as argument ${index + 1}` : "");
          }
        });
      },
    };
  },
});
