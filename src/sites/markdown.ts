import type { TSESLint } from "@typescript-eslint/utils";
import { MIN_CANDIDATE_LENGTH } from "../classify.js";
import { shellPairs, tomlPairs, yamlPairs, type Pair } from "./pairs.js";
import { part, site, type AnySourceCode, type Visit } from "./site.js";

/** The slice of mdast nodes this module reads. GFM autolink literals (`www.example.org`) have no `position`. */
interface MarkdownNode {
  readonly type: string;
  readonly value?: string;
  readonly url?: string;
  readonly lang?: string | null;
  readonly children?: readonly MarkdownNode[];
  readonly position?: { readonly start: { readonly offset: number }; readonly end: { readonly offset: number } };
}

/** `context.sourceCode` of `@eslint/markdown`: nodes have no `parent` property. */
interface MarkdownSourceCode extends AnySourceCode {
  getParent(node: MarkdownNode): MarkdownNode | undefined;
}

// Code blocks whose `NAME=value` and `--name-sid value` pairs bind a value to a name.
const SHELL_LANGUAGES = new Set(["sh", "bash", "shell", "zsh", "console", "shell-session", "shellsession", "dotenv", "env"]);

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

/**
 * Listeners for `@eslint/markdown`: prose, inline code, code blocks of any language, HTML, link and image
 * destinations, and front matter, all as free text; in shell and dotenv code blocks and in front matter, the values
 * of `NAME=value`, `--name-sid value` and `key: value` pairs also bound to their names.
 */
export function markdownListeners(sourceCode: MarkdownSourceCode, visit: Visit): TSESLint.RuleListener {
  const { text } = sourceCode;
  /** Visits `value` found in `node`'s source; `pairsOf` picks the named pairs in it. */
  const visitText = (node: MarkdownNode, value: string, pairsOf?: (value: string) => Pair[]) => {
    if (value.length < MIN_CANDIDATE_LENGTH && !pairsOf) return;
    let whole = rangeOf(node);
    if (!whole) {
      // Its text is in the source between its positioned neighbours; where it appears verbatim, that is its place.
      const [start, end] = enclosingRange(sourceCode, node);
      const offset = text.slice(start, end).indexOf(value);
      whole = offset === -1 ? [start, end] : [start + offset, start + offset + value.length];
    }
    // Markdown strips fences, indentation, `>` markers and escapes from a node's value: pieces are found in its source.
    const prose = site({ value, raw: text.slice(...whole), base: whole[0], whole, prose: true });
    visit(prose);
    for (const pair of pairsOf?.(value) ?? []) {
      const named = part(text, prose, pair.start, pair.end, pair.name);
      if (named) visit(named);
    }
  };
  const visitValue = (node: MarkdownNode) => visitText(node, node.value ?? "");
  const visitUrl = (node: MarkdownNode) => visitText(node, node.url ?? "");
  return {
    text: visitValue,
    inlineCode: visitValue,
    html: visitValue,
    code: (node: MarkdownNode) => visitText(node, node.value ?? "", SHELL_LANGUAGES.has(node.lang?.toLowerCase() ?? "") ? shellPairs : undefined),
    yaml: (node: MarkdownNode) => visitText(node, node.value ?? "", yamlPairs),
    toml: (node: MarkdownNode) => visitText(node, node.value ?? "", tomlPairs),
    link: visitUrl,
    image: visitUrl,
    definition: visitUrl,
  } as TSESLint.RuleListener;
}
