// What the type-level half costs the compiler, in two parts, each a Markdown table for docs/benchmarks.md:
// - `sid`: 2,000 distinct `sid("...")` calls against the same values annotated `string`, against an imported identity
//   function (what any generic call costs) and against a bare check (the least any compile-time check of the shape
//   does), in two layouts.
// - `facade`: an app file of 200 Twilio client calls through `typedClient` against the same file on the plain client
//   (twilio's declarations load in both, so the difference is the typed client's); wall time and the compiler's own
//   "Check time".
// `tsc -p` (noEmit) on TypeScript 6.0 and 7.0, median wall time of RUNS runs each, interleaved. The ratio is of the
// medians; `paired` is the median of the per-round ratios, which a slow spell of the machine shifts less. Uses the
// built package as a user's project would, so `npm run build` first. Not a test.
//
//   npm run bench:types            RUNS=21 COUNT=4000 npm run bench:types            PARTS=facade npm run bench:types
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PREFIXES } from "../src/registry.generated.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 11);
const COUNT = Number(process.env.COUNT ?? 2000);
const PARTS = new Set((process.env.PARTS ?? "sid,facade").split(","));
const COMPILERS = [
  { name: "TypeScript 6.0", bin: "node_modules/typescript/bin/tsc", version: "typescript/package.json" },
  { name: "TypeScript 7.0", bin: "node_modules/typescript-7/bin/tsc", version: "typescript-7/package.json" },
];

if (!existsSync(join(ROOT, "dist/src/sid.d.ts")) || !existsSync(join(ROOT, "dist/src/twilio.d.ts"))) {
  console.error("bench:types: dist/src is missing; run `npm run build` first.");
  process.exit(1);
}

/** Distinct well-formed SIDs cycling through every prefix, from a fixed pseudo-random sequence. */
function literals(count: number): string[] {
  const prefixes = [...PREFIXES.keys()];
  let state = 0x5eed;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
  // The top four bits: the low bits of this generator repeat every 16 steps, which made every body the same.
  const values = Array.from({ length: count }, (_, index) => {
    const body = Array.from({ length: 32 }, () => "0123456789abcdef"[next() >>> 28]).join("");
    return `${prefixes[index % prefixes.length]}${body}`;
  });
  // The compiler caches a type per literal, so repeated values would measure the cache instead of the check.
  if (new Set(values).size !== count) throw new Error("bench:types: the generated literals are not distinct.");
  return values;
}

const work = mkdtempSync(join(tmpdir(), "sid-bench-"));
symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"));

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Run {
  /** Seconds of wall time of the whole `tsc -p`. */
  wall: number;
  /** Seconds of processor time of the compiler's processes (NaN where `/proc` cannot tell). */
  cpu: number;
  /** The compiler's own "Check time", seconds. */
  check: number;
  /** The compiler's count of type instantiations, the same on every run. */
  instantiations: number;
}

/**
 * Processor seconds of this process's finished children, from `/proc/self/stat` (Linux): on a machine other work
 * shares, wall time swings with the load and processor time much less.
 */
function childCpuSeconds(): number {
  if (!existsSync("/proc/self/stat")) return Number.NaN;
  // cutime and cstime, the 16th and 17th fields, in clock ticks; counted after the command's closing parenthesis, since
  // the command may hold spaces.
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}
const CLOCK_TICKS = existsSync("/proc/self/stat") ? Number(execFileSync("getconf", ["CLK_TCK"]).toString()) : 100;

/** One `tsc -p --extendedDiagnostics`; a compile error is a broken benchmark, so it throws. */
function time(bin: string, project: string): Run {
  const [started, cpuBefore] = [performance.now(), childCpuSeconds()];
  const output = execFileSync(process.execPath, [join(ROOT, bin), "-p", project, "--extendedDiagnostics"], { cwd: work, stdio: "pipe" }).toString();
  const wall = (performance.now() - started) / 1000;
  const read = (label: string) => {
    const value = Number(new RegExp(`^${label}:\\s+([\\d.]+)s?$`, "m").exec(output)?.[1]);
    if (Number.isNaN(value)) throw new Error(`bench:types: no ${label} in the output of ${bin}:\n${output}`);
    return value;
  };
  return { wall, cpu: childCpuSeconds() - cpuBefore, check: read("Check time"), instantiations: read("Instantiations") };
}

/** The compiler's exact version, for the tables. */
async function versionOf(version: string): Promise<string> {
  return (await import(join(ROOT, "node_modules", version), { with: { type: "json" } })).default.version;
}

/**
 * Runs each project of `keys` RUNS times per compiler, interleaved in a rotating order so that a burst of load
 * elsewhere on the machine hits every variant alike.
 */
function measure(bin: string, keys: readonly string[]): Map<string, Run[]> {
  const times = new Map<string, Run[]>();
  for (let run = 0; run < RUNS; run++) {
    for (let index = 0; index < keys.length; index++) {
      const key = keys[(index + run) % keys.length]!;
      times.set(key, [...(times.get(key) ?? []), time(bin, join(work, `${key}.json`))]);
    }
  }
  return times;
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
}


const compilerOptions = {
  target: "ES2023",
  lib: ["ES2023"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** Writes `<name>.ts` and its project `<name>.json` into the work directory. */
function writeProject(name: string, lines: readonly string[]): void {
  writeFileSync(join(work, `${name}.ts`), [...lines, ""].join("\n"));
  writeFileSync(join(work, `${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
}

/** The `sid()` table. */
async function benchSid(): Promise<void> {
  const sidModule = JSON.stringify(join(ROOT, "dist/src/sid.js"));
  const values = literals(COUNT).map((value) => JSON.stringify(value));
  // Two layouts. In `constants`, 2,000 top-level statements each call an imported function, and the compiler walks
  // back over the statements before each call (control-flow analysis of the imported name), whatever the function;
  // in `object`, one object literal holds the 2,000 calls, so that walk stays short and the types' own cost shows.
  const imports = {
    string: "",
    identity: 'import { same } from "./same.js";',
    bare: 'import { bare } from "./bare.js";',
    sid: `import { sid } from ${sidModule};`,
  };
  const call = {
    string: (value: string) => value,
    identity: (value: string) => `same(${value})`,
    bare: (value: string) => `bare(${value})`,
    sid: (value: string) => `sid(${value})`,
  };
  type Variant = keyof typeof imports;
  const VARIANTS = Object.keys(imports) as Variant[];
  const LAYOUTS = {
    constants: (variant: Variant) =>
      values.map((value, index) => `export const id${index}${variant === "string" ? ": string" : ""} = ${call[variant](value)};`),
    object: (variant: Variant) => [
      `export const ids${variant === "string" ? ": Record<string, string>" : ""} = {`,
      ...values.map((value, index) => `  id${index}: ${call[variant](value)},`),
      "};",
    ],
  };
  type Layout = keyof typeof LAYOUTS;

  writeFileSync(join(work, "same.d.ts"), "export declare function same<S extends string>(value: S): S;\n");
  // The least a compile-time check of the shape does, for reference: the same steps as `sid()` (split off two
  // characters, cut 32 more, test them as hex, look the prefix up) and the same wrapper, without messages. Its own
  // copy of the prefixes, so it loads no more declarations than it needs.
  const run32 = "${string}".repeat(32);
  writeFileSync(
    join(work, "bare.d.ts"),
    `type Prefix = ${[...PREFIXES.keys()].map((prefix) => JSON.stringify(prefix)).join(" | ")};\n` +
      "type Valid<S extends string> = S extends `${infer A}${infer B}${infer Body}`\n" +
      `  ? Body extends \`${run32}\${infer Rest}\`\n` +
      "    ? `0x${Body}0` extends `${number}` ? (`${A}${B}${Rest}` extends Prefix ? `${A}${B}${Rest}` : never) : never\n" +
      "    : never\n" +
      "  : never;\n" +
      "export declare function bare<S extends string>(value: S extends unknown ? (Valid<S> extends never ? never : S) : never): S;\n",
  );
  for (const [layout, lines] of Object.entries(LAYOUTS)) {
    for (const variant of VARIANTS) writeProject(`${layout}-${variant}`, [imports[variant], ...lines(variant)]);
  }

  const startLoad = loadavg()[0]!;
  const rows: string[] = [];
  for (const { name, bin, version } of COMPILERS) {
    const keys = Object.keys(LAYOUTS).flatMap((layout) => VARIANTS.map((variant) => `${layout}-${variant}`));
    const times = measure(bin, keys);
    for (const layout of Object.keys(LAYOUTS) as Layout[]) {
      const runs = (variant: Variant) => times.get(`${layout}-${variant}`)!.map(({ wall }) => wall);
      const [plain, identity, bare, checked] = VARIANTS.map((variant) => median(runs(variant))) as [number, number, number, number];
      const paired = median(runs("sid").map((seconds, run) => seconds / runs("string")[run]!));
      rows.push(
        `| ${name} (${await versionOf(version)}) | ${layout} | ${plain.toFixed(2)} s | ${identity.toFixed(2)} s | ${bare.toFixed(2)} s | ` +
          `${checked.toFixed(2)} s | ${(checked / plain).toFixed(2)}x (paired ${paired.toFixed(2)}x) | ` +
          `${(bare / plain).toFixed(2)}x | ${(checked / identity).toFixed(2)}x |`,
      );
      console.error(rows.at(-1));
    }
  }
  console.log(
    `${COUNT} distinct literals, median of ${RUNS} runs, ${machine()}, ` +
      `load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end\n`,
  );
  console.log(
    "| Compiler | Layout | `string` | identity function | bare check | `sid()` | `sid()` / `string` | bare check / `string` | `sid()` / identity |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
}

/**
 * Client calls an app makes, cycled to 200: every kind of position (root shortcut, versioned path, account-scoped,
 * nested, unique-name), results flowing into calls, and options with SIDs. `ids` holds SIDs typed with the aliases
 * of `/sid`, which the plain client takes as strings, so the two files differ only in `typedClient`.
 */
const CLIENT_CALLS = [
  "await client.calls(ids.call).fetch()",
  'await client.calls(ids.call).update({ status: "completed" })',
  'await client.calls.create({ to: "+15005550006", from: "+15005550001", url: "https://example.com/twiml" })',
  "(await client.calls.list({ limit: 20 })).map((call) => call.sid)",
  "await client.messages(ids.message).fetch()",
  'await client.messages.create({ to: "+15005550006", body: "hi", messagingServiceSid: ids.messagingService })',
  "(await client.messages.list({ limit: 20 })).length",
  "await client.conferences(ids.conference).participants(ids.call).update({ muted: true })",
  "await client.conferences(ids.conference).fetch()",
  "await client.calls(ids.call).recordings(ids.recording).fetch()",
  "await client.recordings(ids.recording).remove()",
  "await client.queues(ids.queue).members(ids.call).fetch()",
  'await client.incomingPhoneNumbers(ids.phoneNumber).update({ voiceUrl: "https://example.com" })',
  "await client.api.v2010.accounts(ids.account).calls(ids.call).fetch()",
  "await client.sync.v1.services(ids.syncService).documents(ids.syncDocument).fetch()",
  'await client.sync.v1.services(ids.syncService).syncMaps(ids.syncMap).syncMapItems("key").fetch()',
  'await client.taskrouter.v1.workspaces(ids.workspace).tasks(ids.task).update({ assignmentStatus: "completed" })',
  "await client.taskrouter.v1.workspaces(ids.workspace).workers(ids.worker).fetch()",
  'await client.verify.v2.services(ids.verifyService).verifications.create({ to: "+15005550006", channel: "sms" })',
  "await client.video.v1.rooms(ids.room).participants(ids.participant).fetch()",
  'await client.conversations.v1.conversations(ids.conversation).messages.create({ body: "hi" })',
  "await client.messaging.v1.services(ids.messagingService).phoneNumbers.create({ phoneNumberSid: ids.phoneNumber })",
  "await client.serverless.v1.services(ids.serverlessService).environments(ids.environment).fetch()",
  'await client.studio.v2.flows(ids.flow).executions.create({ to: "+15005550006", from: "+15005550001" })',
  "await client.chat.v2.services(ids.chatService).channels(ids.chatChannel).messages.list()",
];
const CLIENT_IDS = {
  call: "CallSid",
  message: "MessageSid",
  messagingService: "MessagingServiceSid",
  conference: "ConferenceSid",
  recording: "RecordingSid",
  queue: "QueueSid",
  phoneNumber: "PhoneNumberSid",
  account: "AccountSid",
  syncService: "SyncServiceSid",
  syncDocument: "SyncDocumentSid",
  syncMap: "SyncMapSid",
  workspace: "WorkspaceSid",
  task: "TaskSid",
  worker: "WorkerSid",
  verifyService: "VerifyServiceSid",
  room: "RoomSid",
  participant: "RoomParticipantSid",
  conversation: "ConversationSid",
  serverlessService: "ServerlessServiceSid",
  environment: "EnvironmentSid",
  flow: "FlowSid",
  chatService: "ChatServiceSid",
  chatChannel: "ChatChannelSid",
};
const CALL_COUNT = 200;

/** The typed client's table: the same app file on the plain client and through `typedClient`. */
async function benchFacade(): Promise<void> {
  const app = (typed: boolean) => [
    'import twilio from "twilio";',
    typed ? `import { typedClient } from ${JSON.stringify(join(ROOT, "dist/src/twilio.js"))};` : "",
    `import type { ${[...new Set(Object.values(CLIENT_IDS))].join(", ")} } from ${JSON.stringify(join(ROOT, "dist/src/sid.js"))};`,
    `interface Ids { ${Object.entries(CLIENT_IDS).map(([key, type]) => `${key}: ${type};`).join(" ")} }`,
    "declare const accountSid: string, authToken: string;",
    `const client = ${typed ? "typedClient(twilio(accountSid, authToken))" : "twilio(accountSid, authToken)"};`,
    ...Array.from({ length: CALL_COUNT }, (_, index) => `export async function step${index}(ids: Ids) { return ${CLIENT_CALLS[index % CLIENT_CALLS.length]}; }`),
  ];
  writeProject("client-plain", app(false));
  writeProject("client-typed", app(true));

  const startLoad = loadavg()[0]!;
  const rows: string[] = [];
  for (const { name, bin, version } of COMPILERS) {
    const times = measure(bin, ["client-plain", "client-typed"]);
    const [plain, typed] = [times.get("client-plain")!, times.get("client-typed")!];
    const cell = (key: "wall" | "cpu" | "check") => {
      const [before, after] = [median(plain.map((run) => run[key])), median(typed.map((run) => run[key]))];
      const paired = median(typed.map((run, index) => run[key] / plain[index]![key]));
      return `${before.toFixed(2)} s | ${after.toFixed(2)} s | ${(after / before).toFixed(2)}x (paired ${paired.toFixed(2)}x)`;
    };
    rows.push(
      `| ${name} (${await versionOf(version)}) | ${cell("wall")} | ${cell("cpu")} | ${cell("check")} | ` +
        `${plain[0]!.instantiations} / ${typed[0]!.instantiations} |`,
    );
    console.error(rows.at(-1));
  }
  console.log(
    `\n${CALL_COUNT} client calls (${CLIENT_CALLS.length} distinct), median of ${RUNS} runs, ${machine()}, ` +
      `load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end\n`,
  );
  console.log(
    "| Compiler | `tsc -p`, plain | `tsc -p`, typed | ratio | processor, plain | processor, typed | ratio | " +
      "check time, plain | check time, typed | ratio | instantiations, plain / typed |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
}

if (PARTS.has("sid")) await benchSid();
if (PARTS.has("facade")) await benchFacade();
rmSync(work, { recursive: true });
