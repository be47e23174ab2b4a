import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { EXAMPLES_DIR, lintExamples } from "../../scripts/examples.js";
import { ROOT, run } from "./helpers/projects.js";

const ESLINT_BIN = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

/** The part of a SARIF 2.1.0 log that code scanning reads from ESLint's formatter. */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId?: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: Region } }[];
    }[];
  }[];
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/** One finding as code scanning shows it: the file, the rule, the message and where it underlines. */
interface Alert {
  uri: string;
  ruleId: string;
  text: string;
  region: Region | undefined;
}

const byPlace = (a: Alert, b: Alert) =>
  a.uri.localeCompare(b.uri) ||
  (a.region?.startLine ?? 0) - (b.region?.startLine ?? 0) ||
  (a.region?.startColumn ?? 0) - (b.region?.startColumn ?? 0) ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.text.localeCompare(b.text);

/** The plugin's findings in ESLint's results, as the SARIF formatter should write them. */
function expectedAlerts(results: readonly ESLint.LintResult[]): Alert[] {
  return results
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith("twilio-sid/"))
        .map((message) => ({
          uri: pathToFileURL(result.filePath).href,
          ruleId: message.ruleId!,
          text: message.message,
          region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
        })),
    )
    .sort(byPlace);
}

/** The code block of `language` in `markdown` whose text matches `pattern`. */
function codeBlock(markdown: string, language: string, pattern: RegExp): string {
  const blocks = [...markdown.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map((match) => match[1]!);
  const block = blocks.find((text) => pattern.test(text));
  if (block === undefined) throw new Error(`No \`${language}\` block matching ${pattern} in the document.`);
  return block;
}

describe("docs/ci.md on examples/", () => {
  let ci: string;
  let scratch: string;
  let results: ESLint.LintResult[];
  beforeAll(async () => {
    ci = await readFile(path.join(ROOT, "docs/ci.md"), "utf8");
    scratch = await mkdtemp(path.join(os.tmpdir(), "twilio-sid-sarif-"));
    results = await lintExamples();
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it("the workflow's ESLint step writes SARIF with every finding's rule, help link, message and exact region", async () => {
    const workflow = codeBlock(ci, "yaml", /upload-sarif/);
    const command = /^\s*run: (npx eslint .*--format @microsoft\/eslint-formatter-sarif.*)$/m.exec(workflow)?.[1];
    expect(command, "a `run: npx eslint ... --format @microsoft/eslint-formatter-sarif` step").toBeDefined();
    const [npx, eslint, ...args] = command!.trim().split(/\s+/);
    expect([npx, eslint]).toEqual(["npx", "eslint"]);
    // The upload step reads the file the lint step writes.
    const output = args[args.indexOf("--output-file") + 1];
    expect(workflow).toMatch(new RegExp(`^\\s*sarif_file: ${output}$`, "m"));

    const sarifFile = path.join(scratch, output!);
    args[args.indexOf("--output-file") + 1] = sarifFile;
    const lint = await run(process.execPath, [ESLINT_BIN, ...args], { cwd: EXAMPLES_DIR });
    // Exit status 1: the deliberate mistakes are errors, which is why the workflow sets `continue-on-error`.
    expect(lint.code, lint.stderr).toBe(1);
    const sarif = JSON.parse(await readFile(sarifFile, "utf8")) as SarifLog;
    expect(sarif.version).toBe("2.1.0");
    const [{ tool, artifacts, results: sarifResults }] = sarif.runs as [SarifLog["runs"][number]];
    expect(tool.driver.name).toBe("ESLint");

    const ours = sarifResults.filter((result) => result.ruleId?.startsWith("twilio-sid/"));
    const alerts = ours.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifacts[artifactLocation.index]!.location.uri).toBe(artifactLocation.uri);
      return { uri: artifactLocation.uri, ruleId: result.ruleId!, text: result.message.text, region };
    });
    const expected = expectedAlerts(results);
    expect(alerts.sort(byPlace)).toEqual(expected);
    // Every kind of file the example app lints with a finding in it: JS, JSON and Markdown at least.
    const extensions = new Set(expected.map((alert) => path.extname(new URL(alert.uri).pathname)));
    expect([...extensions]).toEqual(expect.arrayContaining([".js", ".json", ".md"]));
    expect(new Set(ours.map((result) => result.level))).toEqual(new Set(["error"]));

    // Each result points at its rule's entry: the id, the rule's description, and its documentation page.
    for (const result of ours) {
      const entry = tool.driver.rules[result.ruleIndex!]!;
      const name = result.ruleId!.slice("twilio-sid/".length);
      const { docs } = plugin.rules[name]!.meta!;
      expect(entry).toMatchObject({ id: result.ruleId, helpUri: docs!.url, shortDescription: { text: docs!.description } });
      expect(entry.helpUri).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(existsSync(path.join(ROOT, "docs/rules", `${name}.md`))).toBe(true);
    }

    // Spot checks: a Markdown line, a JSON value, and a single character inside a JS string.
    const at = (file: string) => pathToFileURL(path.join(EXAMPLES_DIR, file)).href;
    expect(alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ uri: at("README.md"), ruleId: "twilio-sid/valid-sid", region: { startLine: 17, startColumn: 47, endLine: 17, endColumn: 80 } }),
        expect.objectContaining({
          uri: at("config/twilio.json"),
          ruleId: "twilio-sid/sid-prefix-matches-name",
          region: { startLine: 6, startColumn: 19, endLine: 6, endColumn: 55 },
        }),
        {
          uri: at("src/config.js"),
          ruleId: "twilio-sid/valid-sid",
          text: "`FW95f6...76O` has `O` at index 33, which is not a hex digit; a Studio Flow SID is FW followed by 32 hex digits (34 characters).",
          region: { startLine: 11, startColumn: 68, endLine: 11, endColumn: 69 },
        },
      ]),
    );
  });

  it("the plain `npx eslint .` step fails on the findings and names each one's place and rule", async () => {
    expect(codeBlock(ci, "sh", /eslint/).trim()).toBe("npx eslint .");
    // The README's CI section says the same in a few lines, and points here for the workflow.
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const section = /\n## CI \/ GitHub code scanning\n([\s\S]*?)\n## /.exec(readme)?.[1];
    expect(section).toContain("`npx eslint .`");
    expect(section).toContain("(docs/ci.md)");
    const lint = await run(process.execPath, [ESLINT_BIN, "."], { cwd: EXAMPLES_DIR });
    expect(lint.code, lint.stderr).toBe(1);
    const expected = expectedAlerts(results);
    expect(expected.length).toBeGreaterThan(0);
    for (const { region, ruleId } of expected) {
      expect(lint.stdout).toMatch(new RegExp(`^\\s+${region!.startLine}:${region!.startColumn}\\s+error\\s.*\\s${ruleId}$`, "m"));
    }
  });
});
