import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, Linter } from "eslint";
import { ESLint as ESLint9, Linter as Linter9 } from "eslint-9";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DotenvLanguage, dotenv, type DotenvRuleDefinition } from "../../src/dotenv-language.js";
import type { DotenvKey, DotenvNode } from "../../src/dotenv-parser.js";
import plugin from "../../src/index.js";

/** The config users write, with the real plugin object. */
const DOTENV_FILES = ["**/.env", "**/.env.*", "**/*.env"];

/** Reports every value with its key. */
const values: DotenvRuleDefinition = {
  meta: { type: "problem", messages: { value: "{{key}}={{value}}" } },
  create(context) {
    return {
      Variable(node) {
        context.report({ node: node.value, messageId: "value", data: { key: node.key.name, value: JSON.stringify(node.value.value) } });
      },
    };
  },
};

/** Reports the first `SM` in each value at its exact source position. */
const substring: DotenvRuleDefinition = {
  meta: { type: "problem", messages: { found: "SM at value offset {{offset}}." } },
  create(context) {
    const { sourceCode } = context;
    return {
      Value(node) {
        const offset = node.value.indexOf("SM");
        if (offset === -1) return;
        const [start, end] = sourceCode.getValueRange(node, offset, offset + 2);
        const loc = { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
        context.report({ loc, messageId: "found", data: { offset: String(offset) } });
      },
    };
  },
};

const probe = { rules: { values, substring } };

/** A flat config that lints `.env` files with the plugin's language and the test rules. */
function configFor(rules: Linter.RulesRecord = { "probe/values": "error" }): Linter.Config[] {
  return [
    { files: ["**/*.js"] },
    { files: DOTENV_FILES, plugins: { "twilio-sid": plugin, probe }, language: "twilio-sid/dotenv", rules },
  ];
}

const LINTERS = [
  ["eslint 10", new Linter({ configType: "flat" })],
  ["eslint 9", new Linter9({ configType: "flat" }) as unknown as Linter],
] as const;

/** Messages as `line:column-endLine:endColumn text`, for exact comparison. */
function placed(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map(
    (message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId ?? "-"} ${message.message}`,
  );
}

describe("the Language object", () => {
  it("is the plugin's languages.dotenv", () => {
    expect(plugin.languages.dotenv).toBe(dotenv);
    expect(dotenv).toBeInstanceOf(DotenvLanguage);
  });

  it("reads text with 1-based lines and columns, node types under `type`", () => {
    expect(dotenv).toMatchObject({ fileType: "text", lineStart: 1, columnStart: 1, nodeTypeKey: "type" });
    expect(dotenv.visitorKeys).toEqual({ Dotenv: ["body"], Variable: ["key", "value"], Key: [], Value: [], Unparsed: [] });
  });

  it("ignores language options: a config's JavaScript options reach every file", () => {
    expect(() => dotenv.validateLanguageOptions()).not.toThrow();
  });

  it("parses any text without error", () => {
    const file = { body: "not = a ' valid\n\u0000 file\"", path: ".env", physicalPath: ".env", bom: false };
    const result = dotenv.parse(file);
    expect(result.ok).toBe(true);
    const sourceCode = dotenv.createSourceCode(file, result as Extract<typeof result, { ok: true }>);
    expect(sourceCode.text).toBe(file.body);
  });
});

describe.each(LINTERS)("language: twilio-sid/dotenv on %s", (_, linter) => {
  it.each([".env", ".env.example", ".env.local", "prod.env", "config/.env", "deploy/staging/.env.production"])(
    "lints %s through files: [**/.env, **/.env.*, **/*.env]",
    (filename) => {
      const messages = linter.verify("TWILIO_ACCOUNT_SID=AC123\n", configFor(), { filename });
      expect(placed(messages)).toEqual(['1:20-1:25 probe/values TWILIO_ACCOUNT_SID="AC123"']);
    },
  );

  it("leaves other files to their own language", () => {
    expect(linter.verify("const A = 1;\n", configFor(), { filename: "src/env.js" })).toEqual([]);
    expect(placed(linter.verify("A=1", configFor(), { filename: "environment.txt" }))[0]).toMatch(/No matching configuration/);
  });

  it("reports values at their exact place, on multi-line values too", () => {
    const text = "# Twilio\nexport A = 'one' # x\nB=\"two\r\nlines\"\n\nC: three\nbroken\n";
    expect(placed(linter.verify(text, configFor(), { filename: ".env" }))).toEqual([
      '2:12-2:17 probe/values A="one"',
      '3:3-4:7 probe/values B="two\\nlines"',
      '6:4-6:9 probe/values C="three"',
    ]);
  });

  it("lets a rule report a substring of a value at its source position, escapes and CRLF counted", () => {
    const text = 'A="x\\n\\nySM"\r\nB="\r\n\r\nSM"\nC=  SM';
    expect(placed(linter.verify(text, configFor({ "probe/substring": "error" }), { filename: ".env" }))).toEqual([
      "1:10-1:12 probe/substring SM at value offset 4.",
      "4:1-4:3 probe/substring SM at value offset 2.",
      "5:5-5:7 probe/substring SM at value offset 0.",
    ]);
  });

  it("counts positions after the byte order mark ESLint removes", () => {
    expect(placed(linter.verify("\uFEFFA=1", configFor(), { filename: ".env" }))).toEqual(['1:3-1:4 probe/values A="1"']);
  });

  it("honours eslint-disable comments: next line, same line, blocks", () => {
    const text = [
      "# eslint-disable-next-line probe/values -- a test account",
      "A=1",
      "B=2 # eslint-disable-line probe/values",
      "# eslint-disable probe/values",
      "C=3",
      "# eslint-enable probe/values",
      "D=4",
    ].join("\n");
    expect(placed(linter.verify(text, configFor(), { filename: ".env" }))).toEqual(['7:3-7:4 probe/values D="4"']);
  });

  it("reports unused disable directives at the comment", () => {
    const messages = linter.verify("A=1 # eslint-disable-line probe/substring", configFor(), {
      filename: ".env",
      reportUnusedDisableDirectives: true,
    });
    expect(placed(messages)).toEqual([
      '1:3-1:4 probe/values A="1"',
      // As for JavaScript comments, ESLint places the problem at the start of the directive comment only.
      "1:5-undefined:undefined - Unused eslint-disable directive (no problems were reported from 'probe/substring').",
    ]);
  });

  it("applies `# eslint` rule configuration comments and reports bad ones", () => {
    expect(linter.verify('# eslint probe/values: "off"\nA=1', configFor(), { filename: ".env" })).toEqual([]);
    const messages = linter.verify("# eslint probe/values: [\nA=1", configFor(), { filename: ".env" });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 });
  });

  it("visits nodes in source order, matches selectors and knows every node's parent", () => {
    const visits: string[] = [];
    const tracer: DotenvRuleDefinition = {
      create(context) {
        const { sourceCode } = context;
        const name = (node: DotenvNode) => `${node.type}<${sourceCode.getAncestors(node).map((ancestor) => ancestor.type).join(">")}>`;
        return {
          "*"(node: DotenvNode) {
            visits.push(name(node));
          },
          "*:exit"(node: DotenvNode) {
            visits.push(`/${node.type}`);
          },
          "Variable[exported=true] > Key"(node: DotenvKey) {
            visits.push(`exported ${sourceCode.getText(node)}`);
          },
          // More specific than `*:exit`, so called after it.
          "Dotenv:exit"() {
            visits.push(`comments ${sourceCode.getAllComments().map((comment) => comment.value.trim()).join(",")}`);
          },
        };
      },
    };
    const config: Linter.Config[] = [
      { files: [".env"], plugins: { "twilio-sid": plugin, trace: { rules: { all: tracer } } }, language: "twilio-sid/dotenv", rules: { "trace/all": "error" } },
    ];
    linter.verify("# a\nexport K=v # b\nbroken", config, { filename: ".env" });
    expect(visits).toEqual([
      "Dotenv<>",
      "Variable<Dotenv>",
      "Key<Dotenv>Variable>",
      "exported K",
      "/Key",
      "Value<Dotenv>Variable>",
      "/Value",
      "/Variable",
      "Unparsed<Dotenv>",
      "/Unparsed",
      "/Dotenv",
      "comments a,b",
    ]);
  });
});

describe.each([
  ["eslint 10", ESLint],
  ["eslint 9", ESLint9 as unknown as typeof ESLint],
])("eslint . on %s", (_, Engine) => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), "dotenv-language-"));
    mkdirSync(join(cwd, "deploy"));
    for (const file of [".env", ".env.example", ".env.local", "prod.env", "deploy/.env"]) writeFileSync(join(cwd, file), "KEY=value\n");
    writeFileSync(join(cwd, "environment.md"), "KEY=value\n");
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("finds .env, .env.*, *.env files, dotfiles included, and lints them with the language, cache on", async () => {
    const lint = async () => {
      const eslint = new Engine({ cwd, overrideConfigFile: true, overrideConfig: configFor(), cache: true, cacheLocation: join(cwd, "cache") });
      const results = await eslint.lintFiles(["."]);
      return results.map((result) => [result.filePath.slice(cwd.length + 1), result.messages.map((message) => message.message)]).sort();
    };
    const linted = await lint();
    expect(await lint(), "from the cache").toEqual(linted);
    expect(linted).toEqual([
      [".env", ['KEY="value"']],
      [".env.example", ['KEY="value"']],
      [".env.local", ['KEY="value"']],
      ["deploy/.env", ['KEY="value"']],
      ["prod.env", ['KEY="value"']],
    ]);
  });
});
