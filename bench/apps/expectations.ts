// The deliberate mistakes of the app corpus, read from their markers: a trailing `// expect-sid: <rule>` (or
// `<!-- expect-sid: <rule> -->` in Markdown) on the line where the rule should report, `typed` before the rule
// when only typed linting can find the mistake. Every other line of the corpus is correct code.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** The corpus: the code bases `ts/` and `js/` next to this file. */
export const CORPUS_ROOT = resolve(import.meta.dirname);
const CODE_BASES = ["ts", "js"];

const RULE_IDS = ["valid-sid", "sid-prefix-matches-name", "sid-matches-resource"] as const;
export type CorpusRuleId = (typeof RULE_IDS)[number];

export interface Expectation {
  /** Path from the corpus root, with `/` separators: `ts/server/src/routes/sms/inbound.ts`. */
  file: string;
  /** 1-based, as ESLint reports lines. */
  line: number;
  /** The rule's name without the plugin prefix. */
  ruleId: CorpusRuleId;
  /** Only a run with type information (typescript-eslint `parserOptions.project`) can find it. */
  typedOnly: boolean;
}

const SOURCE = /\.(?:[cm]?[jt]sx?|md)$/;
const MARKER = /(?:\/\/|<!--)\s*expect-sid:\s*(.*?)\s*(?:-->)?\s*$/;
const VALUE = /^(typed\s+)?([\w-]+)$/;

/** Files of the code bases that may hold markers, node_modules left out. */
function sourceFiles(root: string): string[] {
  return CODE_BASES.flatMap((base) => readdirSync(join(root, base), { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.split(sep).includes("node_modules"));
}

/**
 * Every `expect-sid` marker in the code bases under `root`, sorted by file and line. A marker naming no rule of the plugin throws:
 * a typo must not drop an expectation without a word.
 */
export function expectations(root: string = CORPUS_ROOT): Expectation[] {
  const found: Expectation[] = [];
  for (const path of sourceFiles(root)) {
    const file = relative(root, path).split(sep).join("/");
    readFileSync(path, "utf8")
      .split(/\r?\n/)
      .forEach((text, index) => {
        const marker = MARKER.exec(text);
        if (!marker) return;
        const value = VALUE.exec(marker[1] ?? "");
        const ruleId = RULE_IDS.find((id) => id === value?.[2]);
        if (!value || !ruleId) throw new Error(`${file}:${index + 1}: unknown expect-sid marker "${marker[1]}"`);
        found.push({ file, line: index + 1, ruleId, typedOnly: value[1] !== undefined });
      });
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
