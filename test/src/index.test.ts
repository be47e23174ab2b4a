import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { docsUrl } from "../../src/create-rule.js";
import plugin from "../../src/index.js";

const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];

describe("plugin object", () => {
  it("reads name and version from package.json", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "twilio-sid" });
  });

  it("exports the rules under their names", () => {
    expect(plugin.rules).toBe(rules);
  });

  it("points every rule's docs.url at its docs page", () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta.docs.url).toBe(docsUrl(name));
      expect(docsUrl(name)).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    }
  });
});

describe("configs", () => {
  it("are named twilio-sid/<config> and carry the plugin", () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`twilio-sid/${name}`);
      expect(config.plugins?.["twilio-sid"]).toBe(plugin);
    }
  });

  it("derive recommended from docs.recommended", () => {
    const expected = ruleNames.filter((name) => rules[name].meta.docs.recommended);
    expect(Object.keys(plugin.configs.recommended.rules ?? {}).sort()).toEqual(
      expected.map((name) => `twilio-sid/${name}`).sort(),
    );
  });

  it("turn every rule on in strict and all, strict with each rule's strictOptions", () => {
    for (const name of ruleNames) {
      const { strictOptions } = rules[name].meta.docs;
      expect(plugin.configs.all.rules?.[`twilio-sid/${name}`]).toBe("error");
      expect(plugin.configs.strict.rules?.[`twilio-sid/${name}`]).toEqual(
        strictOptions ? ["error", strictOptions] : "error",
      );
    }
  });
});
