import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { referenceName, staticKey } from "./binding.js";
import { classifySid } from "./classify.js";
import { sidName, type SidName } from "./names.js";
import type { SidPrefix } from "./registry.generated.js";

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** A whole SID, or a full-length placeholder, of a known prefix: what the value certainly is. */
export interface LiteralEvidence {
  readonly kind: "literal";
  readonly value: string;
  readonly prefix: SidPrefix;
  readonly placeholder: boolean;
  /** The variable the literal was read through (`ALERT` of `const ALERT = "SM..."`); undefined when written in place. */
  readonly via: string | undefined;
}

/**
 * A value known by the name it is read from (`req.body.MessageSid`, `process.env.TWILIO_WORKSPACE_SID`,
 * `event.CallSid`, `callSid`): evidence of the set of prefixes the name admits, as sure as names are.
 */
export interface NameEvidence {
  readonly kind: "name";
  readonly name: string;
  readonly stem: string | undefined;
  readonly prefixes: readonly SidPrefix[];
  readonly plural: boolean;
}

/**
 * A value whose type admits only SIDs of some prefixes (`CallSid`, `` `CA${string}` ``, a union of them): what the
 * compiler knows, so as sure as a literal of one of them. Only typed linting has it.
 */
export interface TypeEvidence {
  readonly kind: "type";
  /** The expression as written (`failedSid`, `outbound.sid`), shortened. */
  readonly name: string;
  readonly prefixes: readonly SidPrefix[];
  /** The type as the code names it (`MessageSid`) or as the checker prints it. */
  readonly type: string;
}

export type Evidence = LiteralEvidence | NameEvidence | TypeEvidence;

/** What a type checker says a value holds: a SID literal type (an imported `const`), SID template types, or nothing. */
export interface TypeSource {
  of(node: TSESTree.Node): LiteralEvidence | TypeEvidence | undefined;
}

/** Reads a name as a SID name; rules with their own names (an option) pass their reader. */
export type NameReader = (name: string) => SidName | undefined;

/** A function declared in the file, with what its parameters are named. */
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Type-only wrappers and optional chains that leave the value as it is. */
export function stripWrappers(node: Node): Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** The value of a string literal or an expression-free template literal, else undefined. */
export function stringValue(node: Node): string | undefined {
  return staticKey(node);
}

/** The variable `identifier` refers to, found from its own scope outwards. */
export function findVariable(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** The one value a variable ever holds: a `const`'s, or a `let`/`var`'s that nothing writes again; else undefined. */
function onlyValue(variable: Variable): Node | undefined {
  if (variable.defs.length !== 1) return undefined;
  const [def] = variable.defs;
  if (def?.type !== "Variable") return undefined;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  if (declarator.parent.kind === "const") return declarator.init;
  return variable.references.every((reference) => !reference.isWrite() || reference.init) ? declarator.init : undefined;
}

/** The key a destructured binding reads (`MessageSid` of `const { MessageSid: sid } = req.body`). */
function destructuredKey(variable: Variable): string | undefined {
  if (variable.defs.length !== 1) return undefined;
  let node: Node = variable.defs[0]!.name;
  if (node.parent?.type === AST_NODE_TYPES.AssignmentPattern && node.parent.left === node) node = node.parent;
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node || property.parent.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }
  return property.computed ? staticKey(property.key) : referenceName(property.key);
}

/** A branch of `a || b` that adds nothing: an empty or non-SID string, `null`, `undefined`. */
function isNothing(node: Node): boolean {
  const value = stripWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null || (typeof value.value === "string" && !isSidValue(value.value));
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === "undefined";
  const text = stringValue(value);
  return text !== undefined && !isSidValue(text);
}

/** A string that is a whole SID or placeholder of a known prefix. */
function isSidValue(text: string): boolean {
  const kind = classifySid(text).kind;
  return kind === "sid" || kind === "placeholder";
}

/** The literal evidence a string is, or undefined when it is no whole SID of a known prefix. */
function literalEvidence(value: string, via: string | undefined): LiteralEvidence | undefined {
  const sid = classifySid(value);
  if (sid.kind !== "sid" && sid.kind !== "placeholder") return undefined;
  return { kind: "literal", value, prefix: sid.prefix, placeholder: sid.kind === "placeholder", via };
}

/**
 * Answers, for any expression, what SID kinds it is evidence of: a literal (the classifier), a variable resolved to
 * the literal it always holds, a name (identifier, member, `process.env.X`, a destructured key), or nothing. One per
 * rule and file: variables are resolved once and remembered, so a long chain of `const`s costs one walk.
 */
export class ValueEvidence {
  /** Evidence per variable, `null` when it has none; literal evidence without its `via`. */
  private readonly variables = new Map<Variable, Evidence | null>();
  /** Variables being resolved: meeting one again is a cycle (`const a = b, b = a`), which holds nothing known. */
  private readonly pending = new Set<Variable>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly readName: NameReader = sidName,
    private readonly types?: TypeSource,
  ) {}

  /**
   * What `node` holds: what the file shows (a literal, a name), else, in typed linting, what its type says;
   * undefined when nothing says anything.
   */
  of(node: Node): Evidence | undefined {
    return this.written(node) ?? this.types?.of(node);
  }

  /**
   * What `node` holds where SIDs of `prefixes` (a list of them when `plural`) are expected: a name that does not fit
   * gives way to the value's type in typed linting, since the compiler checked the type and a name is a convention.
   */
  against(node: Node, prefixes: readonly SidPrefix[], plural: boolean): Evidence | undefined {
    const evidence = this.of(node);
    const misfit = evidence?.kind === "name" && evidence.plural === plural && !evidence.prefixes.some((prefix) => prefixes.includes(prefix));
    return (misfit && this.types?.of(node)) || evidence;
  }

  /** What `node` holds, as far as the file shows; undefined when it shows nothing. */
  private written(node: Node): Evidence | undefined {
    const value = stripWrappers(node);
    switch (value.type) {
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral: {
        const text = stringValue(value);
        return text === undefined ? undefined : literalEvidence(text, undefined);
      }
      case AST_NODE_TYPES.Identifier:
        return this.identifier(value);
      case AST_NODE_TYPES.MemberExpression: {
        const name = referenceName(value);
        return name === undefined ? undefined : this.ofName(name);
      }
      case AST_NODE_TYPES.LogicalExpression:
        return value.operator === "&&" ? undefined : this.either([value.left, value.right]);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.either([value.consequent, value.alternate]);
      default:
        return undefined;
    }
  }

  /** The function a callee names when the file declares it once (`function hangUp`, `const hangUp = () =>`). */
  functionOf(callee: Node): FunctionNode | undefined {
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.sourceCode, callee);
    if (!variable || variable.defs.length !== 1) return undefined;
    const [def] = variable.defs;
    if (def?.type === "FunctionName" && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
    const init = onlyValue(variable);
    const value = init && stripWrappers(init);
    return value?.type === AST_NODE_TYPES.ArrowFunctionExpression || value?.type === AST_NODE_TYPES.FunctionExpression
      ? value
      : undefined;
  }

  /**
   * Name evidence for `name`, when the name admits a known set of prefixes; an everyday word alone (`note_sid`) says
   * too little of what a value is.
   */
  ofName(name: string): NameEvidence | undefined {
    const meaning = this.readName(name);
    if (!meaning?.prefixes || meaning.everyday) return undefined;
    return { kind: "name", name, stem: meaning.stem, prefixes: meaning.prefixes, plural: meaning.plural };
  }

  /** `a || b`, `c ? a : b`: the one branch that says something; several only when all are names (their union). */
  private either(branches: readonly Node[]): Evidence | undefined {
    const said = branches.filter((branch) => !isNothing(branch));
    const found = said.map((branch) => this.written(branch));
    if (found.length === 0 || found.some((evidence) => evidence === undefined)) return undefined;
    if (found.length === 1) return found[0];
    const names = found as NameEvidence[];
    if (names.some((evidence) => evidence.kind !== "name" || evidence.plural !== names[0]!.plural)) return undefined;
    const prefixes = [...new Set(names.flatMap((evidence) => evidence.prefixes))];
    return { ...names[0]!, prefixes };
  }

  /** An identifier: the literal its variable always holds, else its own name, else what its variable was given. */
  private identifier(identifier: TSESTree.Identifier): Evidence | undefined {
    if (identifier.name === "undefined") return undefined;
    const variable = findVariable(this.sourceCode, identifier);
    if (!variable) return this.ofName(identifier.name);
    const found = this.variable(variable);
    return found?.kind === "literal" ? { ...found, via: identifier.name } : found;
  }

  /**
   * What a variable holds, following `const` aliases (`const a = b`) iteratively with every step remembered, so
   * chains of any length cost linear time and never the stack.
   */
  private variable(start: Variable): Evidence | undefined {
    const chain: Variable[] = [];
    let found: Evidence | undefined;
    for (let current: Variable | undefined = start; current; ) {
      const known = this.variables.get(current);
      if (known !== undefined || this.pending.has(current)) {
        found = known ?? undefined;
        break;
      }
      chain.push(current);
      this.pending.add(current);
      const init = onlyValue(current);
      const value = init && stripWrappers(init);
      const text = value && stringValue(value);
      if (text !== undefined) {
        found = literalEvidence(text, undefined);
        break;
      }
      found = this.ofName(current.name) ?? this.keyEvidence(current);
      if (found || !value) break;
      if (value.type !== AST_NODE_TYPES.Identifier) {
        found = this.written(value);
        break;
      }
      current = findVariable(this.sourceCode, value);
      if (!current) found = this.ofName(value.name);
    }
    for (const variable of chain) {
      this.pending.delete(variable);
      this.variables.set(variable, found ?? null);
    }
    return found;
  }

  /** Name evidence of the key a destructured variable reads. */
  private keyEvidence(variable: Variable): NameEvidence | undefined {
    const key = destructuredKey(variable);
    return key === undefined ? undefined : this.ofName(key);
  }
}
