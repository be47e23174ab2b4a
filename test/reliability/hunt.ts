// The crash hunt: every rule, under each of the plugin's configs, over real files in every language variant the
// plugin claims, on both ESLint majors. A rule that throws fails the whole lint run for its user, so one throw is a
// bug; a file a language cannot parse is the language's fatal message, counted apart.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import tsParser from "@typescript-eslint/parser";
import type { Linter } from "eslint";
import { LINTERS, plugin } from "./harness.js";

export const ROOT = join(import.meta.dirname, "../..");

/** One language setup the plugin claims to work in, and the file extensions it is tried on. */
export interface Variant {
  readonly name: string;
  readonly extensions: readonly string[];
  /** Language setup for one file; the plugin's config comes after it. */
  config(path: string): Linter.Config;
}

const jsOptions = (sourceType: "module" | "commonjs"): Linter.Config => ({
  languageOptions: { sourceType, ecmaVersion: "latest", parserOptions: { ecmaFeatures: { jsx: true } } },
});

export const VARIANTS: readonly Variant[] = [
  { name: "JS", extensions: [".js", ".mjs", ".cjs"], config: (path) => jsOptions(path.endsWith(".cjs") ? "commonjs" : "module") },
  {
    name: "TS (typescript-eslint)",
    extensions: [".ts", ".mts", ".cts", ".tsx"],
    config: (path) => ({ languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: path.endsWith(".tsx") } } } }),
  },
  ...(["json", "jsonc", "json5"] as const).map((kind) => ({
    name: `json/${kind}`,
    extensions: [".json"],
    config: (): Linter.Config => ({ plugins: { json }, language: `json/${kind}` }),
  })),
  ...(["commonmark", "gfm"] as const).map((flavor) => ({
    name: `markdown/${flavor}`,
    extensions: [".md", ".markdown"],
    config: (): Linter.Config => ({ plugins: { markdown }, language: `markdown/${flavor}`, languageOptions: { frontmatter: "yaml" } }),
  })),
  { name: "yml/yaml", extensions: [".yml", ".yaml"], config: () => ({ plugins: { yml }, language: "yml/yaml" }) },
  { name: "toml/toml", extensions: [".toml"], config: () => ({ plugins: { toml }, language: "toml/toml" }) },
  // node_modules holds no `.env` file: plain text and dotfiles of `key=value` shape are the nearest real text.
  {
    name: "twilio-sid/dotenv",
    extensions: [".env", ".txt", ".npmignore", ".editorconfig", ".cfg"],
    config: () => ({ plugins: { "twilio-sid": plugin }, language: "twilio-sid/dotenv" }),
  },
];

/** The plugin's configs as users apply them; `all` and `recommended` share a run where they turn on the same rules. */
export const PLUGIN_CONFIGS: readonly { readonly name: string; readonly configs: readonly Linter.Config[] }[] = [
  { name: "recommended", configs: [plugin.configs.recommended as Linter.Config] },
  { name: "strict", configs: plugin.configs.strict as Linter.Config[] },
  { name: "all", configs: [plugin.configs.all as Linter.Config] },
];

/** Every file under `dir` (node_modules included, symlinks not followed) whose name ends with one of `extensions`. */
export function collectFiles(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension))) found.push(path);
    }
  }
  return found.sort();
}

/** A fixed pick of `count` files: the ones whose path (relative to the project) hashes lowest, so reruns agree. */
export function sample(paths: readonly string[], count: number): string[] {
  const key = (path: string) => createHash("sha1").update(relative(ROOT, path)).digest("hex");
  return [...paths].sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, count);
}

/** What one file did under one variant. */
export interface FileOutcome {
  /** The language could not parse it (its own fatal message): the rules never saw it. */
  readonly parseError: boolean;
  /** Reports of the plugin's rules, over every config and both ESLint majors. */
  readonly reports: number;
  /** Rule errors, as `ESLint major / config: message`; each one would have failed a user's whole run. */
  readonly crashes: readonly string[];
}

/** Lints one file under every plugin config on both ESLint majors; configs with the same rules lint once. */
export function huntFile(path: string, variant: Variant, text = readFileSync(path, "utf8")): FileOutcome {
  // The linter skips paths under node_modules/; the package's own layout (`test/`, `*.spec.js`) is what configs match.
  const filename = relative(ROOT, path).replaceAll("node_modules/", "");
  const crashes: string[] = [];
  let reports = 0;
  let parseError = false;
  const seen = new Set<string>();
  for (const { name, configs } of PLUGIN_CONFIGS) {
    const key = JSON.stringify(configs.map((config) => [config.files, config.rules]));
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [major, linter] of LINTERS) {
      try {
        const messages = linter.verify(text, [{ ...variant.config(path), files: [filename] }, ...configs], { filename });
        parseError ||= messages.some((message) => message.fatal);
        reports += messages.filter((message) => message.ruleId?.startsWith("twilio-sid/")).length;
      } catch (error) {
        crashes.push(`${major} / ${name}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
  }
  return { parseError, reports, crashes };
}
