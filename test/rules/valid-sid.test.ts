import { readFileSync } from "node:fs";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import { RuleTester } from "@typescript-eslint/rule-tester";
import tsParser from "@typescript-eslint/parser";
import { Linter, RuleTester as EslintRuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/valid-sid.js";
import { errorAt } from "./helpers.js";
import { languageTester } from "./languages.js";

// ESLint's own tester runs the JSON and Markdown languages; it needs vitest's hooks like typescript-eslint's does.
EslintRuleTester.describe = describe;
EslintRuleTester.it = it;
EslintRuleTester.itOnly = it.only;

const BODY = "0123456789abcdef".repeat(2);
/** Well-formed; `SHORT` is one character short (33), `LONG` one too long (35). */
const SID = `AC${BODY}`;
const SHORT = `AC${BODY.slice(0, -1)}`;
const LONG = `AC${BODY}f`;
const LOWER = `ca${BODY}`;
const UPPER_HEX_SHORT = `CA${BODY.slice(0, -1).toUpperCase()}`;
const BAD_CHAR = `AC0123O${BODY.slice(5)}`;
const PLACEHOLDER = `AC${"X".repeat(32)}`;
const PLACEHOLDER_SHORT = `AC${"X".repeat(31)}`;
const PLACEHOLDER_LOWER_SHORT = `AC${"x".repeat(30)}`;
const UNKNOWN = `ZZ${BODY}`;

// A JSX attribute is a SID name (`<Call sid="">`): the same case runs under typescript-eslint's parser and espree.
const JSX_LOWERCASE_PREFIX = {
  code: `const el = <Call sid="${LOWER}" />;`,
  errors: [
    {
      messageId: "lowercasePrefix" as const,
      line: 1,
      column: 23,
      endLine: 1,
      endColumn: 57,
      suggestions: [{ messageId: "uppercasePrefix" as const, output: `const el = <Call sid="CA${BODY}" />;` }],
    },
  ],
};

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

// Strings that must stay silent in any position, under any name: not attempts at a SID.
const NOT_SIDS = [
  "d41d8cd98f00b204e9800998ecf8427e",
  "D41D8CD98F00B204E9800998ECF8427E",
  "da39a3ee5e6b4b0d3255bfef95601890afd80709",
  "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
  "QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZg==",
  "ACdGhpcyBpcyBub3QgYSBzaWQgYXQgYWxs",
  "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "550e8400-e29b-41d4-a716-446655440000",
  "550e8400e29b41d4a716446655440000",
  "accountSidForTheMainSubaccount",
  "Acme Support Line (production)",
  "ch_3MtwBwLkdIwHu7ix28a3tqPa0123abcd",
  "SK9fT2kLmN4pQ7rS1uV3wX5yZ8aB0cD2eF",
  // Names, keys and paths built from a whole SID and a suffix.
  `CA${BODY}_1`,
  `PK${BODY}-1`,
  `call:CA${BODY}_v2`,
  `recordings/RE${BODY}_01.wav`,
];
// Uppercase hex that starts like a prefix: a hash out of context, a slip under a SID name (reported there).
const HASHES_LIKE_PREFIXES = ["CAF1D8CD98F00B204E9800998ECF8427", "CA0E8400E29B41D4A716446655440000"];
// Deliberate stubs and values that are not SIDs at all: silent by default even under SID names.
const NAMED_SILENT = ["AC123", "ACxxx", "ACXXXX", "", "your_account_sid", "pending", "changeme", "default", "AC_TEST"];

ruleTester.run("valid-sid", rule, {
  valid: [
    `const sid = "${SID}";`,
    `const accountSid = "AC${"a".repeat(32)}";`,
    `const url = "https://api.twilio.com/2010-04-01/Accounts/${SID}/Calls/CA${BODY}.json";`,
    // Placeholders of the right length are accepted by default.
    `const accountSid = "${PLACEHOLDER}";`,
    // Out of context, a lowercase prefix or uppercase hex could be a hash: only a SID name removes the doubt.
    `const hash = "${LOWER}";`,
    `const hash = "${UPPER_HEX_SHORT}";`,
    // A line break around a SID is a line of text, not a copy-paste slip.
    `const line = \`${SID}\n\`;`,
    // Unknown prefixes are for the option.
    `const sid = "${UNKNOWN}";`,
    // A base64 model in a bundle (jschardet): a 37-character run after a \`+\` starts with OQ, whose body is any letters.
    `const model = "jjDABvU1I+OQTAWMVDCBCZXNNKIyA1L5zwheTsM2OqgyEvv/jEOz/qfYqUwojX/wGlImRuaRGv9Drv3DOtjS01CNf6aR2PgfBaNg";`,
    // Comments are for the option.
    `// ${SHORT}`,
    // Template literals with expressions are left alone: a piece next to \${} is not delimited.
    `const url = \`/Accounts/${SHORT}\${suffix}\`;`,
    ...NOT_SIDS.flatMap((text) => [`const value = ${JSON.stringify(text)};`, `const callSid = ${JSON.stringify(text)};`]),
    ...HASHES_LIKE_PREFIXES.map((text) => `const value = ${JSON.stringify(text)};`),
    ...NAMED_SILENT.map((text) => `const accountSid = ${JSON.stringify(text)};`),
    `const workerSid = "WK1";`,
    `const accountSid = process.env.TWILIO_ACCOUNT_SID ?? "changeme";`,
    `const config = { accountSid: "AC123", authToken: "${BODY}" };`,
    // JSX text is prose: whitespace around a SID there is layout.
    `const el = <p>\n  ${SID}\n</p>;`,
    // With the option on, a stub under a name that is not a SID name is still silent.
    { code: `const prefix = "AC123";`, options: [{ reportStubs: true }], name: "reportStubs: a stub under a name that is not a SID name" },
    { code: `const sid = "${SHORT}";`, options: [{ allowPatterns: ["^AC0123456789abcdef"] }], name: "allowPatterns: a whole string" },
    {
      code: `const url = "/Accounts/${SHORT}/Calls";`,
      options: [{ allowPatterns: ["^AC0123456789abcdef"] }],
      name: "allowPatterns: a SID inside a URL",
    },
    { code: `// ${SID} and ${PLACEHOLDER}`, options: [{ checkComments: true }], name: "checkComments: well-formed SIDs and placeholders" },
  ],
  invalid: [
    {
      code: `const sid = "${SHORT}";`,
      errors: [
        {
          messageId: "wrongLength",
          data: {
            value: "AC0123...cde",
            length: 33,
            expected: "an Account SID is AC followed by 32 hex digits (34 characters)",
          },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 47,
        },
      ],
    },
    {
      code: `f("${LONG}");`,
      errors: [{ messageId: "wrongLength", line: 1, column: 4, endColumn: 39, endLine: 1 }],
    },
    {
      // The first bad character is the narrowest useful range.
      code: `const sid = "${BAD_CHAR}";`,
      errors: [{ messageId: "badCharacter", line: 1, column: 20, endColumn: 21, endLine: 1 }],
    },
    {
      code: `const callSid = "${LOWER}";`,
      errors: [
        {
          messageId: "lowercasePrefix",
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 52,
          suggestions: [{ messageId: "uppercasePrefix", output: `const callSid = "CA${BODY}";` }],
        },
      ],
    },
    {
      code: `if (event.CallSid === "${UPPER_HEX_SHORT}") {}`,
      errors: [{ messageId: "wrongLength", line: 1, column: 24, endColumn: 57, endLine: 1 }],
    },
    {
      code: `const sid = " ${SID} ";`,
      errors: [
        {
          messageId: "whitespace",
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: "trimWhitespace", output: `const sid = "${SID}";` }],
        },
      ],
    },
    {
      // Under a SID name, even a line break around a SID is a slip.
      code: `const accountSid = \`${SID}\n\`;`,
      errors: [
        {
          messageId: "whitespace",
          line: 1,
          column: 21,
          endLine: 2,
          endColumn: 1,
          suggestions: [{ messageId: "trimWhitespace", output: `const accountSid = \`${SID}\`;` }],
        },
      ],
    },
    {
      code: `const sid = "${PLACEHOLDER_SHORT}";`,
      errors: [
        {
          messageId: "placeholderLength",
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 47,
          suggestions: [{ messageId: "fixPlaceholder", output: `const sid = "${PLACEHOLDER}";` }],
        },
      ],
    },
    {
      code: `const sid = '${PLACEHOLDER_LOWER_SHORT}';`,
      errors: [
        {
          messageId: "placeholderLength",
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 46,
          suggestions: [{ messageId: "fixPlaceholder", output: `const sid = 'AC${"x".repeat(32)}';` }],
        },
      ],
    },
    {
      code: `const sid = "${UNKNOWN}";`,
      options: [{ checkUnknownPrefixes: true }],
      errors: [{ messageId: "unknownPrefix", line: 1, column: 14, endColumn: 48, endLine: 1 }],
      name: "checkUnknownPrefixes",
    },
    {
      code: `const sid = "${PLACEHOLDER}";`,
      options: [{ allowPlaceholders: false }],
      errors: [{ messageId: "placeholder", line: 1, column: 14, endColumn: 48, endLine: 1 }],
      name: "allowPlaceholders: false",
    },
    {
      code: `const config = { accountSid: "AC123", workerSid: "WK1", name: "AC123" };`,
      options: [{ reportStubs: true }],
      errors: [
        { messageId: "stub", line: 1, column: 31, endColumn: 36, endLine: 1 },
        { messageId: "stub", line: 1, column: 51, endColumn: 54, endLine: 1 },
      ],
      name: "reportStubs: stubs under SID names only",
    },
    {
      // A SID inside a URL is reported at the SID, not the whole string.
      code: `const url = "https://api.twilio.com/2010-04-01/Accounts/${SHORT}/Calls/CA${BODY}.json";`,
      errors: [{ messageId: "wrongLength", line: 1, column: 57, endColumn: 90, endLine: 1 }],
    },
    {
      code: `const hook = "https://example.com/voice?AccountSid=${SHORT}&CallSid=CA${BODY}";`,
      errors: [{ messageId: "wrongLength", line: 1, column: 52, endColumn: 85, endLine: 1 }],
    },
    {
      // An escape before the SID does not stop it from being placed exactly.
      code: `const path = "\\/Accounts\\/${SHORT}.json";`,
      errors: [{ messageId: "wrongLength", line: 1, column: 27, endColumn: 60, endLine: 1 }],
    },
    {
      // An escape inside the SID: the raw text does not line up, so the whole literal is reported.
      code: `const sid = "\\x41C${BODY.slice(0, -1)}";`,
      errors: [{ messageId: "wrongLength", line: 1, column: 13, endColumn: 51, endLine: 1 }],
    },
    {
      code: `const sid = \`${SHORT}\`;`,
      errors: [{ messageId: "wrongLength", line: 1, column: 14, endColumn: 47, endLine: 1 }],
    },
    {
      code: `const sids = ["${SID}", "${SHORT}"];`,
      errors: [{ messageId: "wrongLength", line: 1, column: 54, endColumn: 87, endLine: 1 }],
    },
    {
      code: `function hangUp(callSid = "${SHORT}") {}`,
      errors: [{ messageId: "wrongLength", line: 1, column: 28, endColumn: 61, endLine: 1 }],
    },
    {
      code: `const sid = process.env.CALL_SID ?? "${LOWER}";`,
      errors: [
        {
          messageId: "lowercasePrefix",
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 72,
          suggestions: [{ messageId: "uppercasePrefix", output: `const sid = process.env.CALL_SID ?? "CA${BODY}";` }],
        },
      ],
    },
    {
      code: `enum Sids { Account = "${SHORT}" }`,
      errors: [{ messageId: "wrongLength", line: 1, column: 24, endColumn: 57, endLine: 1 }],
    },
    {
      code: `type Fixture = { callSid: "${SHORT}" };`,
      errors: [{ messageId: "wrongLength", line: 1, column: 28, endColumn: 61, endLine: 1 }],
    },
    JSX_LOWERCASE_PREFIX,
    {
      code: `const el = <p>Your account is ${SHORT}.</p>;`,
      errors: [{ messageId: "wrongLength", line: 1, column: 31, endColumn: 64, endLine: 1 }],
    },
    {
      code: `// Account ${SHORT}\n/* Call CAO${BODY.slice(1)} */`,
      options: [{ checkComments: true }],
      errors: [
        { messageId: "wrongLength", line: 1, column: 12, endColumn: 45, endLine: 1 },
        { messageId: "badCharacter", line: 2, column: 11, endColumn: 12, endLine: 2 },
      ],
      name: "checkComments: line and block comments",
    },
  ],
});

// Plain JavaScript through ESLint's default parser (espree), JSX included.
const espreeTester = new EslintRuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

espreeTester.run("valid-sid (espree)", rule as never, {
  valid: [`const accountSid = "AC123";`, `const el = <Call sid="${SID}" />;`],
  invalid: [
    {
      code: `module.exports = { accountSid: "${SHORT}" };`,
      errors: [{ messageId: "wrongLength", line: 1, column: 33, endLine: 1, endColumn: 66 }],
    },
    JSX_LOWERCASE_PREFIX,
  ],
});

const jsonTester = new EslintRuleTester({ plugins: { json }, language: "json/json" });

jsonTester.run("valid-sid (JSON)", rule as never, {
  valid: [
    `{ "account_sid": "${SID}", "auth_token": "${BODY}" }`,
    `{ "account_sid": "AC123", "hash": "${LOWER}" }`,
    `{ "account_sid": "${PLACEHOLDER}" }`,
  ],
  invalid: [
    {
      code: `{ "account_sid": "${SHORT}" }`,
      errors: [{ messageId: "wrongLength", line: 1, column: 19, endColumn: 52, endLine: 1 }],
    },
    {
      // The key names the value: a lowercase prefix there is a slip.
      code: `{ "call_sid": "${LOWER}" }`,
      errors: [
        {
          messageId: "lowercasePrefix",
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: "uppercasePrefix", output: `{ "call_sid": "CA${BODY}" }` }],
        },
      ],
    },
    {
      code: `{ "callSids": ["${SID}", "ACO${BODY.slice(1)}"] }`,
      errors: [{ messageId: "badCharacter", line: 1, column: 57, endColumn: 58, endLine: 1 }],
    },
    {
      code: `{ "webhook": "https://example.com/Accounts/${SHORT}/Calls" }`,
      errors: [{ messageId: "wrongLength", line: 1, column: 44, endColumn: 77, endLine: 1 }],
    },
    {
      code: `{ "accountSid": "AC123" }`,
      options: [{ reportStubs: true }],
      errors: [{ messageId: "stub", line: 1, column: 18, endColumn: 23, endLine: 1 }],
    },
  ],
});

const markdownTester = new EslintRuleTester({ plugins: { markdown }, language: "markdown/commonmark" });

markdownTester.run("valid-sid (Markdown)", rule as never, {
  valid: [
    `# Setup\n\nSet \`TWILIO_ACCOUNT_SID\` to \`${PLACEHOLDER}\`, for example \`${SID}\`.\n`,
    // Without a name, prose with a lowercase prefix or a stub stays silent.
    `Calls look like \`${LOWER}\`; tests use \`AC123\`.\n`,
    "```js\nconst accountSid = \"AC123\";\n```\n",
  ],
  invalid: [
    {
      code: `Your Account SID is ${SHORT}.\n`,
      errors: [{ messageId: "wrongLength", line: 1, column: 21, endColumn: 54, endLine: 1 }],
    },
    {
      code: `Use \`${LONG}\` here.\n`,
      errors: [{ messageId: "wrongLength", line: 1, column: 6, endColumn: 41, endLine: 1 }],
    },
    {
      // Code blocks map back to the right line and column, indentation and all.
      code: `- Step one:\n\n  \`\`\`js\n  const client = twilio("${PLACEHOLDER_SHORT}", token);\n  \`\`\`\n`,
      errors: [
        {
          messageId: "placeholderLength",
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 59,
          suggestions: [
            {
              messageId: "fixPlaceholder",
              output: `- Step one:\n\n  \`\`\`js\n  const client = twilio("${PLACEHOLDER}", token);\n  \`\`\`\n`,
            },
          ],
        },
      ],
    },
    {
      code: `> Quoted:\n> curl https://api.twilio.com/2010-04-01/Accounts/ACO${BODY.slice(1)}/Calls.json\n`,
      errors: [{ messageId: "badCharacter", line: 2, column: 53, endColumn: 54, endLine: 2 }],
    },
  ],
});

// GitHub-flavoured Markdown makes links of bare URLs, and those nodes carry no position of their own.
const gfmTester = new EslintRuleTester({ plugins: { markdown }, language: "markdown/gfm" });
const AUTOLINK_LABEL = "Read the [source repository][https://github.com/example/example-voice-reminders] before filing an issue.\n";
const AUTOLINK_ANGLE = "Copyright Example Foundation and other contributors, <www.example.org>, all rights reserved.\n";

const GFM_LABEL = `Read the [call log][https://www.example.com/calls/${SHORT}] first.\n`;
const GFM_ANGLE = `${AUTOLINK_ANGLE}\nCalls: <www.example.org/calls/${SHORT}>, and www.example.org/calls/${LONG} too.\n`;
const GFM_TWICE = `Old: www.example.org/${BAD_CHAR}, new: www.example.org/${BAD_CHAR}.\n`;
const GFM_TABLE = `| Call | Link |\n| --- | --- |\n| one | www.example.com/calls/${SHORT} |\n`;

gfmTester.run("valid-sid (GitHub-flavoured Markdown)", rule as never, {
  valid: [
    `${AUTOLINK_LABEL}\n${AUTOLINK_ANGLE}`,
    `See www.twilio.com/console and <https://www.twilio.com/docs> for ${SID}.\n`,
    `| Call | Link |\n| --- | --- |\n| ${SID} | www.example.com/calls/${SID} |\n`,
  ],
  invalid: [
    { code: GFM_LABEL, errors: [errorAt(GFM_LABEL, SHORT, "wrongLength")] },
    { code: GFM_ANGLE, errors: [errorAt(GFM_ANGLE, SHORT, "wrongLength"), errorAt(GFM_ANGLE, LONG, "wrongLength")] },
    {
      // The same text twice in one paragraph: each report at its own occurrence.
      code: GFM_TWICE,
      errors: [0, 1].map((occurrence) => errorAt(GFM_TWICE, BAD_CHAR, "badCharacter", { occurrence, offset: 6, width: 1 })),
    },
    { code: GFM_TABLE, errors: [errorAt(GFM_TABLE, SHORT, "wrongLength")] },
  ],
});

// Template literals with expressions: their static parts are text, like a longer string.
const TEMPLATE_PLACEHOLDER = `console.log(\`Set ACCOUNT_SID to AC${"x".repeat(31)} for \${name}\`);`;
const TEMPLATE_MIDDLE = `const url = \`/Accounts/\${accountSid}/Calls/${SHORT}.json?page=\${page}\`;`;
// Values fed on purpose to something that must reject them.
const DELIBERATE = [
  `expect(() => assertSid("WK${"0".repeat(31)}")).toThrow();`,
  `expect(() => assertSid(\`WK${"0".repeat(31)}\`, "WK")).toThrowError(/33 characters/);`,
  `await expect(fetchCall("${SHORT}")).rejects.toThrow();`,
  `expect(isValidSid("${SHORT}")).toBe(false);`,
  `assert.throws(() => validateCallSid({ sid: "${SHORT}" }));`,
  `assert.rejects(client.fetch("${SHORT}"));`,
  `expect(() => parse(["${SHORT}"])).to.throw();`,
  `expect(looksLikeSid("${SHORT}", "AC")).toBe(false);`,
  `expect(isSid("${SHORT}")).toBeFalsy();`,
  `expect(isSid("${SHORT}", ["AC"])).toEqual(false);`,
  `expect(isSid("${SHORT}")).to.be.false;`,
];

ruleTester.run("valid-sid (templates and deliberate values)", rule, {
  valid: [
    // A token cut off by an expression on either side is not whole.
    `const sid = \`${SHORT}\${last}\`; const other = \`\${first}${SHORT.slice(1)}\`;`,
    `const url = \`/Accounts/\${accountSid}/Calls/${SID}.json\`;`,
    `const line = \`\${label}: AC${"X".repeat(32)}\`;`,
    ...DELIBERATE,
    // Deliberate only where a throw, a rejection or a false result is expected.
    `expect(assertSid("${SID}")).toBe("${SID}");`,
    `expect(isSid("${SID}")).toBe(true);`,
  ],
  invalid: [
    // A value under test whose check must pass is no deliberate slip.
    { code: `expect(isSid("${SHORT}")).toBe(true);`, errors: [errorAt(`expect(isSid("${SHORT}")).toBe(true);`, SHORT, "wrongLength")] },
    { code: `expect(format("${SHORT}")).toBe("x");`, errors: [errorAt(`expect(format("${SHORT}")).toBe("x");`, SHORT, "wrongLength")] },
    {
      code: TEMPLATE_PLACEHOLDER,
      errors: [
        errorAt(TEMPLATE_PLACEHOLDER, `AC${"x".repeat(31)}`, "placeholderLength", {
          suggestions: [
            { messageId: "fixPlaceholder" as const, output: TEMPLATE_PLACEHOLDER.replace(`AC${"x".repeat(31)}`, `AC${"x".repeat(32)}`) },
          ],
        }),
      ],
    },
    { code: TEMPLATE_MIDDLE, errors: [errorAt(TEMPLATE_MIDDLE, SHORT, "wrongLength")] },
    // The same values count where nothing expects them to fail, and everywhere with `reportDeliberate`.
    {
      code: `const checked = assertSid("WK${"0".repeat(31)}");`,
      errors: [errorAt(`const checked = assertSid("WK${"0".repeat(31)}");`, `WK${"0".repeat(31)}`, "wrongLength")],
    },
    ...DELIBERATE.map((code) => ({
      code,
      options: [{ reportDeliberate: true }] as [{ reportDeliberate: boolean }],
      errors: [errorAt(code, code.includes("WK") ? `WK${"0".repeat(31)}` : SHORT, "wrongLength")],
    })),
  ],
});

describe("valid-sid options", () => {
  it("rejects an invalid allowPatterns entry with a clear configuration error", () => {
    const linter = new Linter();
    const config = { plugins: { t: { rules: { "valid-sid": rule } } as never }, rules: { "t/valid-sid": ["error", { allowPatterns: ["("] }] } } as Linter.Config;
    expect(() => linter.verify("x", [config])).toThrow(/allowPatterns.*should match format "regex"|should match format "regex"/s);
  });
});

// A realistic corpus: a webhook handler, a config file, a test suite full of stubs, a README, a React component and
// a minified bundle. Each report is [file, line, column, messageId]; everything else in the corpus must stay silent.
const CORPUS = new URL("../fixtures/valid-sid/", import.meta.url);
const CORPUS_FILES = ["webhook-handler.ts", "config.json", "reminders.spec.ts", "README.md", "Component.tsx", "bundle.min.js"];

/** Lints one corpus file with the rule alone, in the file's language. */
function lintCorpusFile(file: string, options: object): [string, number, number, string | null][] {
  const extension = file.split(".").pop()!;
  const config: Linter.Config = {
    files: [`**/*.${extension}`],
    plugins: { "twilio-sid": { rules: { "valid-sid": rule } } as never, json, markdown },
    rules: { "twilio-sid/valid-sid": ["error", options] },
  };
  if (extension === "json") config.language = "json/json";
  if (extension === "md") config.language = "markdown/commonmark";
  if (extension === "ts" || extension === "tsx") {
    config.languageOptions = { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } };
  }
  const messages = new Linter().verify(readFileSync(new URL(file, CORPUS), "utf8"), [config], file);
  return messages.map((message) => [file, message.line, message.column, message.messageId ?? message.message]);
}

const lintCorpus = (options: object) => CORPUS_FILES.flatMap((file) => lintCorpusFile(file, options));

describe("valid-sid on a realistic corpus", () => {
  it("reports exactly the slips, with default options", () => {
    expect(lintCorpus({})).toEqual([
      ["webhook-handler.ts", 7, 32, "wrongLength"],
      ["webhook-handler.ts", 10, 127, "badCharacter"],
      ["webhook-handler.ts", 19, 20, "wrongLength"],
      ["webhook-handler.ts", 39, 64, "lowercasePrefix"],
      ["config.json", 6, 31, "lowercasePrefix"],
      ["config.json", 7, 28, "whitespace"],
      ["config.json", 11, 66, "wrongLength"],
      ["reminders.spec.ts", 50, 43, "wrongLength"],
      ["README.md", 11, 27, "placeholderLength"],
      ["README.md", 19, 73, "badCharacter"],
      ["Component.tsx", 10, 28, "lowercasePrefix"],
      ["Component.tsx", 12, 25, "wrongLength"],
    ]);
  });

  it("adds placeholders, stubs under SID names and comments with every option on", () => {
    const options = { allowPlaceholders: false, checkUnknownPrefixes: true, reportStubs: true, checkComments: true };
    expect(lintCorpus(options)).toEqual([
      ["webhook-handler.ts", 4, 56, "placeholder"],
      ["webhook-handler.ts", 7, 32, "wrongLength"],
      ["webhook-handler.ts", 10, 127, "badCharacter"],
      ["webhook-handler.ts", 19, 20, "wrongLength"],
      ["webhook-handler.ts", 39, 64, "lowercasePrefix"],
      ["webhook-handler.ts", 40, 19, "wrongLength"],
      ["config.json", 4, 21, "placeholder"],
      ["config.json", 6, 31, "lowercasePrefix"],
      ["config.json", 7, 28, "whitespace"],
      ["config.json", 11, 66, "wrongLength"],
      ["reminders.spec.ts", 4, 21, "stub"],
      ["reminders.spec.ts", 6, 22, "stub"],
      ["reminders.spec.ts", 9, 16, "placeholder"],
      ["reminders.spec.ts", 11, 15, "stub"],
      ["reminders.spec.ts", 23, 86, "stub"],
      ["reminders.spec.ts", 50, 43, "wrongLength"],
      ["README.md", 11, 27, "placeholderLength"],
      ["README.md", 12, 23, "placeholder"],
      ["README.md", 19, 73, "badCharacter"],
      ["Component.tsx", 4, 27, "placeholder"],
      ["Component.tsx", 10, 28, "lowercasePrefix"],
      ["Component.tsx", 12, 25, "wrongLength"],
    ]);
  });

  it("stays silent on the minified bundle, whatever the options", () => {
    const options = { allowPlaceholders: false, checkUnknownPrefixes: true, reportStubs: true, checkComments: true };
    expect(lintCorpusFile("bundle.min.js", options)).toEqual([]);
  });
});

// YAML, TOML, `.env` and more of Markdown: scalars and values under their keys, comments on request.
const YAML_NEAR = `env:\n  TWILIO_FLOW_SID: FW${BODY.slice(1)}\n  TWILIO_ACCOUNT_SID: "${PLACEHOLDER_SHORT}"\n`;
const YAML_COMPOSE = `services:\n  app:\n    environment:\n      - TWILIO_ACCOUNT_SID=${LOWER}\n      - "CALL=${SHORT}"\n`;
const YAML_BLOCK = `notes: |\n  The account is ${SHORT}.\n# ${LONG}\n`;
languageTester("yaml").run("valid-sid (YAML)", rule as never, {
  valid: [
    `env:\n  TWILIO_ACCOUNT_SID: ${SID}\n  TWILIO_API_KEY: "${PLACEHOLDER}"\n  stub: AC123\n  lower: ${LOWER}\n`,
    `steps:\n  - run: echo \${{ secrets.TWILIO_ACCOUNT_SID }}\n  - TWILIO_ACCOUNT_SID=${SID}\n# ${SHORT}\n`,
    `count: 34\nflag: true\nempty:\nkey: ~\n`,
  ],
  invalid: [
    {
      code: YAML_NEAR,
      errors: [
        errorAt(YAML_NEAR, `FW${BODY.slice(1)}`, "wrongLength"),
        errorAt(YAML_NEAR, PLACEHOLDER_SHORT, "placeholderLength", {
          suggestions: [{ messageId: "fixPlaceholder" as const, output: YAML_NEAR.replace(PLACEHOLDER_SHORT, PLACEHOLDER) }],
        }),
      ],
    },
    {
      // docker-compose's `environment:` list: the item's name is before its `=`.
      code: YAML_COMPOSE,
      errors: [
        errorAt(YAML_COMPOSE, LOWER, "lowercasePrefix", {
          suggestions: [{ messageId: "uppercasePrefix" as const, output: YAML_COMPOSE.replace(LOWER, `CA${BODY}`) }],
        }),
        errorAt(YAML_COMPOSE, SHORT, "wrongLength"),
      ],
    },
    { code: YAML_BLOCK, errors: [errorAt(YAML_BLOCK, SHORT, "wrongLength")] },
    { code: YAML_BLOCK, options: [{ checkComments: true }], errors: [errorAt(YAML_BLOCK, SHORT, "wrongLength"), errorAt(YAML_BLOCK, LONG, "wrongLength")] },
  ],
});

const TOML_NEAR = `[vars]\nTWILIO_FLOW_SID = "FW${BODY.slice(1)}"\nsids = ['${SID}', '${BAD_CHAR}']\nnotes = """\nold: ${LONG}"""\n`;
languageTester("toml").run("valid-sid (TOML)", rule as never, {
  valid: [`[vars]\nTWILIO_ACCOUNT_SID = "${SID}"\nplaceholder = "${PLACEHOLDER}"\nstub = "AC123"\n# ${SHORT}\n`],
  invalid: [
    {
      code: TOML_NEAR,
      errors: [
        errorAt(TOML_NEAR, `FW${BODY.slice(1)}`, "wrongLength"),
        errorAt(TOML_NEAR, BAD_CHAR, "badCharacter", { offset: 6, width: 1 }),
        errorAt(TOML_NEAR, LONG, "wrongLength"),
      ],
    },
    { code: `# ${SHORT}\n`, options: [{ checkComments: true }], errors: [errorAt(`# ${SHORT}\n`, SHORT, "wrongLength")] },
  ],
});

const DOTENV_NEAR = `# Twilio\nTWILIO_ACCOUNT_SID=${PLACEHOLDER_SHORT}\nexport TWILIO_FLOW_SID="FW${BODY.slice(1)}"\r\nCALL_SID = ' ${SID}' # spaced\nMULTI="first\\n${SHORT}"\n`;
languageTester("dotenv").run("valid-sid (.env)", rule as never, {
  valid: [
    `TWILIO_ACCOUNT_SID=${SID}\nTWILIO_AUTH_TOKEN=${BODY}\nTWILIO_API_KEY=${PLACEHOLDER}\nSTUB=AC123\n# ${SHORT}\n`,
    "not a variable line\n=value\n",
  ],
  invalid: [
    {
      code: DOTENV_NEAR,
      errors: [
        errorAt(DOTENV_NEAR, PLACEHOLDER_SHORT, "placeholderLength", {
          suggestions: [{ messageId: "fixPlaceholder" as const, output: DOTENV_NEAR.replace(PLACEHOLDER_SHORT, PLACEHOLDER) }],
        }),
        errorAt(DOTENV_NEAR, `FW${BODY.slice(1)}`, "wrongLength"),
        errorAt(DOTENV_NEAR, ` ${SID}`, "whitespace", {
          suggestions: [{ messageId: "trimWhitespace" as const, output: DOTENV_NEAR.replace(` ${SID}`, SID) }],
        }),
        // An escaped line break inside double quotes: the SID is placed after it, on the same source line. (The
        // first occurrence of SHORT is the start of the whole SID before.)
        errorAt(DOTENV_NEAR, SHORT, "wrongLength", { occurrence: 1 }),
      ],
    },
    { code: `# ${SHORT}\n`, options: [{ checkComments: true }], errors: [errorAt(`# ${SHORT}\n`, SHORT, "wrongLength")] },
  ],
});

const MD_LINKS = `See [the call](https://api.twilio.com/2010-04-01/Accounts/${SHORT}/Calls.json) and ![logo](https://example.com/${LONG}.png).\n\n[ref]: https://example.com/calls/${BAD_CHAR}\n`;
const MD_HTML = `<a href="https://example.com/${SHORT}">call</a>\n\n<!-- ${LONG} -->\n`;
const MD_FRONT_MATTER = `---\naccount_sid: ${PLACEHOLDER_SHORT}\nflow: "FW${BODY.slice(1)}"\n---\n\n# Setup\n`;
const MD_SHELL = "```sh\nexport TWILIO_ACCOUNT_SID=" + LOWER + "\ntwilio api:core:calls:fetch --call-sid " + SHORT + "\n```\n";
languageTester("markdown").run("valid-sid (Markdown links, HTML, front matter, shell)", rule as never, {
  valid: [
    `[call](https://api.twilio.com/2010-04-01/Accounts/${SID}/Calls.json)\n\n<a href="https://example.com/${PLACEHOLDER}">x</a>\n`,
    `---\naccount_sid: ${SID}\nstub: AC123\n---\n\n\`\`\`js\nconst lower = "${LOWER}";\n\`\`\`\n`,
  ],
  invalid: [
    {
      code: MD_LINKS,
      errors: [errorAt(MD_LINKS, SHORT, "wrongLength"), errorAt(MD_LINKS, LONG, "wrongLength"), errorAt(MD_LINKS, BAD_CHAR, "badCharacter", { offset: 6, width: 1 })],
    },
    { code: MD_HTML, errors: [errorAt(MD_HTML, SHORT, "wrongLength"), errorAt(MD_HTML, LONG, "wrongLength")] },
    {
      code: MD_FRONT_MATTER,
      errors: [
        errorAt(MD_FRONT_MATTER, PLACEHOLDER_SHORT, "placeholderLength", {
          suggestions: [{ messageId: "fixPlaceholder" as const, output: MD_FRONT_MATTER.replace(PLACEHOLDER_SHORT, PLACEHOLDER) }],
        }),
        errorAt(MD_FRONT_MATTER, `FW${BODY.slice(1)}`, "wrongLength"),
      ],
    },
    {
      // In a shell block, a lowercase prefix under a SID name is a slip.
      code: MD_SHELL,
      errors: [
        errorAt(MD_SHELL, LOWER, "lowercasePrefix", {
          suggestions: [{ messageId: "uppercasePrefix" as const, output: MD_SHELL.replace(LOWER, `CA${BODY}`) }],
        }),
        errorAt(MD_SHELL, SHORT, "wrongLength"),
      ],
    },
  ],
});
