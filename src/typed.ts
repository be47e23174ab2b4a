import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { ParserServicesWithTypeInformation, TSESLint } from "@typescript-eslint/utils";
// Types only: the checker comes from the program typescript-eslint hands over, so the plugin loads and lints
// where TypeScript is not installed.
import type * as ts from "typescript";
import { classifySid, SID_BODY_LENGTH } from "./classify.js";
import { DECLARATION_CHAINS, VERSION_METHOD_DECLARATIONS } from "./declarations.generated.js";
import type { LiteralEvidence, TypeEvidence, TypeSource } from "./evidence.js";
import { PREFIXES, type SidPrefix } from "./registry.generated.js";

type Node = TSESTree.Node;

/** twilio-node's REST declarations, in any package manager's layout: `.../twilio/lib/rest/<key>.d.ts`. */
const TWILIO_REST = /\/twilio\/lib\/rest\/(.+)\.d\.ts$/;

/** What may follow the prefix in the fixed start of a SID template type (`CA${string}`, `CA0f${string}`): hex digits. */
const HEX = /^[0-9a-fA-F]*$/;

/** Expressions and types longer than this are cut in messages. */
const SHOWN_LENGTH = 40;

/** Whether a program holds twilio's REST declarations, worked out once per program. */
const programsWithTwilio = new WeakMap<ts.Program, boolean>();

function hasTwilioDeclarations(program: ts.Program): boolean {
  let found = programsWithTwilio.get(program);
  if (found === undefined) {
    found = program.getSourceFiles().some((file) => TWILIO_REST.test(file.fileName));
    programsWithTwilio.set(program, found);
  }
  return found;
}

/** The path under `lib/rest/` of the twilio declaration file that declares `symbol`, or undefined. */
function twilioDeclaration(symbol: ts.Symbol | undefined): string | undefined {
  for (const declaration of symbol?.declarations ?? []) {
    const match = TWILIO_REST.exec(declaration.getSourceFile().fileName);
    if (match) return match[1];
  }
  return undefined;
}

/** The declaration key of a twilio list type (`CallListInstance` of `api/v2010/account/call`), or undefined. */
function listDeclaration(type: ts.Type): string | undefined {
  const symbol = type.getSymbol();
  return symbol?.name.endsWith("ListInstance") ? twilioDeclaration(symbol) : undefined;
}

/** A template literal type (`` `CA${string}` ``): its fixed texts around its placeholders. */
function templateTexts(type: ts.Type): readonly string[] | undefined {
  // Type flags differ between TypeScript versions; the shape of a template type does not.
  const texts = (type as Partial<ts.TemplateLiteralType>).texts;
  return Array.isArray(texts) && Array.isArray((type as Partial<ts.TemplateLiteralType>).types) ? texts : undefined;
}

/** The prefix a SID template type fixes (`CA` of `` `CA${string}` ``), or undefined. */
function templatePrefix(texts: readonly string[]): SidPrefix | undefined {
  const [head = ""] = texts;
  const prefix = head.slice(0, 2);
  const body = head.slice(2);
  return head.length >= 2 && PREFIXES.has(prefix) && body.length <= SID_BODY_LENGTH && HEX.test(body) ? (prefix as SidPrefix) : undefined;
}

/** Whitespace collapsed and long text cut, for a message. */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > SHOWN_LENGTH ? `${flat.slice(0, SHOWN_LENGTH - 3)}...` : flat;
}

/**
 * What the type checker of a typed lint run says: which twilio-node list a callee is, and which SIDs a value's type
 * admits. Every query is of one node the rules already chose; a surprise from the checker reads as "nothing known".
 */
export class TypeInformation implements TypeSource {
  private readonly checker: ts.TypeChecker;
  private readonly nodes: ParserServicesWithTypeInformation["esTreeNodeToTSNodeMap"];
  /** Without twilio's declarations in the program, no callee is one of its lists. */
  readonly hasTwilio: boolean;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    services: ParserServicesWithTypeInformation,
  ) {
    this.checker = services.program.getTypeChecker();
    this.nodes = services.esTreeNodeToTSNodeMap;
    this.hasTwilio = hasTwilioDeclarations(services.program);
  }

  /**
   * The `CHAINS` key of the twilio-node resource a callee calls, by its type: a list (`CallListInstance`, however
   * the client was reached) or a version's method that returns one (`client.iam.v1.rolePermission`); undefined for
   * anything else, a declaration file the table does not know included.
   */
  chainOfCallee(callee: Node): string | undefined {
    if (!this.hasTwilio) return undefined;
    return this.safely(() => {
      const type = this.typeOf(callee).getNonNullableType();
      const list = listDeclaration(type);
      if (list !== undefined) return VERSION_METHOD_DECLARATIONS.has(list) ? undefined : DECLARATION_CHAINS.get(list);
      const signatures = type.getCallSignatures();
      if (signatures.length !== 1 || twilioDeclaration(type.getSymbol()) === undefined) return undefined;
      const returned = listDeclaration(signatures[0]!.getReturnType());
      return returned !== undefined && VERSION_METHOD_DECLARATIONS.has(returned) ? DECLARATION_CHAINS.get(returned) : undefined;
    });
  }

  /**
   * What a value's type says it holds: one SID literal type (an imported `const`), or the prefixes of SID template
   * types (`CallSid`, `` `CA${string}` ``) and unions of them. `string`, `any` and anything else say nothing.
   */
  of(node: Node): LiteralEvidence | TypeEvidence | undefined {
    // A spread stands for any number of values: which positions it fills is not known.
    if (node.type === AST_NODE_TYPES.SpreadElement) return undefined;
    return this.safely(() => {
      const type = this.checker.getNonNullableType(this.typeOf(node));
      if (type.isStringLiteral()) {
        const sid = classifySid(type.value);
        if (sid.kind !== "sid" && sid.kind !== "placeholder") return undefined;
        const via = shown(this.sourceCode.getText(node));
        return { kind: "literal", value: type.value, prefix: sid.prefix, placeholder: sid.kind === "placeholder", via };
      }
      const prefixes = this.prefixesOf(type);
      return prefixes && { kind: "type", name: shown(this.sourceCode.getText(node)), prefixes, type: this.typeName(node, type) };
    });
  }

  /**
   * True when the type expected where `value` stands is itself a SID type (`const callSid: CallSid = value`, a
   * parameter typed `CallSid`): the compiler checks the value there already.
   */
  isCheckedByCompiler(value: Node): boolean {
    return (
      this.safely(() => {
        const expected = this.checker.getContextualType(this.nodes.get(value) as ts.Expression);
        return expected !== undefined && this.prefixesOf(this.checker.getNonNullableType(expected)) !== undefined;
      }) ?? false
    );
  }

  private typeOf(node: Node): ts.Type {
    return this.checker.getTypeAtLocation(this.nodes.get(node));
  }

  /** The prefixes a type admits when every value of it is a SID of a known prefix, else undefined. */
  private prefixesOf(type: ts.Type): readonly SidPrefix[] | undefined {
    // Not `type.isTypeParameter()`: its predicate would narrow `type` to never below.
    if ((type as ts.Type).isTypeParameter()) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.prefixesOf(constraint) : undefined;
    }
    if (type.isStringLiteral()) {
      const sid = classifySid(type.value);
      return sid.kind === "sid" || sid.kind === "placeholder" ? [sid.prefix] : undefined;
    }
    if (type.isUnion()) {
      const found = new Set<SidPrefix>();
      for (const member of type.types) {
        const prefixes = this.prefixesOf(member);
        if (!prefixes) return undefined;
        for (const prefix of prefixes) found.add(prefix);
      }
      return [...found];
    }
    if (type.isIntersection()) {
      // A branded SID (`CallSid & { brand }`): the members that fix prefixes narrow each other.
      let found: readonly SidPrefix[] | undefined;
      for (const member of type.types) {
        const prefixes = this.prefixesOf(member);
        if (prefixes) found = found ? found.filter((prefix) => prefixes.includes(prefix)) : prefixes;
      }
      return found && found.length > 0 ? found : undefined;
    }
    const texts = templateTexts(type);
    const prefix = texts && templatePrefix(texts);
    return prefix ? [prefix] : undefined;
  }

  /** The type as the code names it (`MessageSid` from the annotation of `failedSid`), else as the checker prints it. */
  private typeName(node: Node, type: ts.Type): string {
    const named =
      node.type === AST_NODE_TYPES.Identifier
        ? node
        : node.type === AST_NODE_TYPES.MemberExpression && !node.computed
          ? node.property
          : undefined;
    const declaration = named && this.checker.getSymbolAtLocation(this.nodes.get(named))?.valueDeclaration;
    const annotation = (declaration as { type?: ts.TypeNode } | undefined)?.type;
    return shown(annotation ? annotation.getText() : this.checker.typeToString(type));
  }

  /** Runs a query; the checker's internal errors on code it cannot type mean that nothing is known. */
  private safely<T>(query: () => T): T | undefined {
    try {
      return query();
    } catch {
      return undefined;
    }
  }
}

/** The type information of a typed lint run, or undefined without a program (plain ESLint, JS, no `project`). */
export function typeInformation(sourceCode: Readonly<TSESLint.SourceCode>): TypeInformation | undefined {
  const services = sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  return new TypeInformation(sourceCode, services as ParserServicesWithTypeInformation);
}
