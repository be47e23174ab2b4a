// `npm run bench [-- --runs 7] [-- --only lint-js,lint-ts,lint-typed,classifier,load] [-- --no-write]`
// Lint overhead on real code, classifier throughput and plugin load time; results go to docs/benchmarks.md between
// the lint markers, the typed lint's between its own.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import js from "@eslint/js";
import { ESLint, type Linter } from "eslint";
import noSecrets from "eslint-plugin-no-secrets";
import tsParser from "@typescript-eslint/parser";
import { Bench } from "tinybench";
import plugin from "../src/index.js";
import { classifySid, findEmbeddedSids } from "../src/classify.js";
import { sidName } from "../src/names.js";
import { appFile } from "./corpus.js";

const ROOT = resolve(import.meta.dirname, "..");
const TWILIO_LIB = join(ROOT, "node_modules/twilio/lib");
const DOC = join(ROOT, "docs/benchmarks.md");
const START = "<!-- lint:start -->";
const END = "<!-- lint:end -->";
const NOTES = "<!-- lint:notes -->";
/** Where the typed run's section goes, outside the lint block. */
const TYPED_MARKERS = { start: "<!-- typed-lint:start -->", end: "<!-- typed-lint:end -->", notes: "<!-- typed-lint:notes -->" };
/** A TypeScript code base dense with client calls, with its own tsconfig: twilio resolves from the root. */
const TYPED_CORPUS = join(ROOT, "bench/apps/ts");
const APP_FILES = 200;
/** The REST API declarations: 80 files, 28k lines of real TypeScript (all 758 take minutes a run). */
const TWILIO_TYPES = "rest/api";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    only: { type: "string", default: "lint-js,lint-ts,lint-typed,classifier,load" },
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

async function machine(command = `npm run bench -- --runs ${RUNS}`): Promise<string> {
  const cpu = cpus();
  const eslintVersion = ESLint.version;
  const ts = JSON.parse(await readFile(join(ROOT, "node_modules/typescript/package.json"), "utf8")) as { version: string };
  const parser = JSON.parse(await readFile(join(ROOT, "node_modules/@typescript-eslint/parser/package.json"), "utf8")) as { version: string };
  const twilio = JSON.parse(await readFile(join(ROOT, "node_modules/twilio/package.json"), "utf8")) as { version: string };
  return [
    `- Machine: ${cpu.length} cores (\`nproc\`), ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `- Node ${process.version}, ESLint ${eslintVersion}, TypeScript ${ts.version}, @typescript-eslint/parser ${parser.version}, twilio ${twilio.version}`,
    `- Command: \`${command}\` (${new Date().toISOString().slice(0, 10)})`,
  ].join("\n");
}

/**
 * Replaces the measured part of a section of the document: from its start marker to its notes marker (hand-written
 * analysis after it stays) or to its end marker. Appends the section if the document lacks it.
 */
async function record(section: string, markers = { start: START, end: END, notes: NOTES }): Promise<void> {
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

const jsSuite: Suite = {
  name: "twilio lib (JavaScript)",
  cwd: TWILIO_LIB,
  patterns: ["**/*.js"],
  base: [{ files: ["**/*.js"], ...js.configs.recommended }],
};

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
if (ONLY.has("classifier")) sections.push(await classifierBench());
if (ONLY.has("load")) sections.push(await loadTable());

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
    await machine(`npm run bench -- --only lint-typed --runs ${RUNS}`),
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

const typed = ONLY.has("lint-typed") ? await typedSection() : undefined;

const report = [
  `## Lint overhead and classifier throughput`,
  ``,
  await machine(),
  ``,
  `Each lint run is a fresh \`ESLint\` instance (Node API, one process) over the whole corpus; one warm-up round,`,
  `then ${RUNS} rounds in which the configs alternate in a rotating order. Ratio: median over the median of`,
  `\`@eslint/js\` recommended alone. Target: twilio-sid recommended adds at most 2% (ratio <= 1.020). The CPU time`,
  `of the process is the figure to read: on a shared machine wall time swings with other processes' load.`,
  `The plugin is loaded from \`src/\` through tsx (the same code as \`dist/\`).`,
  ``,
  sections.join("\n\n"),
].join("\n");
if (sections.length > 0) process.stdout.write(`${report}\n`);
if (typed !== undefined) process.stdout.write(`\n${typed}\n`);
if (!args["no-write"]) {
  if (sections.length > 0) await record(report);
  if (typed !== undefined) await record(typed, TYPED_MARKERS);
}
