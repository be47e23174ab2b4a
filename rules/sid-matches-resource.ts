import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import { referenceName, staticKey } from "../src/binding.js";
import { chainPositions, POSITION_METHODS, type ChainPosition } from "../src/chains.js";
import { classifySid, SID_LENGTH } from "../src/classify.js";
import { ClientTracker } from "../src/clients.js";
import { createRule } from "../src/create-rule.js";
import { languageOf, RULE_LANGUAGES } from "../src/languages.js";
import { aSid, describePrefixes } from "../src/messages.js";
import { sidName } from "../src/names.js";

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

export type Options = [{ clients?: string[] }];
export type MessageIds = "wrongPrefix" | "wrongName";

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
      wrongName: "`{{callee}}()` takes {{expected}}; `{{name}}` is named for {{actual}}.",
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
    // Client calls exist only in JS.
    if (languageOf(sourceCode) !== "js") return {};
    if (clients.length === 0 && !CLIENT_HINT.test(sourceCode.text)) return {};
    const tracker = new ClientTracker(sourceCode, clients);

    /** Reports an argument that cannot fit its position; stays silent on anything it cannot be sure of. */
    function checkArgument(argument: TSESTree.Node, position: ChainPosition, describe: () => string, ordinal: string): void {
      const { prefixes } = position;
      const value = staticKey(argument);
      if (value !== undefined) {
        if (value.length !== SID_LENGTH) return;
        const sid = classifySid(value);
        if ((sid.kind !== "sid" && sid.kind !== "placeholder") || prefixes.includes(sid.prefix)) return;
        context.report({
          node: argument,
          messageId: "wrongPrefix",
          data: { callee: describe(), expected: describePrefixes(prefixes, { ellipsis: true }) + ordinal, prefix: sid.prefix, actual: aSid(sid.record) },
        });
        return;
      }
      // A unique name or identity is often derived from another resource's SID (a Sync document per call).
      if (position.acceptsNonSid) return;
      const name = referenceName(argument);
      const named = name === undefined ? undefined : sidName(name);
      if (!named?.prefixes || named.plural || named.prefixes.some((prefix) => prefixes.includes(prefix))) return;
      context.report({
        node: argument,
        messageId: "wrongName",
        data: { callee: describe(), expected: describePrefixes(prefixes, { ellipsis: true }) + ordinal, name: name!, actual: describePrefixes(named.prefixes, { ellipsis: true }) },
      });
    }

    return {
      ImportDeclaration: (node) => tracker.importDeclaration(node),
      VariableDeclarator: (node) => tracker.variableDeclarator(node),
      AssignmentExpression: (node) => tracker.assignmentExpression(node),
      TSTypeReference: (node) => tracker.typeReference(node),
      CallExpression(node) {
        if (node.arguments.length === 0 || !tracker.active) return;
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          if (callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return;
          if (!POSITION_METHODS.has(callee.property.name)) return;
        } else if (callee.type !== AST_NODE_TYPES.Identifier || !tracker.isCandidate(callee.name)) {
          return;
        }
        const names = tracker.chainOf(callee);
        const positions = names && chainPositions(names);
        if (!positions) return;
        const describe = () => render(callee);
        node.arguments.forEach((argument, index) => {
          const position = positions[index];
          if (position && position.prefixes.length > 0) {
            checkArgument(argument, position, describe, positions.length > 1 ? ` as argument ${index + 1}` : "");
          }
        });
      },
    };
  },
});
