// Bad `.env` input: binary content, huge values, huge files, unterminated quotes, only comments. Each lints with
// no crash through the dotenv language, and in time linear in its size.
import type { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DotenvRuleDefinition } from "../../src/dotenv-language.js";
import type { DotenvNode } from "../../src/dotenv-parser.js";
import { expectSaneReports, LINTERS, plugin } from "./harness.js";

const SID = "AC0123456789abcdef0123456789abcdef";
const MEGABYTE = 1 << 20;
const LINES = 100_000;

/** Counts of what the last lint visited. */
const visited = { nodes: 0, variables: 0, comments: 0 };

/** Visits every node, maps every whole value back to the source and reads every comment, reporting nothing. */
const everything: DotenvRuleDefinition = {
  create(context) {
    const { sourceCode } = context;
    return {
      "*"(node: DotenvNode) {
        visited.nodes++;
        sourceCode.getLoc(node);
      },
      Variable() {
        visited.variables++;
      },
      Value(node) {
        sourceCode.getValueRange(node);
      },
      "Dotenv:exit"() {
        visited.comments = sourceCode.getAllComments().length;
      },
    };
  },
};

/** The dotenv language with the test rule and every rule of the plugin, on the files users give it. */
const CONFIG: Linter.Config[] = [
  {
    files: ["**/.env", "**/.env.*", "**/*.env"],
    plugins: { "twilio-sid": plugin, probe: { rules: { everything } } },
    language: "twilio-sid/dotenv",
    rules: { "probe/everything": "error" },
  },
  plugin.configs.all as Linter.Config,
];

/** Lints `text` as `.env` and checks nothing failed. */
function lintEnv(text: string, linter: Linter = LINTERS[0][1]): Linter.LintMessage[] {
  visited.nodes = visited.variables = visited.comments = 0;
  const messages = linter.verify(text, CONFIG, { filename: ".env" });
  expectSaneReports(linter, messages);
  return messages;
}

/** Best of `runs` lint times, in CPU ms of this process (less swayed by the shared machine than wall time). */
function lintTime(text: string, runs = 2): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    lintEnv(text);
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

/** `count` lines made by `line`, LF-separated. */
function lines(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index)).join("\n");
}

/** Bytes from a fixed-seed generator, read as Latin-1: NUL, CR, quotes, `#` and `=` all occur. */
function binary(size: number): string {
  let seed = 0x2545f491;
  const codes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    codes[index] = seed & 0xff;
  }
  return Buffer.from(codes).toString("latin1");
}

// At scale 1, about a megabyte or 100,000 lines each: the shapes that would cost the parser (or dotenv's own
// regular expression) more than linear time if it rescanned: long quotes, escapes, unterminated quotes on every
// line, blank lines.
const SHAPES: Record<string, (scale: number) => string> = {
  "a 1 MB unquoted value": (scale) => `KEY=${"x".repeat(MEGABYTE * scale)}`,
  "a 1 MB single-quoted value": (scale) => `KEY='${"x ".repeat((MEGABYTE / 2) * scale)}'`,
  "a 1 MB double-quoted value of escapes": (scale) => `KEY="${"\\n".repeat((MEGABYTE / 2) * scale)}"`,
  "a 1 MB value of escaped quotes that never closes": (scale) => `KEY='${"\\'".repeat((MEGABYTE / 2) * scale)} x`,
  "a 1 MB value of CRLF lines in quotes": (scale) => `KEY="${`${SID}\r\n`.repeat((MEGABYTE / 36) * scale)}"`,
  "an unterminated quote before 1 MB of lines": (scale) => `KEY="\n${lines((MEGABYTE / 36) * scale, () => `A=${SID}`)}`,
  "100,000 lines of unterminated quotes": (scale) => lines(LINES * scale, (index) => `K${index % 10}='value`),
  "100,000 lines of escaped quotes": (scale) => lines(LINES * scale, () => `K='\\'abc`),
  "100,000 blank lines, then a value": (scale) => `${"  \n".repeat(LINES * scale)}KEY=\n${"\n".repeat(LINES * scale)}'${SID}'`,
  "100,000 lines of `export` alone": (scale) => lines(LINES * scale, () => "export  "),
  "a 1 MB key without `=`": (scale) => "K".repeat(MEGABYTE * scale),
  "1 MB of comments only": (scale) => lines((MEGABYTE / 40) * scale, (index) => `# ${index} ${SID}`),
  "1 MB of binary content": (scale) => binary(MEGABYTE * scale),
};

describe("bad .env input lints with no crash", () => {
  it("a 100,000-line file: every variable and comment visited", () => {
    lintEnv(lines(LINES, (index) => (index % 2 ? `K${index}="${SID}" # n` : `export K${index}='${SID}'`)));
    expect(visited).toEqual({ nodes: 1 + 3 * LINES, variables: LINES, comments: LINES / 2 });
  });

  it("only comments: no variable, every comment kept", () => {
    lintEnv("# one\n  # two\n#\n# KEY=value\n");
    expect(visited).toEqual({ nodes: 1, variables: 0, comments: 4 });
  });

  it("unterminated quotes: each read as the rest of its line, the next lines still read", () => {
    lintEnv(`A="${SID}\nB='${SID}\nC=\`${SID}\nD=${SID}`);
    expect(visited.variables).toBe(4);
  });

  // ESLint 10 lints each shape at full size below, timed.
  it.each(Object.entries(SHAPES))("%s, a tenth of it on ESLint 9", (_, shape) => {
    lintEnv(shape(0.1), LINTERS[1][1]);
  });

  it("arbitrary text and binary content, on ESLint 10 and 9", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.constantFrom(..."A=:'\"`\\#\r\n \u2028"), maxLength: 300 })),
        (text) => {
          for (const [, linter] of LINTERS) lintEnv(text, linter);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Linear work means each worst shape costs a small multiple of what an ordinary `.env` with as many characters and
// lines does; rescanning the rest of the file per line or per quote would be thousands of times off at these sizes
// (10^10 to 10^12 steps). The bound is loose: the machine is shared, and some shapes cost more per character by
// nature (a value of half a million `\n` escapes is mapped back to the source escape by escape).
const MAX_RATIO = 10;

/** Lines in the sense of the cost model: LF-separated. */
function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

describe("lint time stays linear in the size of a .env file", () => {
  /** CPU ms per character (from one long value) and per line (from many short variables) of ordinary files. */
  let cost: { character: number; line: number } | undefined;

  it.each(Object.entries(SHAPES))("%s costs about what an ordinary file of its size does", { timeout: 120_000 }, (_, shape) => {
    if (cost === undefined) {
      const longValue = `KEY=${SID.repeat(MEGABYTE / SID.length)}`;
      const shortLines = lines(LINES, (index) => `K${index}=v`);
      cost = { character: lintTime(longValue) / longValue.length, line: lintTime(shortLines) / LINES };
    }
    const text = shape(1);
    const ordinary = cost.character * text.length + cost.line * lineCount(text);
    expect(lintTime(text) / ordinary).toBeLessThan(MAX_RATIO);
  });
});
