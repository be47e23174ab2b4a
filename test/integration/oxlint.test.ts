import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { EXAMPLES_DIR, lintExamples } from "../../scripts/examples.js";
import { INSTALL_TIMEOUT, project, removeWorkspaces, ROOT, run, workspace } from "./helpers/projects.js";
import { type ApiUse, missingMembers, offeredMembers, PROBE_PLUGIN, recordingPlugin } from "./oxlint-api.js";

/** The files oxlint lints: JavaScript and TypeScript, JSX and TSX. */
const JS_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * Columns count UTF-16 code units in ESLint and UTF-8 bytes in oxlint's output; the comparison converts, so this file
 * checks that the plugin's own positions (computed from the source text) land on the same characters in both.
 */
const NON_ASCII = `const greeting = "héllo wörld 😀";
const callSid = "CA0123456789abcdef0123456789abcde"; // 😀
const labels = { note: "😀😀", messageSid: "CA0123456789abcdef0123456789abcdef" };
export { greeting, callSid, labels };
`;

/** JS and TS files under `directory`, by path relative to it. */
function sources(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => JS_FILE.test(file) && !file.split(path.sep).includes("node_modules"))
    .sort();
}

/**
 * What both linters see: examples/' JS and TS (less its ESLint config) under `examples/`, and the rules' test corpora
 * under `corpora/` (under `fixtures/`, `strict` would treat every file as a test file). oxlint never lints a file
 * whose name contains `.min.`, `-min.` or `_min.`, so the corpora's minified bundles are renamed: the rules'
 * behaviour on them is compared, not oxlint's choice of files.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = { "unicode.js": NON_ASCII };
  for (const file of sources(EXAMPLES_DIR)) {
    if (file !== "eslint.config.js") files[path.posix.join("examples", file)] = readFileSync(path.join(EXAMPLES_DIR, file), "utf8");
  }
  const fixtures = path.join(ROOT, "test/fixtures");
  for (const file of sources(fixtures)) {
    const name = file.replace(/([.\-_])min\./, "$1minified.");
    files[path.posix.join("corpora", name.split(path.sep).join("/"))] = readFileSync(path.join(fixtures, file), "utf8");
  }
  return files;
}

type Rules = NonNullable<Linter.Config["rules"]>;

/** The rules as a config sets them, in the form both `eslint.config.js` and `.oxlintrc.json` take. */
interface Variant {
  name: string;
  rules: Rules;
  overrides: { files: string[]; rules: Rules }[];
}

/** An options object, not an array or a scalar. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every rule with each boolean option set against its default: the paths the defaults leave untried. */
function flippedOptions(): Rules {
  return Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => {
      const defaults = (rule.meta?.defaultOptions as unknown[] | undefined)?.[0];
      const flipped = isPlainObject(defaults)
        ? Object.fromEntries(Object.entries(defaults).flatMap(([key, value]) => (typeof value === "boolean" ? [[key, !value]] : [])))
        : {};
      return [`twilio-sid/${name}`, Object.keys(flipped).length > 0 ? ["error", flipped] : "error"];
    }),
  );
}

/** The configs the plugin ships (`strict`'s test-file part becomes an oxlint override) and the flipped options. */
const VARIANTS: Variant[] = [
  { name: "all", rules: plugin.configs.all.rules!, overrides: [] },
  {
    name: "strict",
    rules: plugin.configs.strict[0]!.rules!,
    overrides: plugin.configs.strict.slice(1).map((config) => ({ files: config.files as string[], rules: config.rules! })),
  },
  { name: "flipped", rules: flippedOptions(), overrides: [] },
];

/** The variant as ESLint's flat config: typescript-eslint's parser for TS, and JSX in JS files, as oxlint parses them. */
function eslintConfig(variant: Variant, rulesFrom: ESLint.Plugin): Linter.Config[] {
  return [
    { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser } },
    { files: ["**/*.{js,jsx,mjs,cjs}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { plugins: { "twilio-sid": rulesFrom }, rules: variant.rules },
    ...variant.overrides,
  ];
}

/** The variant as an `.oxlintrc.json` that loads the installed plugin by its package name. */
function oxlintConfig(variant: Variant): string {
  return `${JSON.stringify({ jsPlugins: ["eslint-plugin-twilio-sid"], rules: variant.rules, overrides: variant.overrides }, null, 2)}\n`;
}

/** One report, positions 1-based in UTF-16 code units as ESLint gives them. */
interface Finding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const byPlace = (a: Finding, b: Finding) =>
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.message.localeCompare(b.message);

/** `file line:column-endLine:endColumn ruleId message`: one readable line per finding. */
const show = (finding: Finding) =>
  `${finding.file} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.ruleId} ${finding.message}`;

/** A file's path relative to `cwd`, with forward slashes: the corpus's names. */
const relativeName = (cwd: string, filePath: string) => path.relative(cwd, filePath).split(path.sep).join("/");

/** ESLint's findings of the plugin's rules, with paths relative to `cwd`. */
function eslintFindings(results: readonly ESLint.LintResult[], cwd: string): Finding[] {
  return results
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith("twilio-sid/"))
        .map((message) => ({
          file: relativeName(cwd, result.filePath),
          ruleId: message.ruleId!,
          line: message.line,
          column: message.column,
          endLine: message.endLine ?? message.line,
          endColumn: message.endColumn ?? message.column,
          message: message.message,
        })),
    )
    .sort(byPlace);
}

/** Line and column (1-based, UTF-16) of a UTF-16 offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The part of a diagnostic in oxlint's `--format json` output that the comparison reads. */
interface OxlintDiagnostic {
  message: string;
  code: string;
  filename: string;
  labels: { span: { offset: number; length: number } }[];
}

/** oxlint's JSON output as findings: `plugin(rule)` codes become `plugin/rule`, byte spans become UTF-16 positions. */
async function oxlintFindings(stdout: string, cwd: string, pluginName: string): Promise<Finding[]> {
  const { diagnostics } = JSON.parse(stdout) as { diagnostics: OxlintDiagnostic[] };
  const findings: Finding[] = [];
  for (const diagnostic of diagnostics) {
    const rule = new RegExp(`^${pluginName}\\((.+)\\)$`).exec(diagnostic.code);
    if (!rule) continue;
    const bytes = await readFile(path.join(cwd, diagnostic.filename));
    const { offset, length } = diagnostic.labels[0]!.span;
    const text = bytes.toString("utf8");
    const start = position(text, bytes.subarray(0, offset).toString("utf8").length);
    const end = position(text, bytes.subarray(0, offset + length).toString("utf8").length);
    findings.push({
      file: diagnostic.filename.split(path.sep).join("/"),
      ruleId: `${pluginName}/${rule[1]}`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      message: diagnostic.message,
    });
  }
  return findings.sort(byPlace);
}

/** Source text after ESLint's first suggestion of each report, as `--fix-suggestions` applies them: in order, no overlaps. */
function withSuggestions(result: ESLint.LintResult, text: string): string {
  const fixes = result.messages
    .flatMap((message) => (message.suggestions?.[0] ? [message.suggestions[0].fix] : []))
    .sort((a, b) => a.range[0] - b.range[0]);
  let output = "";
  let at = 0;
  for (const { range, text: replacement } of fixes) {
    if (range[0] < at) continue;
    output += text.slice(at, range[0]) + replacement;
    at = range[1];
  }
  return output + text.slice(at);
}

afterAll(removeWorkspaces);

describe("oxlint with the packed plugin as a JS plugin", () => {
  const files = corpus();
  const names = Object.keys(files);
  let projectDir: string;
  let oxlintVersion: string;
  /** oxlint's CLI as the project has it installed. */
  const oxlint = (cwd: string, args: readonly string[]) =>
    run(process.execPath, [path.join(projectDir, "node_modules/oxlint/bin/oxlint"), ...args], { cwd });

  beforeAll(async () => {
    projectDir = await project("oxlint");
    oxlintVersion = (JSON.parse(await readFile(path.join(projectDir, "node_modules/oxlint/package.json"), "utf8")) as { version: string }).version;
  }, INSTALL_TIMEOUT);

  /** oxlint's findings of `pluginName`'s rules, run in `cwd` with `args`; a crash or a plugin error fails the test. */
  async function lintWithOxlint(cwd: string, args: readonly string[], pluginName = "twilio-sid"): Promise<Finding[]> {
    const result = await oxlint(cwd, ["-f", "json", ...args]);
    if (result.code > 1 || result.stderr.trim() !== "") throw new Error(`oxlint failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`);
    return oxlintFindings(result.stdout, cwd, pluginName);
  }

  /** ESLint (Node API, this checkout's rules) on a workspace's copy of the corpus, or of some of its files. */
  async function lintWithESLint(
    cwd: string,
    variant: Variant,
    rulesFrom: ESLint.Plugin = plugin,
    only: readonly string[] = names,
  ): Promise<ESLint.LintResult[]> {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: eslintConfig(variant, rulesFrom) });
    return eslint.lintFiles([...only]);
  }

  const references = new Map<Variant, Promise<{ findings: Finding[]; suggested: Record<string, string> }>>();
  let pristine: Promise<string> | undefined;

  /**
   * ESLint's findings of a variant on the corpus, and each file after its suggestions: computed once, on a copy of the
   * corpus that no test changes.
   */
  function reference(variant: Variant): Promise<{ findings: Finding[]; suggested: Record<string, string> }> {
    let computed = references.get(variant);
    if (!computed) {
      pristine ??= workspace(projectDir, files);
      computed = pristine.then(async (cwd) => {
        const results = await lintWithESLint(cwd, variant);
        const suggested = Object.fromEntries(
          results.map((result) => [relativeName(cwd, result.filePath), withSuggestions(result, files[relativeName(cwd, result.filePath)]!)]),
        );
        return { findings: eslintFindings(results, cwd), suggested };
      });
      references.set(variant, computed);
    }
    return computed;
  }

  /** The `.oxlintrc.json` of the README's oxlint section. */
  async function readmeConfig(): Promise<string> {
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const section = /\n## oxlint\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    const config = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    if (config === undefined) throw new Error("README.md has no `## oxlint` section with a JSON block.");
    return config;
  }

  it("runs the README's .oxlintrc.json on examples/ and finds what ESLint finds there in JS and TS", async () => {
    const config = await readmeConfig();
    // The README's rule list is the recommended config, rule for rule.
    const { jsPlugins, rules } = JSON.parse(config) as { jsPlugins: string[]; rules: Rules };
    expect(jsPlugins).toEqual(["eslint-plugin-twilio-sid"]);
    expect(rules).toEqual(plugin.configs.recommended.rules);

    const examples = Object.fromEntries(Object.entries(files).filter(([name]) => name.startsWith("examples/")));
    const cwd = await workspace(projectDir, { ".oxlintrc.json": config, ...examples });
    // As the README runs it: `npx oxlint`, which finds `.oxlintrc.json` in the working directory.
    const found = await lintWithOxlint(cwd, []);

    const expected = eslintFindings(await lintExamples(), EXAMPLES_DIR);
    const inJs = expected.filter((finding) => JS_FILE.test(finding.file));
    expect(found.map(show)).toEqual(inJs.map((finding) => show({ ...finding, file: `examples/${finding.file}` })));
    expect(found.length).toBeGreaterThan(0);
    // oxlint's own SARIF (docs/ci.md): rule ids in its `plugin(rule)` form, and no rule entries with help links.
    const sarif = await oxlint(cwd, ["-f", "sarif"]);
    const { runs } = JSON.parse(sarif.stdout) as { runs: [{ tool: { driver: { rules: unknown[] } }; results: { ruleId: string }[] }] };
    expect(runs[0].results.map((result) => result.ruleId).filter((id) => id.startsWith("twilio-sid")).sort()).toEqual(
      found.map((finding) => finding.ruleId.replace(/^twilio-sid\/(.+)$/, "twilio-sid($1)")).sort(),
    );
    expect(runs[0].tool.driver.rules).toEqual([]);
    // JSON and Markdown findings are ESLint's alone, as the README says.
    expect(expected.filter((finding) => !JS_FILE.test(finding.file)).map((finding) => path.extname(finding.file))).toEqual(
      expect.arrayContaining([".json", ".md"]),
    );
  });

  it("prints columns in UTF-8 bytes, larger than ESLint's after non-ASCII text (the README says so)", async () => {
    const cwd = await workspace(projectDir, { ".oxlintrc.json": await readmeConfig(), "unicode.js": NON_ASCII });
    const result = await oxlint(cwd, ["-f", "json"]);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { code: string; labels: { span: { line: number; column: number } }[] }[] };
    // Line 3 holds two 4-byte emoji (2 UTF-16 code units each) before the SID.
    const printed = diagnostics.find((diagnostic) => diagnostic.code.startsWith("twilio-sid(") && diagnostic.labels[0]!.span.line === 3);
    const expected = eslintFindings(await lintWithESLint(cwd, VARIANTS[0]!, plugin, ["unicode.js"]), cwd).find((finding) => finding.line === 3);
    const line = NON_ASCII.split("\n")[2]!;
    expect(printed?.labels[0]!.span.column).toBe(Buffer.byteLength(line.slice(0, expected!.column - 1)) + 1);
    expect(printed?.labels[0]!.span.column).toBe(expected!.column + 4);
  });

  describe.each(VARIANTS)("$name", (variant) => {
    it("finds what ESLint finds, message for message and range for range", async () => {
      const cwd = await workspace(projectDir, { ...files, ".oxlintrc.variant.json": oxlintConfig(variant) });
      const expected = (await reference(variant)).findings;
      const found = await lintWithOxlint(cwd, ["-c", ".oxlintrc.variant.json", ...names]);
      expect(found.map(show)).toEqual(expected.map(show));
      expect(new Set(expected.map((finding) => finding.ruleId)).size, "findings of more than one rule").toBeGreaterThan(1);
    });

    it("--fix-suggestions makes the edits of ESLint's suggestions", async () => {
      const cwd = await workspace(projectDir, { ...files, ".oxlintrc.variant.json": oxlintConfig(variant) });
      const expected = (await reference(variant)).suggested;
      await lintWithOxlint(cwd, ["-c", ".oxlintrc.variant.json", "--fix-suggestions", ...names]);
      const fixed: Record<string, string> = {};
      for (const name of names) fixed[name] = await readFile(path.join(cwd, name), "utf8");
      expect(fixed).toEqual(expected);
      expect(names.filter((name) => fixed[name] !== files[name]), "files the suggestions change").not.toEqual([]);
    });
  });

  it("offers every API member the rules read under ESLint", async () => {
    const cwd = await workspace(projectDir, {
      ...files,
      "api-probe.js": PROBE_PLUGIN,
      ".oxlintrc.probe.json": JSON.stringify({ jsPlugins: ["./api-probe.js"], rules: { "api-probe/members": "error" } }),
    });
    // What each rule reads on JavaScript and TypeScript files, in every variant; recording must change no finding.
    const use: ApiUse = new Map();
    for (const variant of VARIANTS) {
      const recorded = eslintFindings(await lintWithESLint(cwd, variant, recordingPlugin(plugin, use)), cwd);
      expect(recorded.map(show)).toEqual((await reference(variant)).findings.map(show));
    }
    const readers = new Set([...use.values()].flatMap((rules) => [...rules]));
    expect([...readers].sort(), "rules seen reading the API").toEqual(Object.keys(plugin.rules).sort());

    const reports = (await lintWithOxlint(cwd, ["-c", ".oxlintrc.probe.json", ...names], "api-probe")).map((finding) => finding.message);
    expect(reports).toHaveLength(names.length);
    const offered = offeredMembers(reports);
    expect(missingMembers(use, offered).map((entry) => `${entry} (absent in oxlint ${oxlintVersion})`)).toEqual([]);
    // oxlint hands plugins no parser services: a rule's type-aware path never runs there (the README says so).
    expect([...offered].filter((member) => member.startsWith("parserServices."))).toEqual([]);
  });
});
