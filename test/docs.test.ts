import { readdirSync, readFileSync } from "node:fs";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

interface Example {
  rule: string;
  verdict: "incorrect" | "correct";
  language: string;
  code: string;
  options: unknown;
  line: number;
}

const DOCS = new URL("../docs/rules/", import.meta.url);

/** Every fenced block under a ❌ or ✅ heading of a rule's docs page, with the options comment before it. */
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
    const options = /^<!-- options: (.*) -->$/.exec(lines[index - 1] ?? "");
    if (verdict) {
      found.push({
        rule,
        verdict,
        language: fence[2]!,
        code: lines.slice(index + 1, end).join("\n"),
        options: options ? JSON.parse(options[1]!) : undefined,
        line: index + 1,
      });
    }
    index = end;
  }
  return found;
}

/** A flat config that runs one rule on one example's language. */
function configFor(example: Example): Linter.Config[] {
  const ruleId = `twilio-sid/${example.rule}`;
  const rules = { [ruleId]: example.options === undefined ? "error" : ["error", example.options] } as Linter.RulesRecord;
  const base = { files: [`**/*.${EXTENSIONS[example.language] ?? "js"}`], plugins: { "twilio-sid": plugin as never }, rules };
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

describe("rule docs", () => {
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
        const messages = linter.verify(example.code, configFor(example), {
          filename: `example.${EXTENSIONS[example.language] ?? "js"}`,
        });
        const fatal = messages.filter((message) => message.fatal);
        expect(fatal, "the example must parse").toEqual([]);
        const reports = messages.filter((message) => message.ruleId === `twilio-sid/${example.rule}`);
        if (example.verdict === "incorrect") expect(reports.length, example.code).toBeGreaterThan(0);
        else expect(reports, example.code).toEqual([]);
      },
    );
  });
});
