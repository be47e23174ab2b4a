import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { bindingName, jsonBindingName, type JsonNode, type JsonParents } from "./binding.js";
import { MIN_CANDIDATE_LENGTH } from "./classify.js";
import { isDeliberateInput } from "./intent.js";

/**
 * `meta.languages` of every rule: JS/TS, `@eslint/json` and `@eslint/markdown` are checked, and any other language
 * (CSS, HTML, ...) gets no listeners. Declaring only the three would make ESLint fail the whole run for a project
 * whose config spans a fourth.
 */
export const RULE_LANGUAGES = ["*"];

/** The language of the file being linted, told by the root node of its AST. */
export function languageOf(sourceCode: { readonly ast: { readonly type: string } }): "js" | "json" | "markdown" | undefined {
  switch (sourceCode.ast.type) {
    case AST_NODE_TYPES.Program:
      return "js";
    case "Document":
      return "json";
    case "root":
      return "markdown";
    default:
      return undefined;
  }
}

/** One string in the source: a JS literal, a JSON string, a Markdown text or code node, a comment. */
export interface StringSite {
  /** The string's value, escapes resolved. */
  readonly value: string;
  /** Free text (JSX text, Markdown, comments): only SIDs delimited inside it count, never the whole value. */
  readonly prose: boolean;
  /** The name the value is bound to (`callSid`, `"account_sid"`); computed only when asked. */
  name(): string | undefined;
  /** A value fed on purpose to something that must reject it (`expect(() => assertSid(v)).toThrow()`); when asked. */
  deliberate(): boolean;
  /**
   * Edges where the text runs on into a template expression (`` `CA${n}` ``): a token touching one is cut off there,
   * so it is not whole.
   */
  readonly continued: { readonly start: boolean; readonly end: boolean };
  /** Source range of `value.slice(start, end)`, or undefined when escapes keep it from lining up. */
  range(start: number, end: number): readonly [number, number] | undefined;
  /** Source range of the whole site, for reports `range` cannot place. */
  readonly whole: readonly [number, number];
}

/** The part of a language's `SourceCode` this module needs; JS, JSON and Markdown all have it. */
interface AnySourceCode {
  readonly text: string;
  readonly ast: { readonly type: string };
  getLocFromIndex(index: number): TSESTree.Position;
}

/** Counts the occurrences of `piece` in `text` before `end`. */
function occurrencesBefore(text: string, piece: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf(piece); index !== -1 && index < end; index = text.indexOf(piece, index + 1)) count++;
  return count;
}

/** Where a site's value sits in the source and what else is known of it. */
interface SiteSource {
  readonly value: string;
  /** The raw source text of the value, starting at `base`. */
  readonly raw: string;
  readonly base: number;
  readonly whole: readonly [number, number];
  readonly prose: boolean;
  readonly name?: () => string | undefined;
  readonly deliberate?: () => boolean;
  readonly continued?: StringSite["continued"];
}

const NOT_CONTINUED = { start: false, end: false } as const;
const noName = () => undefined;
const notDeliberate = () => false;

/**
 * A site whose raw source `raw` starts at `base`. Where raw and value are the same text, offsets map one to one;
 * elsewhere a piece is placed by finding its occurrence in the raw text (the nth in value is the nth in raw, as
 * escapes never sit inside a piece that appears verbatim), so escapes elsewhere in the string do not matter.
 */
function site({ value, raw, base, whole, prose, name = noName, deliberate = notDeliberate, continued = NOT_CONTINUED }: SiteSource): StringSite {
  const aligned = raw === value;
  return {
    value,
    prose,
    name,
    deliberate,
    continued,
    whole,
    range(start, end) {
      if (aligned) return [base + start, base + end];
      const piece = value.slice(start, end);
      let index = -1;
      for (let nth = occurrencesBefore(value, piece, start); nth >= 0; nth--) {
        index = raw.indexOf(piece, index + 1);
        if (index === -1) return undefined;
      }
      return [base + index, base + index + piece.length];
    },
  };
}



/** The inside of a quoted token: its text without the first and last character. */
function inner(text: string, [start, end]: readonly [number, number]): [string, number] {
  return [text.slice(start + 1, end - 1), start + 1];
}

type Visit = (site: StringSite) => void;

/** What the caller wants visited: comments or not, and the shortest string value worth a look (prose has its own). */
export interface Filter {
  readonly comments: boolean;
  readonly minLength: number;
}

/** Listeners for JS and TS: string literals, expression-free template literals, JSX text, and comments if asked. */
function jsListeners(sourceCode: TSESLint.SourceCode, visit: Visit, { comments, minLength }: Filter): TSESLint.RuleListener {
  const { text } = sourceCode;
  /** The static parts of a template with expressions: text, never a whole value; its edges run on into expressions. */
  const visitQuasis = (node: TSESTree.TemplateLiteral) => {
    node.quasis.forEach((quasi, index) => {
      const { cooked, raw } = quasi.value;
      if (cooked == null || cooked.length < MIN_CANDIDATE_LENGTH) return;
      // A quasi's range holds its delimiters: `` ` `` or `}` before, `${` or `` ` `` after.
      const base = quasi.range[0] + 1;
      const continued = { start: index > 0, end: index < node.quasis.length - 1 };
      visit(site({ value: cooked, raw, base, whole: quasi.range, prose: true, deliberate: () => isDeliberateInput(node), continued }));
    });
  };
  const listeners: TSESLint.RuleListener = {
    Literal(node) {
      if (typeof node.value !== "string" || node.value.length < minLength) return;
      const [raw, base] = inner(text, node.range);
      const name = () => bindingName(node);
      visit(site({ value: node.value, raw, base, whole: node.range, prose: false, name, deliberate: () => isDeliberateInput(node) }));
    },
    TemplateLiteral(node) {
      if (node.expressions.length > 0) {
        visitQuasis(node);
        return;
      }
      const cooked = node.quasis[0]!.value.cooked;
      if (cooked == null || cooked.length < minLength) return;
      const [raw, base] = inner(text, node.range);
      const name = () => bindingName(node);
      visit(site({ value: cooked, raw, base, whole: node.range, prose: false, name, deliberate: () => isDeliberateInput(node) }));
    },
    JSXText(node) {
      if (node.value.length < MIN_CANDIDATE_LENGTH) return;
      visit(site({ value: node.value, raw: node.raw, base: node.range[0], whole: node.range, prose: true }));
    },
  };
  if (comments) {
    listeners.Program = () => {
      for (const comment of sourceCode.getAllComments()) {
        if (comment.value.length < MIN_CANDIDATE_LENGTH) continue;
        // A comment's value is its raw text after `//` or `/*`.
        const base = comment.range[0] + 2;
        visit(site({ value: comment.value, raw: comment.value, base, whole: comment.range, prose: true }));
      }
    };
  }
  return listeners;
}

/** The slice of `@eslint/json`'s nodes this module reads. */
interface JsonString extends JsonNode {
  readonly value: string;
  readonly range: [number, number];
}

/** Listeners for `@eslint/json`: every string, named by the member key it is the value of. */
function jsonListeners(sourceCode: AnySourceCode & JsonParents, visit: Visit, { minLength }: Filter): TSESLint.RuleListener {
  return {
    String(node: JsonString) {
      if (node.value.length < minLength) return;
      const [raw, base] = inner(sourceCode.text, node.range);
      visit(site({ value: node.value, raw, base, whole: node.range, prose: false, name: () => jsonBindingName(node, sourceCode) }));
    },
  } as TSESLint.RuleListener;
}

/** The slice of mdast nodes this module reads. GFM autolink literals (`www.example.org`) have no `position`. */
interface MarkdownNode {
  readonly value?: string;
  readonly children?: readonly MarkdownNode[];
  readonly position?: { readonly start: { readonly offset: number }; readonly end: { readonly offset: number } };
}

/** `context.sourceCode` of `@eslint/markdown`: nodes have no `parent` property. */
interface MarkdownSourceCode extends AnySourceCode {
  getParent(node: MarkdownNode): MarkdownNode | undefined;
}

/** A node's source range, or undefined for a node the parser made without a position. */
function rangeOf(node: MarkdownNode): [number, number] | undefined {
  return node.position && [node.position.start.offset, node.position.end.offset];
}

/**
 * The source range a node without a position lies in: after its nearest positioned preceding sibling (or its nearest
 * positioned ancestor's start) and before the nearest positioned following sibling (or that ancestor's end).
 */
function enclosingRange(sourceCode: MarkdownSourceCode, node: MarkdownNode): [number, number] {
  let start: number | undefined;
  let end: number | undefined;
  for (let child = node, parent = sourceCode.getParent(node); parent; child = parent, parent = sourceCode.getParent(parent)) {
    const siblings = parent.children ?? [];
    const index = siblings.indexOf(child);
    start ??= siblings.slice(0, index).findLast((sibling) => sibling.position)?.position!.end.offset;
    end ??= siblings.slice(index + 1).find((sibling) => sibling.position)?.position!.start.offset;
    const range = rangeOf(parent);
    if (range) return [start ?? range[0], end ?? range[1]];
  }
  return [start ?? 0, end ?? sourceCode.text.length];
}

/** Listeners for `@eslint/markdown`: prose, inline code and code blocks of any language, all as free text. */
function markdownListeners(sourceCode: MarkdownSourceCode, visit: Visit): TSESLint.RuleListener {
  const visitNode = (node: MarkdownNode & { readonly value: string }) => {
    if (node.value.length < MIN_CANDIDATE_LENGTH) return;
    let whole = rangeOf(node);
    if (!whole) {
      // Its text is in the source between its positioned neighbours; where it appears verbatim, that is its place.
      const [start, end] = enclosingRange(sourceCode, node);
      const offset = sourceCode.text.slice(start, end).indexOf(node.value);
      whole = offset === -1 ? [start, end] : [start + offset, start + offset + node.value.length];
    }
    // Markdown strips fences, indentation and `>` markers from a node's value, so pieces are found in its source.
    visit(site({ value: node.value, raw: sourceCode.text.slice(...whole), base: whole[0], whole, prose: true }));
  };
  return { text: visitNode, inlineCode: visitNode, code: visitNode } as TSESLint.RuleListener;
}

/**
 * Listeners that call `visit` for every string of the file's language (JS/TS, `@eslint/json`, `@eslint/markdown`),
 * branching on the language through the shape of `context.sourceCode`.
 */
export function stringListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  visit: Visit,
  filter: Filter,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode as unknown as AnySourceCode;
  switch (languageOf(sourceCode)) {
    case "js":
      return jsListeners(context.sourceCode, visit, filter);
    case "json":
      return jsonListeners(sourceCode as AnySourceCode & JsonParents, visit, filter);
    case "markdown":
      return markdownListeners(sourceCode as MarkdownSourceCode, visit);
    default:
      return {};
  }
}

/** ESLint report location for a source range. */
export function locOf(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  [start, end]: readonly [number, number],
): TSESTree.SourceLocation {
  const sourceCode = context.sourceCode as unknown as AnySourceCode;
  return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
}
