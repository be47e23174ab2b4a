// `npm run hunt [-- --only markdown/gfm]`: the full crash hunt over every file of the project's node_modules that a
// language variant claims. Prints a table per variant and every crash; exits 1 if a rule threw. The last result is
// recorded in docs/benchmarks.md.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { collectFiles, huntFile, ROOT, VARIANTS } from "../test/reliability/hunt.js";

const { values } = parseArgs({ options: { only: { type: "string" } } });
const only = values.only?.split(",");

const HEADER = "| variant | files | not parsed by the language | plugin reports | files with a crash | time |";
const rows: string[] = [];
let crashed = 0;
for (const variant of VARIANTS.filter(({ name }) => !only || only.includes(name))) {
  const files = collectFiles(join(ROOT, "node_modules"), variant.extensions);
  let parseErrors = 0;
  let reports = 0;
  let crashes = 0;
  const started = performance.now();
  for (const [index, file] of files.entries()) {
    const outcome = huntFile(file, variant);
    if (outcome.parseError) parseErrors++;
    reports += outcome.reports;
    if (outcome.crashes.length > 0) {
      crashes++;
      console.log(`CRASH ${variant.name} ${file}\n  ${outcome.crashes.join("\n  ")}`);
    }
    if (index % 1000 === 999) process.stderr.write(`${variant.name}: ${index + 1} of ${files.length}\n`);
  }
  crashed += crashes;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  rows.push(`| ${variant.name} | ${files.length} | ${parseErrors} | ${reports} | ${crashes} | ${seconds} s |`);
  // A full run takes hours on two cores: each variant's row is out as soon as it is done.
  process.stderr.write(`${rows.at(-1)}\n`);
}
console.log([HEADER, "|---|---|---|---|---|---|", ...rows].join("\n"));
process.exitCode = crashed === 0 ? 0 : 1;
