// What the type-level checker costs the compiler: 2,000 distinct `sid("...")` calls against the same values annotated
// `string`, against an imported identity function (what any generic call costs) and against a bare check (the least
// any compile-time check of the shape does), in two layouts; `tsc -p` (noEmit) on TypeScript 6.0 and 7.0, median wall
// time of RUNS runs each, interleaved. The ratio is of the medians; `paired` is the median of the per-round ratios,
// which a slow spell of the machine shifts less. Uses the built package as a user's project would, so `npm run build`
// first. Not a test: prints a Markdown table for docs/benchmarks.md.
//
//   npm run bench:types            RUNS=21 COUNT=4000 npm run bench:types
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PREFIXES } from "../src/registry.generated.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 11);
const COUNT = Number(process.env.COUNT ?? 2000);
const COMPILERS = [
  { name: "TypeScript 6.0", bin: "node_modules/typescript/bin/tsc", version: "typescript/package.json" },
  { name: "TypeScript 7.0", bin: "node_modules/typescript-7/bin/tsc", version: "typescript-7/package.json" },
];

if (!existsSync(join(ROOT, "dist/src/sid.d.ts"))) {
  console.error("bench:types: dist/src/sid.d.ts is missing; run `npm run build` first.");
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
const sidModule = JSON.stringify(join(ROOT, "dist/src/sid.js"));
const values = literals(COUNT).map((value) => JSON.stringify(value));
// Two layouts. In `constants`, 2,000 top-level statements each call an imported function, and the compiler walks
// back over the statements before each call (control-flow analysis of the imported name), whatever the function; in
// `object`, one object literal holds the 2,000 calls, so that walk stays short and the types' own cost shows.
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
// characters, cut 32 more, test them as hex, look the prefix up) and the same wrapper, without messages. Its own copy
// of the prefixes, so it loads no more declarations than it needs.
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
for (const [layout, lines] of Object.entries(LAYOUTS)) {
  for (const variant of VARIANTS) {
    const name = `${layout}-${variant}`;
    writeFileSync(join(work, `${name}.ts`), [imports[variant], ...lines(variant), ""].join("\n"));
    writeFileSync(join(work, `${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
  }
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Seconds of one `tsc -p`; a compile error is a broken benchmark, so it throws. */
function time(bin: string, project: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [join(ROOT, bin), "-p", project], { cwd: work, stdio: "pipe" });
  return (performance.now() - started) / 1000;
}

const startLoad = loadavg()[0]!;
const rows: string[] = [];
for (const { name, bin, version } of COMPILERS) {
  const exact = (await import(join(ROOT, "node_modules", version), { with: { type: "json" } })).default.version;
  const times = new Map<string, number[]>();
  // Interleaved in a rotating order, so a burst of load elsewhere on the machine hits every variant alike.
  const keys = Object.keys(LAYOUTS).flatMap((layout) => VARIANTS.map((variant) => `${layout}-${variant}`));
  for (let run = 0; run < RUNS; run++) {
    for (let index = 0; index < keys.length; index++) {
      const key = keys[(index + run) % keys.length]!;
      times.set(key, [...(times.get(key) ?? []), time(bin, join(work, `${key}.json`))]);
    }
  }
  for (const layout of Object.keys(LAYOUTS) as Layout[]) {
    const runs = (variant: Variant) => times.get(`${layout}-${variant}`)!;
    const [plain, identity, bare, checked] = VARIANTS.map((variant) => median(runs(variant))) as [number, number, number, number];
    const paired = median(runs("sid").map((seconds, run) => seconds / runs("string")[run]!));
    rows.push(
      `| ${name} (${exact}) | ${layout} | ${plain.toFixed(2)} s | ${identity.toFixed(2)} s | ${bare.toFixed(2)} s | ` +
        `${checked.toFixed(2)} s | ${(checked / plain).toFixed(2)}x (paired ${paired.toFixed(2)}x) | ` +
        `${(bare / plain).toFixed(2)}x | ${(checked / identity).toFixed(2)}x |`,
    );
    console.error(rows.at(-1));
  }
}
rmSync(work, { recursive: true });

console.log(
  `${COUNT} distinct literals, median of ${RUNS} runs, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ` +
    `load average ${startLoad.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end\n`,
);
console.log(
  "| Compiler | Layout | `string` | identity function | bare check | `sid()` | `sid()` / `string` | bare check / `string` | `sid()` / identity |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
