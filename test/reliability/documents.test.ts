import json from "@eslint/json";
import markdown from "@eslint/markdown";
import type { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSaneReports, LINTERS, plugin } from "./harness.js";

const BODY = "0123456789abcdef".repeat(2);

/** SIDs, near misses of every kind, stubs and tokens that only look alike. */
const token = fc.oneof(
  fc.constantFrom(
    `CA${BODY}`,
    `AC${BODY.slice(1)}`,
    `SM${BODY}f`,
    `FW0123O${BODY.slice(5)}`,
    `ca${BODY}`,
    `AC${"X".repeat(31)}`,
    `PN${"x".repeat(33)}`,
    `ZZ${BODY}`,
    "AC123",
    `CA${BODY}_1`,
  ),
  fc.tuple(fc.constantFrom("CA", "SM", "MG", "IS"), fc.string({ unit: fc.constantFrom(..."0123456789abcdefgX"), minLength: 28, maxLength: 36 })).map(
    ([prefix, body]) => prefix + body,
  ),
);

const word = fc.constantFrom("the", "call", "Account SID", "see", "*note*", "`code`", "&amp;", "\\*", "_x_", "|", "www.example.org");

/** A line of prose: words and tokens. */
const prose = fc.array(fc.oneof(word, token), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

/** Markdown blocks that hold a token in each place the parsers put text: links, autolinks, HTML, tables, code. */
const markdownBlock = fc.oneof(
  prose,
  fc.tuple(prose, token).map(([text, t]) => `[${text}](https://example.com/calls/${t}) and [ref][https://example.com/${t}]`),
  fc.tuple(token, token).map(([a, b]) => `<https://api.twilio.com/2010-04-01/Accounts/${a}.json> <www.example.org/${b}> www.example.com/${a}`),
  fc.tuple(token, token).map(([a, b]) => `[![${a}](https://example.com/${a}.png)](https://example.com/${b})`),
  fc.tuple(token, prose).map(([t, text]) => `<a href="https://example.com/${t}">${text}</a>\n\n<!-- ${t} -->`),
  fc.tuple(token, token).map(([a, b]) => `| SID | Link |\n| --- | --- |\n| ${a} | www.example.com/${b} |`),
  fc.tuple(fc.constantFrom("sh", "bash", "dotenv", "js", ""), token, token).map(
    ([lang, a, b]) => `\`\`\`${lang}\nexport TWILIO_ACCOUNT_SID=${a}\nclient.calls("${b}")\n\`\`\``,
  ),
  fc.tuple(token, prose).map(([t, text]) => `> ${text}\n> \`${t}\`\n\n- item ${t}\n  - nested ${text}`),
  fc.tuple(token).map(([t]) => `    indented ${t}`),
);

const markdownDocument = fc
  .tuple(
    fc.array(markdownBlock, { minLength: 1, maxLength: 6 }),
    fc.option(token),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom("markdown/commonmark", "markdown/gfm"),
  )
  .map(([blocks, frontMatterToken, crlf, bom, language]) => {
    let text = (frontMatterToken === null ? "" : `---\naccount_sid: ${frontMatterToken}\n---\n\n`) + `${blocks.join("\n\n")}\n`;
    if (crlf) text = text.replaceAll("\n", "\r\n");
    return { text: bom ? `\uFEFF${text}` : text, language };
  });

const key = fc.constantFrom("callSid", "account_sid", "MessagingServiceSid", "sids", "callSids", "url", "name", "sid");

/** A JSON value with tokens in it, written as JSON, JSONC or JSON5 allows. */
const jsonDocument = fc
  .tuple(
    fc.array(fc.tuple(key, token, fc.boolean()), { minLength: 1, maxLength: 6 }),
    fc.constantFrom("json/json", "json/jsonc", "json/json5"),
    fc.boolean(),
  )
  .map(([members, language, crlf]) => {
    const loose = language !== "json/json";
    const lines = members.map(([name, value, list], index) => {
      const written = list ? `[${JSON.stringify(value)}, "https://example.com/${value}"]` : JSON.stringify(value);
      const comment = loose && index % 2 === 0 ? ` // ${value}` : "";
      return `  ${JSON.stringify(name)}: ${written}${index < members.length - 1 || language === "json/json5" ? "," : ""}${comment}`;
    });
    const text = `{\n${lines.join("\n")}\n}\n`;
    return { text: crlf ? text.replaceAll("\n", "\r\n") : text, language };
  });

const CONFIGS: readonly (readonly Linter.Config[])[] = [
  [plugin.configs.all as Linter.Config],
  plugin.configs.strict as Linter.Config[],
];

/**
 * Checks that a report covers the text its message names: the whole value (shortened values by their start and end),
 * or the one character a `badCharacter` report points at.
 */
function expectPointsAtNamedText(linter: Linter, message: Linter.LintMessage): void {
  if (message.endLine === undefined) return;
  const sourceCode = linter.getSourceCode();
  // Messages count columns from 1; these languages' `getIndexFromLoc` does too (`columnStart: 1`).
  const start = sourceCode.getIndexFromLoc({ line: message.line, column: message.column });
  const end = sourceCode.getIndexFromLoc({ line: message.endLine, column: message.endColumn! });
  const covered = sourceCode.text.slice(start, end);
  const character = /has `(.+?)` at index/.exec(message.message);
  if (message.messageId === "badCharacter") {
    expect(covered, message.message).toBe(character![1]);
    return;
  }
  // The value a message names: first in backticks (valid-sid), in `(...)` after the name (sid-prefix-matches-name), or
  // after the collection of a REST URL (sid-matches-resource: `` `Accounts/` ... `CA...` is a Call SID ``).
  const named =
    message.messageId === "wrongPathSid"
      ? /; `([^`]+)` is /.exec(message.message)
      : (/\(`([^`]+)`\)/.exec(message.message) ?? /^`([^`]+)`/.exec(message.message));
  if (!named) return;
  const value = named[1]!;
  const [head, tail] = value.includes("...") ? value.split("...") : [value, value];
  // A report on a whole JSON string covers its quotes too.
  const inner = covered.replace(/^["']|["']$/g, "");
  expect({ covered, startsWith: inner.startsWith(head!), endsWith: inner.endsWith(tail!) }, message.message).toEqual({
    covered,
    startsWith: true,
    endsWith: true,
  });
}

/** Lints `text` as `language` under each plugin config on both ESLint majors and checks every report. */
function check(text: string, filename: string, languageConfig: Linter.Config): void {
  for (const [, linter] of LINTERS) {
    for (const configs of CONFIGS) {
      const messages = linter.verify(text, [{ files: [filename], ...languageConfig }, ...configs], { filename });
      expectSaneReports(linter, messages);
      for (const message of messages) expectPointsAtNamedText(linter, message);
    }
  }
}

describe("generated documents", () => {
  it("Markdown: links, autolinks, HTML, tables, code fences, front matter, CRLF and BOM never throw, reports point at their text", () => {
    fc.assert(
      fc.property(markdownDocument, ({ text, language }) => {
        check(text, "doc.md", { plugins: { markdown }, language, languageOptions: { frontmatter: "yaml" } });
      }),
      { numRuns: 150 },
    );
  });

  it("JSON, JSONC and JSON5: never throw, reports point at their text", () => {
    fc.assert(
      fc.property(jsonDocument, ({ text, language }) => {
        check(text, "doc.json", { plugins: { json }, language });
      }),
      { numRuns: 150 },
    );
  });
});
