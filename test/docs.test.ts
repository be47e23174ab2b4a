import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../src/index.js";

interface Example {
  rule: string;
  verdict: "incorrect" | "correct";
  language: string;
  code: string;
  options: unknown;
  /** Marked `<!-- typed -->`: linted with type information, in the typed rule tests' fixture project. */
  typed: boolean;
  line: number;
}

const DOCS = new URL("../docs/rules/", import.meta.url);

/** Every fenced block under a ❌ or ✅ heading of a rule's docs page, with the options and typed comments before it. */
function examples(rule: string): Example[] {
  const lines = readFileSync(new URL(`${rule}.md`, DOCS), "utf8").split("\n");
  const found: Example[] = [];
  let verdict: Example["verdict"] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith("#")) {
      verdict = line.includes("❌") ? "incorrect" : line.includes("✅") ? "correct" : undefined;
      continue;
    }
    const fence = /^(`{3,})(\w+)/.exec(line);
    if (!fence) continue;
    const end = lines.findIndex((candidate, at) => at > index && candidate.startsWith(fence[1]!));
    const comments = lines.slice(Math.max(0, index - 2), index);
    const options = comments.map((comment) => /^<!-- options: (.*) -->$/.exec(comment)).find(Boolean);
    if (verdict) {
      found.push({
        rule,
        verdict,
        language: fence[2]!,
        code: lines.slice(index + 1, end).join("\n"),
        options: options ? JSON.parse(options[1]!) : undefined,
        typed: comments.includes("<!-- typed -->"),
        line: index + 1,
      });
    }
    index = end;
  }
  return found;
}

/** The typed rule tests' project: twilio's declarations, `/sid`'s types and the modules typed examples import. */
const TYPED_PROJECT = path.join(import.meta.dirname, "fixtures/typed");
// Every typed example is linted as the same file, like an editor does: with CI=true typescript-eslint would assume a
// one-shot CLI run and give each file after the first an isolated program, without the project's types.
const TYPED_OPTIONS = { project: "./tsconfig.json", tsconfigRootDir: TYPED_PROJECT, disallowAutomaticSingleRunInference: true };

/** A flat config that runs one rule on one example's language. */
function configFor(example: Example): Linter.Config[] {
  const ruleId = `twilio-sid/${example.rule}`;
  const rules = { [ruleId]: example.options === undefined ? "error" : ["error", example.options] } as Linter.RulesRecord;
  const base = { files: [`**/*.${EXTENSIONS[example.language] ?? "js"}`], plugins: { "twilio-sid": plugin as never }, rules };
  if (example.typed) return [{ ...base, languageOptions: { parser: tsParser, parserOptions: TYPED_OPTIONS } }];
  switch (example.language) {
    case "json":
      return [{ ...base, plugins: { ...base.plugins, json }, language: "json/json" }];
    case "md":
    case "markdown":
      return [{ ...base, plugins: { ...base.plugins, markdown }, language: "markdown/commonmark" }];
    case "ts":
    case "tsx":
      return [{ ...base, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }];
    default:
      return [{ ...base, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }];
  }
}

const EXTENSIONS: Record<string, string> = { ts: "ts", tsx: "tsx", json: "json", md: "md", markdown: "md", jsx: "jsx" };

const rules = readdirSync(DOCS)
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.slice(0, -3));

/** Where an example is linted: typed ones as a file of the fixture project. */
function filenameOf(example: Example): string {
  return example.typed ? path.join(TYPED_PROJECT, "file.ts") : `example.${EXTENSIONS[example.language] ?? "js"}`;
}

describe("rule docs", () => {
  beforeAll(() => {
    // Building the fixture's program (twilio's declarations) is the slow part; typed examples reuse it.
    const messages = new Linter({ configType: "flat" }).verify(
      "export {};",
      [{ files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: TYPED_OPTIONS } }],
      path.join(TYPED_PROJECT, "file.ts"),
    );
    expect(messages).toEqual([]);
  }, 240_000);

  it("document every rule and only rules", () => {
    expect(rules.sort()).toEqual(Object.keys(plugin.rules).sort());
  });

  describe.each(rules)("%s", (rule) => {
    const all = examples(rule);

    it("has ❌ and ✅ examples", () => {
      expect(all.some((example) => example.verdict === "incorrect")).toBe(true);
      expect(all.some((example) => example.verdict === "correct")).toBe(true);
    });

    it.each(all.map((example) => [`${example.verdict} example at line ${example.line}`, example] as const))(
      "%s is linted as documented",
      (_, example) => {
        const linter = new Linter({ configType: "flat" });
        const messages = linter.verify(example.code, configFor(example), { filename: filenameOf(example) });
        const fatal = messages.filter((message) => message.fatal);
        expect(fatal, "the example must parse").toEqual([]);
        const reports = messages.filter((message) => message.ruleId === `twilio-sid/${example.rule}`);
        if (example.verdict === "incorrect") expect(reports.length, example.code).toBeGreaterThan(0);
        else expect(reports, example.code).toEqual([]);
      },
    );
  });
});
