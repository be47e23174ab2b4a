// `npm run bench [-- --runs 7] [-- --only lint-js,lint-ts,lint-apps,lint-config,classifier,load,oxlint,lint-typed] [-- --no-write]`
// Lint overhead on real code, classifier throughput and plugin load time, results in docs/benchmarks.md between the
// lint markers; oxlint with the plugin against ESLint with it, between the oxlint markers; the plugin's share of a
// typed lint, between the typed-lint markers.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import js from "@eslint/js";
import { ESLint, type Linter } from "eslint";
import noSecrets from "eslint-plugin-no-secrets";
import tsParser from "@typescript-eslint/parser";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import { Bench } from "tinybench";
import plugin from "../src/index.js";
import { classifySid, findEmbeddedSids } from "../src/classify.js";
import { sidName } from "../src/names.js";
import { appFile, CONFIG_KINDS, configFile } from "./corpus.js";

const ROOT = resolve(import.meta.dirname, "..");
const TWILIO_LIB = join(ROOT, "node_modules/twilio/lib");
const APPS = join(ROOT, "bench/apps");
/** The app corpus's TypeScript code base, with its own tsconfig: twilio resolves from the root. */
const TYPED_CORPUS = join(APPS, "ts");
const DOC = join(ROOT, "docs/benchmarks.md");
/** Where a block of measured results lives in the document: hand-written notes after its notes marker survive. */
interface Markers {
  start: string;
  notes: string;
  end: string;
}
const LINT_MARKERS: Markers = { start: "<!-- lint:start -->", notes: "<!-- lint:notes -->", end: "<!-- lint:end -->" };
const OXLINT_MARKERS: Markers = { start: "<!-- oxlint:start -->", notes: "<!-- oxlint:notes -->", end: "<!-- oxlint:end -->" };
const TYPED_MARKERS: Markers = { start: "<!-- typed-lint:start -->", notes: "<!-- typed-lint:notes -->", end: "<!-- typed-lint:end -->" };
const DIST_PLUGIN = join(ROOT, "dist/src/index.js");
const APP_FILES = 200;
/** The REST API declarations: 80 files, 28k lines of real TypeScript (all 758 take minutes a run). */
const TWILIO_TYPES = "rest/api";

const DEFAULT_SUITES = "lint-js,lint-ts,lint-apps,lint-config,classifier,load,oxlint,lint-typed";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    only: { type: "string", default: DEFAULT_SUITES },
    "no-write": { type: "boolean", default: false },
  },
});
const RUNS = Number(args.runs);
const ONLY = new Set(args.only.split(","));

interface Suite {
  name: string;
  cwd: string;
  patterns: string[];
  /** What every variant shares: the language setup and `@eslint/js` recommended. */
  base: Linter.Config[];
}

interface Variant {
  name: string;
  extra: Linter.Config[];
}

const VARIANTS: Variant[] = [
  { name: "@eslint/js recommended", extra: [] },
  { name: "+ twilio-sid recommended", extra: [plugin.configs.recommended as Linter.Config] },
  {
    name: "+ no-secrets",
    extra: [{ plugins: { "no-secrets": noSecrets }, rules: { "no-secrets/no-secrets": "error" } }],
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Run {
  /** CPU time of this process (user + system), which other processes on a shared machine barely disturb. */
  cpu: number;
  wall: number;
  files: number;
}

/** One full lint of the suite with a fresh ESLint instance, so no run reuses another's work. */
async function lintOnce(suite: Suite, variant: Variant): Promise<Run> {
  const eslint = new ESLint({
    cwd: suite.cwd,
    ignore: false,
    overrideConfigFile: true,
    overrideConfig: [...suite.base, ...variant.extra],
  });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(suite.patterns);
  const { user, system } = process.cpuUsage(cpuStarted);
  const wall = performance.now() - started;
  const fatal = results.find((result) => result.fatalErrorCount > 0);
  if (fatal) throw new Error(`${fatal.filePath} did not parse: ${fatal.messages[0]?.message}`);
  return { cpu: (user + system) / 1000, wall, files: results.length };
}

interface SuiteResult {
  suite: string;
  files: number;
  runs: Map<string, Run[]>;
}

/** A warm-up round, then `RUNS` rounds; each round runs every variant, in an order that rotates. */
async function measure(suite: Suite): Promise<SuiteResult> {
  const runs = new Map(VARIANTS.map((variant) => [variant.name, [] as Run[]]));
  let files = 0;
  for (let round = -1; round < RUNS; round++) {
    for (let offset = 0; offset < VARIANTS.length; offset++) {
      const variant = VARIANTS[(offset + Math.max(round, 0)) % VARIANTS.length]!;
      const run = await lintOnce(suite, variant);
      files = run.files;
      if (round >= 0) runs.get(variant.name)!.push(run);
      const label = round < 0 ? "warm-up" : `round ${round + 1}`;
      process.stderr.write(`${suite.name} | ${variant.name} | ${label}: cpu ${run.cpu.toFixed(0)} ms, wall ${run.wall.toFixed(0)} ms\n`);
    }
  }
  return { suite: suite.name, files, runs };
}

/**
 * The plugin's own share of a lint, from ESLint's per-rule timings (`stats`): precise where whole-run ratios on a
 * shared machine cannot resolve 2%.
 */
async function ruleShare(suite: Suite): Promise<string> {
  const eslint = new ESLint({
    cwd: suite.cwd,
    ignore: false,
    overrideConfigFile: true,
    overrideConfig: [...suite.base, ...VARIANTS[1]!.extra],
    stats: true,
  });
  let ours = 0;
  let total = 0;
  for (const result of await eslint.lintFiles(suite.patterns)) {
    for (const pass of result.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [id, { total: ms }] of Object.entries(pass.rules ?? {})) if (id.startsWith("twilio-sid/")) ours += ms;
    }
  }
  return `Rule time (ESLint \`stats\`, one run): twilio-sid rules ${ours.toFixed(0)} ms of ${total.toFixed(0)} ms linting (${((100 * ours) / total).toFixed(2)}%).`;
}

function lintTable(result: SuiteResult): string {
  const medians = (runs: readonly Run[]) => ({
    cpu: median(runs.map((run) => run.cpu)),
    wall: median(runs.map((run) => run.wall)),
  });
  const baseline = medians(result.runs.get(VARIANTS[0]!.name)!);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const rows = [...result.runs].map(([name, runs]) => {
    const { cpu, wall } = medians(runs);
    const cpuList = runs.map((run) => seconds(run.cpu)).join(", ");
    return `| ${name} | ${seconds(cpu)} | ${(cpu / baseline.cpu).toFixed(3)} | ${seconds(wall)} | ${(wall / baseline.wall).toFixed(3)} | ${cpuList} |`;
  });
  return [
    `**${result.suite}** (${result.files} files)`,
    ``,
    `| config | median CPU s | CPU ratio | median wall s | wall ratio | CPU runs (s) |`,
    `|---|---|---|---|---|---|`,
    ...rows,
  ].join("\n");
}

/** Strings a linter meets all day: none is a SID, so all take the fast reject path. */
const PLAIN = [
  "",
  "use strict",
  "application/json",
  "Content-Type",
  "https://api.twilio.com/2010-04-01",
  "Accounts/{AccountSid}/Calls.json",
  "The request could not be completed because the resource was not found.",
  "TWILIO_ACCOUNT_SID",
  "queued",
  "0123456789abcdef0123456789abcdef",
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "dGhpcyBpcyBhIGJhc2U2NCBzdHJpbmcgb2YgbGVuZ3RoIDM0",
  "x-twilio-signature",
  "%s is not a function",
  "ACTIVE",
  "AC123",
];

/** SID-like strings: SIDs, placeholders, near misses; these take the full classification. */
function sidLike(): string[] {
  const prefix = "AC";
  const body = "0123456789abcdef".repeat(2);
  return [
    `${prefix}${body}`,
    `${prefix}${"X".repeat(32)}`,
    `${prefix}${body.slice(0, 31)}`,
    `${prefix}${body}0`,
    `${prefix}${body.slice(0, 31)}g`,
    ` ${prefix}${body}`,
    `${prefix.toLowerCase()}${body}`,
    `ZZ${body}`,
  ];
}

const IDENTIFIERS = ["callSid", "accountSid", "MessagingServiceSid", "parent_call_sid", "CALL_SIDS", "apiKey", "status", "handler", "x"];
const PATHS = ["/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls/CA0123456789abcdef0123456789abcdef.json", "https://example.com/a/b/c?d=e&f=g"];

async function classifierBench(): Promise<string> {
  const bench = new Bench({ time: 1000 });
  const sids = sidLike();
  bench
    .add(`classifySid: plain strings (${PLAIN.length})`, () => {
      for (const text of PLAIN) classifySid(text);
    })
    .add(`classifySid: SID-like strings (${sids.length})`, () => {
      for (const text of sids) classifySid(text);
    })
    .add(`findEmbeddedSids: URLs (${PATHS.length})`, () => {
      for (const text of PATHS) findEmbeddedSids(text);
    })
    .add(`sidName: identifiers (${IDENTIFIERS.length})`, () => {
      for (const name of IDENTIFIERS) sidName(name);
    });
  await bench.run();
  const counts = [PLAIN.length, sids.length, PATHS.length, IDENTIFIERS.length];
  const rows = bench.tasks.map((task, index) => {
    const result = task.result;
    if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
    const perString = (result.latency.mean * 1e6) / counts[index]!;
    const perSecond = (1e9 / perString / 1e6).toFixed(1);
    return `| ${task.name} | ${perSecond} M | ${perString.toFixed(0)} ns |`;
  });
  return ["| task | strings per second | time per string |", "|---|---|---|", ...rows].join("\n");
}

// Imports ESLint and @eslint/js first, as a lint run has them, then times the module alone, in CPU ms.
const IMPORT_TIMER = `
await import("eslint");
await import("@eslint/js");
const started = process.cpuUsage();
await import(process.argv[1]);
const { user, system } = process.cpuUsage(started);
process.stdout.write(String((user + system) / 1000));
`;

/** What loading a plugin adds to every ESLint process (a CLI run pays it once, an editor once per server). */
async function loadTable(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const modules = [
    ["eslint-plugin-twilio-sid (dist/)", join(ROOT, "dist/src/index.js")],
    ...Object.keys(manifest.dependencies).map((name) => [`its dependency ${name} alone`, name] as const),
    ["eslint-plugin-no-secrets", "eslint-plugin-no-secrets"],
  ] as const;
  if (!existsSync(modules[0][1])) return "Plugin load time: skipped, `dist/` is not built (`npm run build`).";
  const rows = modules.map(([label, specifier]) => {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const output = execFileSync(process.execPath, ["--input-type=module", "-e", IMPORT_TIMER, specifier], { cwd: ROOT });
      times.push(Number(output.toString()));
    }
    return `| ${label} | ${median(times).toFixed(0)} |`;
  });
  return [
    "Plugin load, once per ESLint process (fresh Node processes, after ESLint itself is loaded; median of 7):",
    "",
    "| module | CPU ms |",
    "|---|---|",
    ...rows,
  ].join("\n");
}

async function machine(): Promise<string> {
  const cpu = cpus();
  const eslintVersion = ESLint.version;
  const ts = JSON.parse(await readFile(join(ROOT, "node_modules/typescript/package.json"), "utf8")) as { version: string };
  const parser = JSON.parse(await readFile(join(ROOT, "node_modules/@typescript-eslint/parser/package.json"), "utf8")) as { version: string };
  const twilio = JSON.parse(await readFile(join(ROOT, "node_modules/twilio/package.json"), "utf8")) as { version: string };
  return [
    `- Machine: ${cpu.length} cores (\`nproc\`), ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `- Node ${process.version}, ESLint ${eslintVersion}, TypeScript ${ts.version}, @typescript-eslint/parser ${parser.version}, twilio ${twilio.version}`,
    `- Command: \`npm run bench -- --runs ${RUNS}${args.only === DEFAULT_SUITES ? "" : ` --only ${args.only}`}\` (${new Date().toISOString().slice(0, 10)})`,
  ].join("\n");
}

/**
 * Replaces the measured part of one block of the document: from its start marker to its notes marker (hand-written
 * analysis after it stays) or to its end marker. Appends the block if the document lacks it.
 */
async function record(markers: Markers, section: string): Promise<void> {
  const current = await readFile(DOC, "utf8").catch(() => "# Benchmarks\n\n## Type-level checker\n");
  const start = current.indexOf(markers.start);
  const end = current.indexOf(markers.end);
  let next: string;
  if (start >= 0 && end > start) {
    const notes = current.indexOf(markers.notes, start);
    const stop = notes >= 0 && notes < end ? notes : end;
    next = `${current.slice(0, start)}${markers.start}\n${section}\n\n${current.slice(stop)}`;
  } else {
    next = `${current.trimEnd()}\n\n${markers.start}\n${section}\n\n${markers.end}\n`;
  }
  await mkdir(join(ROOT, "docs"), { recursive: true });
  await writeFile(DOC, next);
}

/** One command-line lint of the twilio lib, as a user runs it. */
interface CliVariant {
  name: string;
  linter: "ESLint" | "oxlint";
  /** Its config file, written to the config directory. */
  config: { file: string; text: string };
  /** How many rules the config turns on, beside oxlint's default rules where `native`: checked in the warm-up round. */
  rules: number;
  /** oxlint's default rules are on. */
  native: boolean;
}

interface CliRun {
  cpu: number;
  wall: number;
}

/** Seconds in the `0m1.234s` notation of bash's `times`. */
function timesSeconds(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!match) throw new Error(`Unexpected \`times\` output: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Runs a command to completion, stdout to `output` and stderr to `errors`: wall time, and the CPU time (user +
 * system) of the command and every process it starts, which bash's `times` reports and Node cannot.
 */
function runTimed(command: readonly string[], cwd: string, output = "/dev/null", errors = "/dev/null"): CliRun & { code: number } {
  const script = 'out=$1; err=$2; shift 2; "$@" > "$out" 2> "$err"; code=$?; times; exit $code';
  const started = performance.now();
  const result = spawnSync("bash", ["-c", script, "bash", output, errors, ...command], { cwd, encoding: "utf8" });
  const wall = performance.now() - started;
  const [user, system] = result.stdout.trim().split("\n").at(-1)!.split(" ").map(timesSeconds);
  return { cpu: (user! + system!) * 1000, wall, code: result.status ?? -1 };
}

/** The command line of a variant; `json` asks for machine-readable output, which the warm-up round checks. */
function cliCommand(variant: CliVariant, configDir: string, json: boolean): string[] {
  const bin = variant.linter === "ESLint" ? "node_modules/eslint/bin/eslint.js" : "node_modules/oxlint/bin/oxlint";
  return [process.execPath, join(ROOT, bin), "-c", join(configDir, variant.config.file), ...(json ? ["--format", "json"] : []), "."];
}

/** A JS plugin whose one rule visits every string and number literal and does nothing: what any JS plugin costs. */
const NOOP_PLUGIN = `export default { meta: { name: "noop" }, rules: { literals: { create: () => ({ Literal() {} }) } } };\n`;

/** ESLint with twilio-sid and oxlint with and without it, the plugin built in dist/ for both. */
function cliVariants(configDir: string): CliVariant[] {
  const recommended = plugin.configs.recommended.rules as Record<string, unknown>;
  const ours = Object.keys(recommended).length;
  const eslintJs = Object.keys(js.configs.recommended.rules).length;
  const imports = [
    `import js from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve("@eslint/js")).href)};`,
    `import twilioSid from ${JSON.stringify(pathToFileURL(DIST_PLUGIN).href)};`,
  ].join("\n");
  const oxlintConfig = (config: object) => `${JSON.stringify(config, null, 2)}\n`;
  const nativeOff = { categories: { correctness: "off" } };
  return [
    { name: "oxlint, default rules", linter: "oxlint", config: { file: "default.oxlintrc.json", text: oxlintConfig({}) }, rules: 0, native: true },
    {
      name: "oxlint, default rules + twilio-sid recommended (jsPlugins)",
      linter: "oxlint",
      config: { file: "twilio-sid.oxlintrc.json", text: oxlintConfig({ jsPlugins: [DIST_PLUGIN], rules: recommended }) },
      rules: ours,
      native: true,
    },
    {
      name: "oxlint, default rules + a no-op JS plugin (one rule visiting every Literal)",
      linter: "oxlint",
      config: { file: "noop.oxlintrc.json", text: oxlintConfig({ jsPlugins: [join(configDir, "noop-plugin.js")], rules: { "noop/literals": "error" } }) },
      rules: 1,
      native: true,
    },
    {
      name: "oxlint, twilio-sid recommended only (native rules off)",
      linter: "oxlint",
      config: { file: "only.oxlintrc.json", text: oxlintConfig({ ...nativeOff, jsPlugins: [DIST_PLUGIN], rules: recommended }) },
      rules: ours,
      native: false,
    },
    {
      name: "ESLint, @eslint/js recommended + twilio-sid recommended",
      linter: "ESLint",
      config: {
        file: "twilio-sid.eslint.config.mjs",
        text: `${imports}\n\nexport default [{ files: ["**/*.js"], ...js.configs.recommended }, twilioSid.configs.recommended];\n`,
      },
      rules: eslintJs + ours,
      native: false,
    },
    {
      name: "ESLint, twilio-sid recommended only",
      linter: "ESLint",
      config: { file: "only.eslint.config.mjs", text: `${imports}\n\nexport default [twilioSid.configs.recommended];\n` },
      rules: ours,
      native: false,
    },
  ];
}

/** Throws unless the warm-up run linted every file with the rules the variant claims (oxlint counts its own). */
function checkWarmUp(variant: CliVariant, output: string, files: number, nativeRules: number): void {
  if (variant.linter === "ESLint") {
    const results = JSON.parse(output) as { fatalErrorCount: number; filePath: string }[];
    const fatal = results.find((result) => result.fatalErrorCount > 0);
    if (results.length !== files || fatal) throw new Error(`${variant.name}: ${results.length} of ${files} files, ${fatal?.filePath ?? "no"} parse error`);
    return;
  }
  const report = JSON.parse(output) as { number_of_files: number; number_of_rules: number };
  const expected = (variant.native ? nativeRules : 0) + variant.rules;
  if (report.number_of_files !== files || report.number_of_rules !== expected) {
    throw new Error(`${variant.name}: ${report.number_of_files} of ${files} files, ${report.number_of_rules} rules (expected ${expected})`);
  }
}

/** oxlint's own per-rule and JS plugin timings (`--debug=timings`) of one run of a variant. */
async function oxlintTimings(variant: CliVariant, cwd: string, configDir: string): Promise<string> {
  const log = join(configDir, "timings.txt");
  runTimed([...cliCommand(variant, configDir, false), "--debug=timings"], cwd, log, log);
  return readFile(log, "utf8");
}

/** oxlint against ESLint on the twilio lib from the command line, and the plugin's share inside oxlint. */
async function oxlintReport(): Promise<string> {
  if (!existsSync(DIST_PLUGIN)) return "## oxlint\n\nSkipped: `dist/` is not built (`npm run build`); oxlint loads the plugin from there.";
  const scratch = await mkdtemp(join(tmpdir(), "twilio-sid-oxlint-bench-"));
  try {
    // oxlint never lints under node_modules, so the corpus is a copy of the lib's JavaScript files.
    const corpus = join(scratch, "lib");
    await cp(TWILIO_LIB, corpus, { recursive: true, filter: (path) => statSync(path).isDirectory() || path.endsWith(".js") });
    const configDir = join(scratch, "config");
    await mkdir(configDir);
    await writeFile(join(configDir, "noop-plugin.js"), NOOP_PLUGIN);
    await writeFile(join(configDir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
    const variants = cliVariants(configDir);
    for (const variant of variants) await writeFile(join(configDir, variant.config.file), variant.config.text);
    const files = readdirSync(corpus, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js")).length;

    // Warm-up: every variant once with JSON output, checked, and the native rule count for the others' checks.
    const output = join(configDir, "output.json");
    let nativeRules = 0;
    for (const variant of variants) {
      runTimed(cliCommand(variant, configDir, true), corpus, output);
      const text = await readFile(output, "utf8");
      if (variant.linter === "oxlint" && variant.rules === 0) nativeRules = (JSON.parse(text) as { number_of_rules: number }).number_of_rules;
      checkWarmUp(variant, text, files, nativeRules);
      process.stderr.write(`oxlint suite | ${variant.name} | warm-up checked\n`);
    }

    const runs = new Map(variants.map((variant) => [variant.name, [] as CliRun[]]));
    for (let round = 0; round < RUNS; round++) {
      for (let offset = 0; offset < variants.length; offset++) {
        const variant = variants[(offset + round) % variants.length]!;
        const run = runTimed(cliCommand(variant, configDir, false), corpus);
        if (run.code > 1) throw new Error(`${variant.name} exited with ${run.code}`);
        runs.get(variant.name)!.push(run);
        process.stderr.write(`oxlint suite | ${variant.name} | round ${round + 1}: cpu ${run.cpu.toFixed(0)} ms, wall ${run.wall.toFixed(0)} ms\n`);
      }
    }
    const timings = await oxlintTimings(variants[1]!, corpus, configDir);
    return oxlintSection(variants, runs, files, nativeRules, timings);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The oxlint block of the document: the table, the ratios read from it, and oxlint's own timings. */
async function oxlintSection(
  variants: readonly CliVariant[],
  runs: ReadonlyMap<string, readonly CliRun[]>,
  files: number,
  nativeRules: number,
  timings: string,
): Promise<string> {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const medianOf = (index: number) => {
    const measured = runs.get(variants[index]!.name)!;
    return { cpu: median(measured.map((run) => run.cpu)), wall: median(measured.map((run) => run.wall)) };
  };
  const rows = variants.map((variant, index) => {
    const { cpu, wall } = medianOf(index);
    const rules = (variant.native ? nativeRules : 0) + variant.rules;
    const cpuList = runs.get(variant.name)!.map((run) => seconds(run.cpu)).join(", ");
    return `| ${variant.name} | ${rules} | ${seconds(cpu)} | ${seconds(wall)} | ${cpuList} |`;
  });
  const [native, withPlugin, noop, oxlintOnly, eslintWith, eslintOnly] = variants.map((_, index) => medianOf(index)) as [
    CliRun, CliRun, CliRun, CliRun, CliRun, CliRun,
  ];
  const times = (a: CliRun, b: CliRun) => `${(a.cpu / b.cpu).toFixed(1)}x CPU, ${(a.wall / b.wall).toFixed(1)}x wall`;
  const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
  const ruleRows = [...timings.matchAll(/^(twilio-sid\/[\w-]+)\s+([\d.]+)\s+[\d.]+%\s+(\d+)\s+js-plugin$/gm)].map(
    ([, rule, ms, calls]) => `${rule} ${Number(ms).toFixed(0)} ms in ${calls} calls`,
  );
  const runtime = (label: string) => Number(new RegExp(`${label}:\\s+([\\d.]+)ms`).exec(timings)?.[1] ?? Number.NaN).toFixed(0);
  const eslintVersion = ESLint.version;
  const oxlintVersion = (JSON.parse(await readFile(join(ROOT, "node_modules/oxlint/package.json"), "utf8")) as { version: string }).version;
  return [
    `## oxlint`,
    ``,
    await machine(),
    `- oxlint ${oxlintVersion} (one thread per core), ESLint ${eslintVersion} (one thread); load average at the end ${loadavg().map((load) => load.toFixed(1)).join(", ")}`,
    ``,
    `Each run is one command-line process over the twilio lib's ${files} JavaScript files (copied out of`,
    `\`node_modules\`, which oxlint never lints), as a user runs it, output discarded. CPU is user + system time of the`,
    `process and its children (bash \`times\`), wall the elapsed time. One warm-up round, checked (every file linted,`,
    `each config's rule count), then ${RUNS} rounds in a rotating order; medians. Both linters load the plugin from`,
    `\`dist/\`. Rules: how many each config turns on (oxlint's count for oxlint).`,
    ``,
    `| command | rules | median CPU s | median wall s | CPU runs (s) |`,
    `|---|---|---|---|---|`,
    ...rows,
    ``,
    `- ESLint (\`@eslint/js\` recommended + twilio-sid) against oxlint (default rules + twilio-sid): ${times(eslintWith, withPlugin)}.`,
    `- twilio-sid alone, ESLint against oxlint: ${times(eslintOnly, oxlintOnly)}.`,
    `- twilio-sid's share of oxlint (default rules + twilio-sid against default rules alone): ${share(withPlugin.cpu - native.cpu, withPlugin.cpu)} of CPU, ${share(withPlugin.wall - native.wall, withPlugin.wall)} of wall time. A no-op JS plugin in its place takes ${share(noop.cpu - native.cpu, noop.cpu)} of CPU: most of the share is oxlint handing the AST to JavaScript, which any JS plugin pays; twilio-sid's rules add ${seconds(withPlugin.cpu - noop.cpu)} s CPU to that.`,
    `- oxlint's own timings (\`--debug=timings\`, one run of the twilio-sid row): JS plugin runtime ${runtime("Total")} ms, of which rule callbacks ${runtime("Rule callbacks")} ms (${ruleRows.join(", ")}) and shared overhead ${runtime("Shared overhead")} ms. oxlint builds the JavaScript AST when a rule first reads it, so the first rule to do so carries that cost.`,
  ].join("\n");
}

/** Files per configuration language in the config suite. */
const CONFIG_FILES = 300;

const CONFIG_LANGUAGES: Record<keyof typeof CONFIG_KINDS, Linter.Config> = {
  yaml: { plugins: { yml }, language: "yml/yaml" },
  toml: { plugins: { toml }, language: "toml/toml" },
  dotenv: { plugins: { "twilio-sid": plugin as never }, language: "twilio-sid/dotenv" },
};

/**
 * YAML, TOML and `.env` throughput: generated configuration files (bench/corpus.ts) linted with the language alone
 * and with twilio-sid recommended, and the rules' own time by ESLint's stats.
 */
async function configLanguagesBench(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "twilio-sid-config-bench-"));
  try {
    const rows: string[] = [];
    for (const [kind, extension] of Object.entries(CONFIG_KINDS) as [keyof typeof CONFIG_KINDS, string][]) {
      await mkdir(join(dir, kind));
      let lines = 0;
      let bytes = 0;
      for (let index = 0; index < CONFIG_FILES; index++) {
        const text = configFile(kind, index);
        lines += text.split("\n").length;
        bytes += text.length;
        await writeFile(join(dir, kind, `config-${index}.${extension}`), text);
      }
      const suite: Suite = { name: kind, cwd: join(dir, kind), patterns: [`**/*.${extension}`], base: [{ files: [`**/*.${extension}`], ...CONFIG_LANGUAGES[kind] }] };
      const lint = async (extra: Linter.Config[], stats: boolean) => {
        const eslint = new ESLint({ cwd: suite.cwd, ignore: false, overrideConfigFile: true, overrideConfig: [...suite.base, ...extra], stats });
        const started = process.cpuUsage();
        const results = await eslint.lintFiles(suite.patterns);
        const { user, system } = process.cpuUsage(started);
        if (results.some((result) => result.fatalErrorCount > 0 || result.messages.length > 0)) throw new Error(`${kind}: a parse error or a report`);
        let rules = 0;
        for (const result of results) for (const pass of result.stats?.times.passes ?? []) for (const { total } of Object.values(pass.rules ?? {})) rules += total;
        return { cpu: (user + system) / 1000, rules };
      };
      const alone: number[] = [];
      const withPlugin: number[] = [];
      const ruleTimes: number[] = [];
      await lint([], false);
      for (let round = 0; round < RUNS; round++) {
        alone.push((await lint([], false)).cpu);
        withPlugin.push((await lint([plugin.configs.recommended as Linter.Config], false)).cpu);
        ruleTimes.push((await lint([plugin.configs.recommended as Linter.Config], true)).rules);
      }
      const rules = median(ruleTimes);
      rows.push(
        `| ${kind} | ${CONFIG_FILES} | ${lines} | ${(bytes / 1024).toFixed(0)} KiB | ${(median(alone) / 1000).toFixed(2)} | ${(median(withPlugin) / 1000).toFixed(2)} | ${rules.toFixed(0)} | ${(lines / rules).toFixed(0)} |`,
      );
      process.stderr.write(`config suite | ${kind}: rules ${rules.toFixed(0)} ms\n`);
    }
    return [
      `**Configuration files (YAML, TOML, .env)**: ${CONFIG_FILES} generated files per language (bench/corpus.ts: CI workflow env blocks, \`wrangler.toml\` vars, \`.env\` files), 40 entries each, none wrong; median of ${RUNS} runs. Lint CPU with the language alone and with twilio-sid recommended; the rules' own time from ESLint's \`stats\`.`,
      ``,
      `| language | files | lines | size | CPU s, language alone | CPU s, + twilio-sid | twilio-sid rules ms | lines per rule ms |`,
      `|---|---|---|---|---|---|---|---|`,
      ...rows,
    ].join("\n");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const jsSuite: Suite = {
  name: "twilio lib (JavaScript)",
  cwd: TWILIO_LIB,
  patterns: ["**/*.js"],
  base: [{ files: ["**/*.js"], ...js.configs.recommended }],
};

interface TypedRun {
  files: number;
  /** ESLint's time for the whole lint, parsing (and so building the program) included, in ms. */
  total: number;
  rules: Record<string, number>;
  reports: string[];
}

/** One lint of the typed corpus in a fresh process, as a CLI run pays for it: the program is built once, in it. */
function lintTyped(types: boolean): TypedRun {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "bench/lint-typed.ts"), TYPED_CORPUS, ...(types ? [] : ["--no-types"])],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output.toString()) as TypedRun;
}

const ours = (run: TypedRun) => Object.entries(run.rules).filter(([id]) => id.startsWith("twilio-sid/"));
const oursTotal = (run: TypedRun) => ours(run).reduce((sum, [, ms]) => sum + ms, 0);

/**
 * The plugin's share of a typed lint (typescript-eslint `recommendedTypeChecked`) of a code base dense with client
 * calls, by ESLint's per-rule timings, over `RUNS` fresh processes; and what the types add to the plugin's reports.
 */
async function typedSection(): Promise<string> {
  const heading = "## Typed lint: the plugin's share of a `recommendedTypeChecked` run";
  if (!existsSync(join(TYPED_CORPUS, "tsconfig.json"))) {
    return `${heading}\n\nSkipped: \`bench/apps/ts\` (a TypeScript code base with its tsconfig) is absent.`;
  }
  const runs: TypedRun[] = [];
  for (let round = 0; round < RUNS; round++) {
    const run = lintTyped(true);
    runs.push(run);
    process.stderr.write(`typed lint | round ${round + 1}: ${oursTotal(run).toFixed(0)} ms of ${run.total.toFixed(0)} ms\n`);
  }
  const untyped = lintTyped(false);
  const percent = (run: TypedRun) => (100 * oursTotal(run)) / run.total;
  const rows = runs.map(
    (run, index) =>
      `| ${index + 1} | ${(run.total / 1000).toFixed(2)} | ${ours(run).map(([, ms]) => ms.toFixed(0)).join(" / ")} | ${oursTotal(run).toFixed(0)} | ${percent(run).toFixed(2)}% |`,
  );
  const names = ours(runs[0]!).map(([id]) => `\`${id.slice("twilio-sid/".length)}\``);
  const typedOnly = runs[0]!.reports.filter((report) => !untyped.reports.includes(report));
  return [
    heading,
    ``,
    await machine(),
    ``,
    `\`bench/apps/ts\` (${runs[0]!.files} files), linted with \`@eslint/js\` recommended, typescript-eslint's`,
    `\`recommendedTypeChecked\` on the project service (the corpus's own tsconfig) and twilio-sid \`recommended\`, each run`,
    `in a fresh process as a CLI run is (\`bench/lint-typed.ts\`). Share: the plugin's rules' time over ESLint's time for`,
    `the whole lint, parsing and building the program included (ESLint \`stats\`). Target: at most 2%.`,
    ``,
    `| run | lint s | ${names.join(" / ")} ms | twilio-sid ms | share |`,
    `|---|---|---|---|---|`,
    ...rows,
    ``,
    `Median share: **${median(runs.map(percent)).toFixed(2)}%**. The same files without types (\`@eslint/js\` and`,
    `twilio-sid, no program): twilio-sid ${oursTotal(untyped).toFixed(0)} ms of ${untyped.total.toFixed(0)} ms. Reports: ${runs[0]!.reports.length} with`,
    `types, ${untyped.reports.length} without; only with types:`,
    ``,
    ...typedOnly.map((report) => `- \`${report}\``),
  ].join("\n");
}

const sections: string[] = [];
if (ONLY.has("lint-js")) sections.push(lintTable(await measure(jsSuite)), await ruleShare(jsSuite));
if (ONLY.has("lint-ts")) {
  const appDir = await mkdtemp(join(tmpdir(), "twilio-sid-bench-"));
  try {
    // One tree under one cwd: ESLint lints nothing outside its cwd.
    await cp(join(TWILIO_LIB, TWILIO_TYPES), join(appDir, "twilio"), {
      recursive: true,
      filter: (path) => !path.endsWith(".js"),
    });
    await mkdir(join(appDir, "app"));
    for (let index = 0; index < APP_FILES; index++) await writeFile(join(appDir, "app", `handler-${index}.ts`), appFile(index));
    const tsSuite: Suite = {
      name: `TypeScript: twilio lib/${TWILIO_TYPES} declarations + ${APP_FILES} generated app files (bench/corpus.ts)`,
      cwd: appDir,
      patterns: ["**/*.ts"],
      base: [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tsParser },
          ...js.configs.recommended,
        },
        // Type-only code: these core rules cannot read TypeScript's scopes and are off in typescript-eslint's setups.
        { files: ["**/*.ts"], rules: { "no-unused-vars": "off", "no-undef": "off", "no-redeclare": "off" } },
      ],
    };
    sections.push(lintTable(await measure(tsSuite)), await ruleShare(tsSuite));
  } finally {
    await rm(appDir, { recursive: true, force: true });
  }
}
if (ONLY.has("lint-apps")) {
  // The app corpus (bench/apps): TypeScript and JavaScript apps dense with SIDs, webhook parameters and client calls.
  const appsSuite: Suite = {
    name: "app corpus (bench/apps: Express, Functions, Flex, Next.js in TypeScript and JavaScript)",
    cwd: APPS,
    patterns: ["ts/**/*.{ts,tsx}", "js/**/*.{js,mjs,cjs}"],
    base: [
      { files: ["**/*.{ts,tsx,js,mjs,cjs}"], ...js.configs.recommended },
      { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ["**/*.{ts,tsx}"], rules: { "no-unused-vars": "off", "no-undef": "off", "no-redeclare": "off" } },
      { files: ["js/**/*.js"], ignores: ["js/express-esm-ivr/**"], languageOptions: { sourceType: "commonjs" } },
    ],
  };
  sections.push(lintTable(await measure(appsSuite)), await ruleShare(appsSuite));
}
if (ONLY.has("lint-config")) sections.push(await configLanguagesBench());
if (ONLY.has("classifier")) sections.push(await classifierBench());
if (ONLY.has("load")) sections.push(await loadTable());

if (sections.length > 0) {
  const report = [
    `## Lint overhead and classifier throughput`,
    ``,
    await machine(),
    ``,
    `Each lint run is a fresh \`ESLint\` instance (Node API, one process) over the whole corpus; one warm-up round,`,
    `then ${RUNS} rounds in which the configs alternate in a rotating order. Ratio: median over the median of`,
    `\`@eslint/js\` recommended alone. Target: twilio-sid recommended adds at most 2% (ratio <= 1.020). The CPU time`,
    `of the process is the figure to read: on a shared machine wall time swings with other processes' load.`,
    `The plugin is loaded from \`src/\` through tsx (the sources of \`dist/\`, compiled by esbuild, which wraps nested functions in \`__name\`).`,
    ``,
    sections.join("\n\n"),
  ].join("\n");
  process.stdout.write(`${report}\n`);
  if (!args["no-write"]) await record(LINT_MARKERS, report);
}
if (ONLY.has("oxlint")) {
  const report = await oxlintReport();
  process.stdout.write(`${report}\n`);
  if (!args["no-write"]) await record(OXLINT_MARKERS, report);
}
if (ONLY.has("lint-typed")) {
  const report = await typedSection();
  process.stdout.write(`${report}\n`);
  if (!args["no-write"]) await record(TYPED_MARKERS, report);
}
