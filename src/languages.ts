import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import type { JsonParents } from "./binding.js";
import type { DotenvSourceCode } from "./dotenv-language.js";
import { dotenvListeners } from "./sites/dotenv.js";
import { jsListeners } from "./sites/js.js";
import { jsonListeners } from "./sites/json.js";
import { markdownListeners } from "./sites/markdown.js";
import type { AnySourceCode, Filter, Visit } from "./sites/site.js";
import { tomlListeners } from "./sites/toml.js";
import { yamlListeners } from "./sites/yaml.js";

export type { Filter, StringSite } from "./sites/site.js";

/**
 * `meta.languages` of every rule: JS/TS, `@eslint/json`, `@eslint/markdown`, eslint-plugin-yml's and
 * eslint-plugin-toml's languages and the plugin's own `.env` language are checked, and any other language (CSS, HTML, ...) gets no listeners. Declaring
 * only those would make ESLint fail the whole run for a project whose config spans another.
 */
export const RULE_LANGUAGES = ["*"];

/** A language the rules read. */
export type Language = "js" | "json" | "markdown" | "yaml" | "toml" | "dotenv";

/** The language of the file being linted, told by its source code: YAML and TOML have a `Program` root too. */
export function languageOf(sourceCode: {
  readonly ast: { readonly type: string };
  readonly parserServices?: Partial<Record<string, unknown>>;
}): Language | undefined {
  switch (sourceCode.ast.type) {
    case AST_NODE_TYPES.Program:
      if (sourceCode.parserServices?.isYAML) return "yaml";
      if (sourceCode.parserServices?.isTOML) return "toml";
      return "js";
    case "Document":
      return "json";
    case "root":
      return "markdown";
    case "Dotenv":
      return "dotenv";
    default:
      return undefined;
  }
}

/**
 * Listeners that call `visit` for every string of the file's language, branching on the language through the shape
 * of `context.sourceCode`.
 */
export function stringListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  visit: Visit,
  filter: Filter,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode as unknown as AnySourceCode;
  switch (languageOf(context.sourceCode)) {
    case "js":
      return jsListeners(context.sourceCode, visit, filter);
    case "json":
      return jsonListeners(sourceCode as AnySourceCode & JsonParents, visit, filter);
    case "markdown":
      return markdownListeners(sourceCode as Parameters<typeof markdownListeners>[0], visit);
    case "yaml":
      return yamlListeners(sourceCode as Parameters<typeof yamlListeners>[0], visit, filter);
    case "toml":
      return tomlListeners(sourceCode as Parameters<typeof tomlListeners>[0], visit, filter);
    case "dotenv":
      return dotenvListeners(context.sourceCode as unknown as DotenvSourceCode, visit, filter);
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
