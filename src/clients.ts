import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";

type Node = TSESTree.Node;

/** Methods whose awaited result is an instance with the same subresource getters as the chain before them. */
const INSTANCE_METHODS = new Set(["create", "fetch", "update"]);

/** `require("twilio")`. */
function isRequireTwilio(node: Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return false;
  const [source] = node.arguments;
  return (
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === "require" &&
    source?.type === AST_NODE_TYPES.Literal &&
    source.value === "twilio"
  );
}

/** Strips wrappers that do not change which object an expression is. */
function unwrap(node: Node): Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.ChainExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.AwaitExpression
  ) {
    current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
  }
  return current;
}

/** The name a non-computed member reads, or undefined. */
function memberName(node: TSESTree.MemberExpression): string | undefined {
  return !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
}

/** The variable a name resolves to from `scope`, walking out to the global scope. */
function findVariable(scope: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Variable | undefined {
  for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * Finds the Twilio clients of one file syntactically, as the file is traversed: factory imports, client
 * variables, parameters and fields typed `Twilio`, `const` bindings of intermediate chains, and configured paths.
 */
export class ClientTracker {
  /** Locals that create a client when called or constructed: `twilio`, `Twilio`. */
  private readonly factories = new Set<string>();
  /** Locals whose `.Twilio` creates a client and names the client type: `twilio` of `import twilio from`. */
  private readonly modules = new Set<string>();
  /** Locals naming the client type: `Twilio` of `import { Twilio } from "twilio"`. */
  private readonly typeNames = new Set<string>();
  /** Declaring identifiers of client variables and parameters. */
  private readonly clientIds = new Set<Node>();
  /** Declaring identifiers of `const` bindings that hold part of a chain -> the names read so far. */
  private readonly bindings = new Map<Node, readonly string[]>();
  /** Names of both, for a cheap first test before any scope lookup. */
  private readonly names = new Set<string>();
  /** Configured member paths (`this.twilio`, `deps.client`), split at the dots. */
  private readonly paths: (readonly string[])[];

  /** Twilio Functions hand out a client without any import. */
  private readonly functionsClient: boolean;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    paths: readonly string[],
  ) {
    this.paths = paths.map((path) => path.split("."));
    this.functionsClient = sourceCode.text.includes("getTwilioClient");
  }

  /** False until the file shows a way to reach a client: most files, whose calls need no resolving. */
  get active(): boolean {
    return this.functionsClient || this.paths.length > 0 || this.names.size > 0 || this.factories.size > 0;
  }

  /** True when `name` may start a chain: a client variable, a bound context, or a bound list (`calls(...)`). */
  isCandidate(name: string): boolean {
    return this.names.has(name);
  }

  /** Adds the file's own class fields holding a client (`private client: Twilio`, `this.client = twilio()`). */
  private addThisPath(name: string): void {
    if (!this.paths.some(([root, field, ...rest]) => root === "this" && field === name && rest.length === 0)) {
      this.paths.push(["this", name]);
    }
  }

  importDeclaration(node: TSESTree.ImportDeclaration): void {
    if (node.source.value !== "twilio") return;
    for (const specifier of node.specifiers) {
      const local = specifier.local.name;
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === "Twilio") {
          this.factories.add(local);
          this.typeNames.add(local);
        }
      } else {
        this.factories.add(local);
        this.modules.add(local);
      }
    }
  }

  variableDeclarator(node: TSESTree.VariableDeclarator): void {
    const { id, init } = node;
    if (id.type === AST_NODE_TYPES.ObjectPattern) {
      if (init && isRequireTwilio(unwrap(init))) this.destructureRequire(id);
      else if (init && node.parent.kind === "const" && this.active) this.destructureChain(id, init);
      return;
    }
    if (id.type !== AST_NODE_TYPES.Identifier || !init) return;
    const value = unwrap(init);
    if (isRequireTwilio(value)) {
      this.factories.add(id.name);
      this.modules.add(id.name);
    } else if (this.isRoot(value)) {
      this.addClient(id);
    } else if (
      node.parent.kind === "const" &&
      this.active &&
      (value.type === AST_NODE_TYPES.MemberExpression ||
        value.type === AST_NODE_TYPES.CallExpression ||
        value.type === AST_NODE_TYPES.Identifier)
    ) {
      // An alias of the client itself binds an empty chain.
      const names = this.chainOf(init);
      if (names) {
        this.bindings.set(id, names);
        this.names.add(id.name);
      }
    }
  }

  /** `this.client = twilio(...)` in a constructor or setup method. */
  assignmentExpression(node: TSESTree.AssignmentExpression): void {
    const { left } = node;
    if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression) return;
    const name = memberName(left);
    if (name !== undefined && this.isRoot(unwrap(node.right))) this.addThisPath(name);
  }

  /** A type annotation naming the client type marks what it annotates as a client. */
  typeReference(node: TSESTree.TSTypeReference): void {
    if (!this.isClientType(node.typeName)) return;
    const annotation = node.parent;
    if (annotation.type !== AST_NODE_TYPES.TSTypeAnnotation) return;
    const owner = annotation.parent;
    if (owner.type === AST_NODE_TYPES.Identifier) {
      this.addClient(owner);
      if (owner.parent.type === AST_NODE_TYPES.TSParameterProperty) this.addThisPath(owner.name);
    } else if (
      owner.type === AST_NODE_TYPES.PropertyDefinition &&
      !owner.computed &&
      owner.key.type === AST_NODE_TYPES.Identifier
    ) {
      this.addThisPath(owner.key.name);
    }
  }

  /**
   * The property names read from a client to reach `node` (`client.sync.v1.services("IS...").documents` ->
   * sync, v1, services, documents), or undefined when `node` is not reached from a known client.
   */
  chainOf(node: Node): readonly string[] | undefined {
    if (!this.mayReach(node)) return undefined;
    const names: string[] = [];
    let current: Node = node;
    for (;;) {
      switch (current.type) {
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSAsExpression:
          current = current.expression;
          continue;
        case AST_NODE_TYPES.AwaitExpression: {
          const argument = unwrap(current.argument);
          current =
            argument.type === AST_NODE_TYPES.CallExpression &&
            argument.callee.type === AST_NODE_TYPES.MemberExpression &&
            INSTANCE_METHODS.has(memberName(argument.callee) ?? "")
              ? argument.callee.object
              : argument;
          continue;
        }
        case AST_NODE_TYPES.MemberExpression: {
          const name = memberName(current);
          if (name === undefined) return undefined;
          names.push(name);
          current = current.object;
          continue;
        }
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
          if (this.isRoot(current)) return names.reverse();
          // A collection call (`accounts("AC...")`) leads to the context of the same name.
          if (current.type === AST_NODE_TYPES.NewExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) {
            return current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier
              ? this.fromIdentifier(current.callee, names)
              : undefined;
          }
          current = current.callee;
          continue;
        case AST_NODE_TYPES.Identifier:
          return this.fromIdentifier(current, names);
        case AST_NODE_TYPES.ThisExpression:
          return this.fromPath("this", names);
        default:
          return undefined;
      }
    }
  }

  /**
   * Whether the expression starts where a chain can (a client, a binding, a factory, `require`, a configured path,
   * Functions' context): a walk without allocations that spares most expressions of a file the full one.
   */
  private mayReach(node: Node): boolean {
    for (let current = node; ; ) {
      switch (current.type) {
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSAsExpression:
          current = current.expression;
          continue;
        case AST_NODE_TYPES.AwaitExpression:
          current = current.argument;
          continue;
        case AST_NODE_TYPES.MemberExpression:
          current = current.object;
          continue;
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
          current = current.callee;
          continue;
        case AST_NODE_TYPES.Identifier: {
          const { name } = current;
          return (
            this.functionsClient ||
            name === "require" ||
            this.names.has(name) ||
            this.factories.has(name) ||
            this.modules.has(name) ||
            this.paths.some(([root]) => root === name)
          );
        }
        case AST_NODE_TYPES.ThisExpression:
          return this.paths.some(([root]) => root === "this");
        default:
          return false;
      }
    }
  }

  /** Completes a chain whose walk reached an identifier: a client, a bound context, or a configured path. */
  private fromIdentifier(identifier: TSESTree.Identifier, reversed: string[]): readonly string[] | undefined {
    const configured = this.fromPath(identifier.name, reversed);
    if (configured || !this.names.has(identifier.name)) return configured;
    const variable = findVariable(this.sourceCode.getScope(identifier), identifier.name);
    if (!variable) return undefined;
    for (const { name } of variable.defs) {
      if (this.clientIds.has(name)) return reversed.reverse();
      const bound = this.bindings.get(name);
      if (bound) return [...bound, ...reversed.reverse()];
    }
    return undefined;
  }

  /** Completes a chain that starts at a configured path (`this.twilio.calls` with `this.twilio`). */
  private fromPath(root: string, reversed: readonly string[]): readonly string[] | undefined {
    if (this.paths.length === 0) return undefined;
    const names = [root, ...reversed.toReversed()];
    const path = this.paths.find((parts) => parts.length <= names.length && parts.every((part, index) => names[index] === part));
    return path && names.slice(path.length);
  }

  private addClient(id: TSESTree.Identifier): void {
    this.clientIds.add(id);
    this.names.add(id.name);
  }

  /** `const { calls } = client`, `const { messages } = context.getTwilioClient()`: each local binds its resource. */
  private destructureChain(pattern: TSESTree.ObjectPattern, init: Node): void {
    const names = this.chainOf(init);
    if (!names) return;
    for (const property of pattern.properties) {
      if (
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.value.type === AST_NODE_TYPES.Identifier
      ) {
        this.bindings.set(property.value, [...names, property.key.name]);
        this.names.add(property.value.name);
      }
    }
  }

  private destructureRequire(pattern: TSESTree.ObjectPattern): void {
    for (const property of pattern.properties) {
      if (
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === "Twilio" &&
        property.value.type === AST_NODE_TYPES.Identifier
      ) {
        this.factories.add(property.value.name);
      }
    }
  }

  /** `Twilio` or `twilio.Twilio`, with the names imported from `twilio`. */
  private isClientType(name: TSESTree.EntityName): boolean {
    if (name.type === AST_NODE_TYPES.Identifier) return this.typeNames.has(name.name);
    return (
      name.type === AST_NODE_TYPES.TSQualifiedName &&
      name.right.name === "Twilio" &&
      name.left.type === AST_NODE_TYPES.Identifier &&
      this.modules.has(name.left.name)
    );
  }

  /**
   * An expression that creates or hands out a client: `twilio(...)`, `require("twilio")(...)`, `new Twilio(...)`,
   * `new twilio.Twilio(...)`, `twilio.Twilio(...)`, Twilio Functions' `context.getTwilioClient()`.
   */
  private isRoot(node: Node): boolean {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.factories.has(callee.name);
    if (callee.type === AST_NODE_TYPES.CallExpression) return isRequireTwilio(callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(callee);
    if (name === "getTwilioClient") return node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 0;
    if (name !== "Twilio") return false;
    const object = unwrap(callee.object);
    return object.type === AST_NODE_TYPES.Identifier ? this.modules.has(object.name) : isRequireTwilio(object);
  }
}
