import { describe, expect, it } from "vitest";
import { configsFor, expectSaneReports, lint, LINTERS, processorConfigsFor, RULE_IDS } from "./harness.js";
import { MALFORMED_FILES, ODD_FILES } from "./odd-code.js";

describe.each(LINTERS)("every rule on odd syntax (%s)", (_, linter) => {
  it.each(ODD_FILES)("$filename parses and lints without a throw", ({ filename, code }) => {
    expectSaneReports(linter, lint(code, filename, configsFor(), linter));
  });

  it.each(MALFORMED_FILES)("$filename is its language's parse error, never a crash", ({ filename, code }) => {
    const messages = lint(code, filename, configsFor(), linter);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });

  it.each(ODD_FILES.filter(({ filename }) => filename.endsWith(".md")))(
    "code blocks of $filename lint through the markdown processor",
    ({ filename, code }) => {
      const messages = lint(code, filename, processorConfigsFor(), linter);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
    },
  );
});

describe("the odd corpus reaches the rules", () => {
  it("turns every rule on for every file kind", () => {
    const configured = configsFor().at(-1)!.rules!;
    expect(Object.keys(configured).sort()).toEqual([...RULE_IDS].sort());
  });

  it("holds real mistakes for every rule, so a silent run would show", () => {
    const reported = new Set(ODD_FILES.flatMap(({ filename, code }) => lint(code, filename).map((message) => message.ruleId)));
    for (const id of RULE_IDS) expect(reported, id).toContain(id);
  });
});
