import type { File, FileProblem, Language, LanguageOptions, OkParseResult, ParseResult } from "@eslint/core";
import {
  ConfigCommentParser,
  Directive,
  TextSourceCodeBase,
  VisitNodeStep,
  type CustomRuleDefinitionType,
  type CustomRuleTypeDefinitions,
  type CustomRuleVisitorWithExit,
  type DirectiveType,
  type RulesConfig,
  type RuleVisitor,
  type SourceLocation,
  type SourceRange,
} from "@eslint/plugin-kit";
import {
  DOTENV_VISITOR_KEYS,
  parseDotenv,
  valueSourceRange,
  type DotenvComment,
  type DotenvDocument,
  type DotenvKey,
  type DotenvNode,
  type DotenvUnparsed,
  type DotenvValue,
  type DotenvVariable,
} from "./dotenv-parser.js";

const commentParser = new ConfigCommentParser();

/** `# eslint ...`, `# eslint-disable ...` and the other directive comments ESLint knows. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** One step of ESLint's walk over the tree: entering (phase 1) or leaving (phase 2) a node. */
class DotenvTraversalStep extends VisitNodeStep {
  declare target: DotenvNode;
}

/** `context.sourceCode` of a `.env` file. */
export class DotenvSourceCode extends TextSourceCodeBase<{
  LangOptions: LanguageOptions;
  RootNode: DotenvDocument;
  SyntaxElementWithLoc: DotenvNode | DotenvComment;
  ConfigNode: DotenvComment;
}> {
  /** `#` comments, in source order. */
  readonly comments: readonly DotenvComment[];
  #steps: DotenvTraversalStep[] | undefined;
  readonly #parents = new WeakMap<DotenvNode, DotenvNode>();
  #inlineConfigNodes: DotenvComment[] | undefined;

  constructor({ text, ast }: { text: string; ast: DotenvDocument }) {
    // The lines of editors: the line and column of every node count lines this way.
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.comments = ast.comments;
  }

  /** All comments, as `SourceCode#getAllComments()` of JavaScript. */
  getAllComments(): readonly DotenvComment[] {
    return this.comments;
  }

  /**
   * The source range of `value.value.slice(start, end)`: offsets of what dotenv returns mapped back through
   * quotes, `\n` escapes and CRLF line breaks. Without offsets, the range of the whole value inside its quotes.
   */
  getValueRange(value: DotenvValue, start = 0, end = value.value.length): SourceRange {
    return valueSourceRange(value, start, end);
  }

  override getParent(node: DotenvNode): DotenvNode | undefined {
    if (this.#steps === undefined) this.traverse();
    return this.#parents.get(node);
  }

  override traverse(): Iterable<DotenvTraversalStep> {
    // The tree never changes, so the steps are computed once.
    if (this.#steps !== undefined) return this.#steps.values();
    const steps: DotenvTraversalStep[] = [];
    const visit = (node: DotenvNode, parent: DotenvNode | undefined) => {
      if (parent !== undefined) this.#parents.set(node, parent);
      steps.push(new DotenvTraversalStep({ target: node, phase: 1, args: [node, parent] }));
      if (node.type === "Dotenv") {
        for (const child of node.body) visit(child, node);
      } else if (node.type === "Variable") {
        visit(node.key, node);
        visit(node.value, node);
      }
      steps.push(new DotenvTraversalStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps.values();
  }

  /** Comments that configure ESLint: `# eslint-disable-next-line twilio-sid/valid-sid`, `# eslint rule: off`. */
  getInlineConfigNodes(): DotenvComment[] {
    this.#inlineConfigNodes ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigNodes;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (directive === undefined || directive.label === "eslint") continue;
      const { label, value, justification } = directive;
      directives.push(new Directive({ type: label.slice("eslint-".length) as DirectiveType, node: comment, value, justification }));
    }
    // A comment never spans lines, so no `eslint-disable-line` is misplaced: there is no problem to report.
    return { problems: [], directives };
  }

  applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
    const problems: FileProblem[] = [];
    const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (directive?.label !== "eslint") continue;
      const parsed = commentParser.parseJSONLikeConfig(directive.value);
      if (parsed.ok) configs.push({ config: { rules: parsed.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
    return { problems, configs };
  }
}

/**
 * The `.env` language: `{ files: ["**\/.env", "**\/.env.*", "**\/*.env"], language: "twilio-sid/dotenv" }`. Files
 * are read the way the `dotenv` package reads them; see docs/dotenv.md.
 */
export class DotenvLanguage
  implements Language<{ LangOptions: LanguageOptions; Code: DotenvSourceCode; RootNode: DotenvDocument; Node: DotenvNode }>
{
  readonly fileType = "text";
  readonly lineStart = 1;
  readonly columnStart = 1;
  readonly nodeTypeKey = "type";
  readonly visitorKeys: Record<string, string[]> = DOTENV_VISITOR_KEYS;

  /** The language has no options; those a config gives every file (`globals`, `ecmaVersion`) are ignored. */
  validateLanguageOptions(): void {}

  /** Never fails: lines dotenv skips are `Unparsed` nodes, not errors. */
  parse(file: File): ParseResult<DotenvDocument> {
    // ESLint has removed the byte order mark.
    return { ok: true, ast: parseDotenv(file.body as string) };
  }

  createSourceCode(file: File, parsed: OkParseResult<DotenvDocument>): DotenvSourceCode {
    return new DotenvSourceCode({ text: file.body as string, ast: parsed.ast });
  }
}

/** The plugin's `languages.dotenv`. */
export const dotenv = new DotenvLanguage();

/** The listeners of a rule for `.env` files, each node type with its `:exit`. */
export interface DotenvRuleVisitor
  extends RuleVisitor,
    CustomRuleVisitorWithExit<{
      Dotenv?(node: DotenvDocument): void;
      Variable?(node: DotenvVariable, parent: DotenvDocument): void;
      Key?(node: DotenvKey, parent: DotenvVariable): void;
      Value?(node: DotenvValue, parent: DotenvVariable): void;
      Unparsed?(node: DotenvUnparsed, parent: DotenvDocument): void;
    }> {}

/** A rule for `.env` files, typed as `@eslint/json` types its rules. */
export type DotenvRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = object> = CustomRuleDefinitionType<
  { LangOptions: LanguageOptions; Code: DotenvSourceCode; Visitor: DotenvRuleVisitor; Node: DotenvNode },
  Options
>;
