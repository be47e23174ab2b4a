import { readFileSync } from "node:fs";
import css from "@eslint/css";
import { Linter } from "eslint";
import { defineConfig } from "eslint/config";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { TEST_FILES } from "../../src/configs.js";
import { docsUrl } from "../../src/create-rule.js";
import plugin from "../../src/index.js";

const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];
const docsOf = (name: keyof typeof rules) => rules[name].meta.docs!;

describe("plugin object", () => {
  it("reads name and version from package.json", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "twilio-sid" });
  });

  it("exports the rules under their names", () => {
    expect(plugin.rules).toBe(rules);
  });

  it("points every rule's docs.url at its docs page", () => {
    for (const name of ruleNames) {
      expect(docsOf(name).url).toBe(docsUrl(name));
      expect(docsUrl(name)).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    }
  });
});

describe("configs", () => {
  const [strict, strictTests] = plugin.configs.strict;

  it("are named twilio-sid/<config> and carry the plugin", () => {
    for (const config of [plugin.configs.recommended, strict!, plugin.configs.all]) {
      expect(config.name).toMatch(/^twilio-sid\/(recommended|strict|all)$/);
      expect(config.plugins?.["twilio-sid"]).toBe(plugin);
    }
    expect(strictTests).toMatchObject({ name: "twilio-sid/strict/tests", files: TEST_FILES });
  });

  it("derive recommended from docs.recommended", () => {
    const expected = ruleNames.filter((name) => docsOf(name).recommended);
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(
      expected.map((name) => `twilio-sid/${name}`).sort(),
    );
  });

  it("turn every rule on in strict and all, strict with each rule's strictOptions", () => {
    for (const name of ruleNames) {
      const { strictOptions, strictTestFileOptions } = docsOf(name);
      expect(plugin.configs.all.rules?.[`twilio-sid/${name}`]).toBe("error");
      expect(strict!.rules?.[`twilio-sid/${name}`]).toEqual(strictOptions ? ["error", strictOptions] : "error");
      expect(strictTests!.rules?.[`twilio-sid/${name}`]).toEqual(
        strictTestFileOptions ? ["error", strictTestFileOptions] : undefined,
      );
    }
  });

  it("report placeholders and stubs under strict outside test files only", () => {
    const linter = new Linter({ configType: "flat" });
    const code = 'const docs = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"; const accountSid = "AC123";';
    const ruleIds = (filename: string) =>
      linter.verify(code, [{ files: ["**/*.js"] }, ...plugin.configs.strict], { filename }).map((message) => message.ruleId);
    expect(ruleIds("src/app.js")).toEqual(["twilio-sid/valid-sid", "twilio-sid/valid-sid"]);
    for (const filename of [
      "src/app.test.js",
      "test/app.js",
      "src/__tests__/app.ts.js",
      "spec/app.spec.js",
      "src/__fixtures__/call.js",
      "src/calls.fixture.js",
      "src/calls.fixtures.mjs",
    ]) {
      expect(ruleIds(filename), filename).toEqual([]);
    }
  });

  it("report values fed on purpose to a check under strict outside test files only", () => {
    const linter = new Linter({ configType: "flat" });
    const code = 'expect(() => assertSid("WK0000000000000000000000000000000")).toThrow();';
    const ruleIds = (filename: string) =>
      linter.verify(code, [{ files: ["**/*.js"] }, ...plugin.configs.strict], { filename }).map((message) => message.ruleId);
    expect(ruleIds("src/checks.js")).toEqual(["twilio-sid/valid-sid"]);
    expect(ruleIds("src/checks.test.js")).toEqual([]);
    expect(linter.verify(code, [{ files: ["**/*.js"] }, plugin.configs.recommended], { filename: "src/checks.js" })).toEqual([]);
  });

  it("take strict nested as it is through defineConfig()", () => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify('const accountSid = "AC123";', defineConfig(plugin.configs.strict), { filename: "a.js" });
    expect(messages.map((message) => message.ruleId)).toEqual(["twilio-sid/valid-sid"]);
  });

  it("stay silent on a language the rules do not read instead of failing the run (CSS)", () => {
    const linter = new Linter({ configType: "flat" });
    const config = [
      { files: ["**/*.css"], language: "css/css", plugins: { css } },
      plugin.configs.all,
      ...plugin.configs.strict,
    ] as Linter.Config[];
    const code = '.call::after { content: "CA0123456789abcdef0123456789abcde"; }';
    expect(linter.verify(code, config, { filename: "styles.css" })).toEqual([]);
  });
});
