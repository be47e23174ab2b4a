import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { AST_NODE_TYPES, parse, simpleTraverse } from "@typescript-eslint/typescript-estree";
import { describe, expect, it } from "vitest";
import { classifySid, findEmbeddedSids } from "../../src/classify.js";
import { nameWords, sidName } from "../../src/names.js";

const ROOT = join(import.meta.dirname, "../..");

/** Every TypeScript source that ships: what runs inside users' lint runs. */
function shippedSources(): string[] {
  return ["src", "rules"].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
      .map((file) => join(ROOT, dir, file)),
  );
}

interface Found {
  where: string;
  regex?: RegExp;
  /** The file of a `new RegExp(...)` built from code. */
  dynamic?: string;
}

/** Regex literals, and regexes built at run time, in one file. */
function regexesIn(file: string): Found[] {
  const code = readFileSync(file, "utf8");
  const found: Found[] = [];
  simpleTraverse(parse(code, { loc: true, range: true }), {
    enter(node) {
      if (node.type === AST_NODE_TYPES.Literal && "regex" in node && node.regex) {
        const where = `${relative(ROOT, file)}:${node.loc.start.line}`;
        found.push({ where, regex: new RegExp(node.regex.pattern, node.regex.flags) });
      } else if (
        (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === "RegExp"
      ) {
        found.push({ where: relative(ROOT, file), dynamic: relative(ROOT, file) });
      }
    },
  });
  return found;
}

const FOUND = shippedSources().flatMap(regexesIn);
/**
 * Reviewed patterns that fail the generic checks but never see user input: they only read the registry's resource
 * names, constants of this package.
 */
const CONSTANT_INPUT_ONLY = new Map([
  [String.raw`\s*\(.*\)$`, "strips the parenthesized note from a registry resource name"],
  [String.raw`^[A-Za-z]+(?: [A-Za-z]+)*$`, "checks a registry resource name; a required space starts each repetition"],
]);

const LITERALS = FOUND.filter((found) => found.regex && !CONSTANT_INPUT_ONLY.has(found.regex.source)).map(
  ({ where, regex }) => [where, regex!] as const,
);

/** A quantifier that can repeat an unbounded number of times inside another: the shape of exponential backtracking. */
function nestedUnboundedQuantifier(regex: RegExp): string | undefined {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(regex.toString());
  let depth = 0;
  let nested: string | undefined;
  visitRegExpAST(ast, {
    onQuantifierEnter(node) {
      if (node.max !== Infinity) return;
      if (depth > 0) nested ??= node.raw;
      depth++;
    },
    onQuantifierLeave(node) {
      if (node.max === Infinity) depth--;
    },
  });
  return nested;
}

// Long runs of each character class the project's patterns use, each ending in a character that makes them fail.
const RUN = 20_000;
const ATTACKS = ["a", "A", "0", "x", "X", "_", " ", "s", "Aa", "aA", "A0", "0a", "AC", "-a", "List"].flatMap((unit) => {
  const run = unit.repeat(RUN / unit.length);
  return [run, `${run}!`, `!${run}`, `AC${run}!`, `${run}\n`];
});

/** CPU ms of this process that `run` takes: unlike wall time, other processes' load barely moves it. */
function cpuTime(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** Runs the regex over the input the way the project does (test, and global match-all), returning the ms taken. */
function timeRegex(regex: RegExp, input: string): number {
  return cpuTime(() => {
    if (regex.global) for (const _ of input.matchAll(regex));
    else regex.test(input);
  });
}

/** The slowest ms of `run` over the inputs. */
function slowest(inputs: readonly string[], run: (input: string) => unknown): number {
  return Math.max(...inputs.map((input) => cpuTime(() => run(input))));
}

// A linear pass over 20k characters takes well under a millisecond; quadratic backtracking takes seconds.
const BUDGET_MS = 100;

describe("no regular expression in the shipped code can backtrack catastrophically", () => {
  it("finds the project's regular expressions", () => {
    expect(LITERALS.length).toBeGreaterThan(0);
  });

  it.each(LITERALS)("%s has no unbounded quantifier inside another", (_, regex) => {
    expect(nestedUnboundedQuantifier(regex)).toBeUndefined();
  });

  it.each(LITERALS)("%s stays linear on long runs of its own characters", (_, regex) => {
    for (const input of ATTACKS) expect(timeRegex(regex, input), JSON.stringify(input.slice(0, 12))).toBeLessThan(BUDGET_MS);
  });

  it("has reviewed every regex built at run time", () => {
    const reviewed = [
      // `TOKEN`, built from constants; its worst inputs go through findEmbeddedSids below.
      "src/classify.ts",
      // `MAY_NAME_A_SID`: an alternation of fixed words from the registry, no quantifier.
      "src/names.ts",
      // Users' own option patterns (`ignore`, `allowPatterns`), compiled as given.
      "rules/sid-prefix-matches-name.ts",
      "rules/valid-sid.ts",
    ];
    const built = new Set(FOUND.flatMap((found) => (found.dynamic ? [found.dynamic] : [])));
    expect([...built].sort()).toEqual(reviewed.sort());
  });
});

describe("the classifier and name reader stay linear on their worst inputs", () => {
  const huge = ATTACKS.map((input) => input.repeat(20));

  it("classifySid", () => {
    expect(slowest(huge, classifySid)).toBeLessThan(BUDGET_MS * 5);
  });

  it("findEmbeddedSids", () => {
    const tokens = ["CA0123456789abcdef0123456789abcdeg/", "a".repeat(41) + "-", "_".repeat(26) + " "];
    const dense = tokens.map((token) => token.repeat(10_000));
    expect(slowest([...huge, ...dense], findEmbeddedSids)).toBeLessThan(BUDGET_MS * 20);
  });

  it("nameWords and sidName", () => {
    // A long name ending in `Sid` must not cost a stem lookup per word pair: a linear reader takes a millisecond.
    const long = 4_000;
    const names = ["A".repeat(RUN) + "a", "aA".repeat(RUN), "A_".repeat(RUN), `${"Call".repeat(long)}Sid`, `${"call_".repeat(long)}sids`];
    expect(slowest(names, nameWords)).toBeLessThan(BUDGET_MS);
    expect(slowest(names, sidName)).toBeLessThan(BUDGET_MS);
  });
});
